"""A disk mounted read-only (a locked SD card, a CD, a share offered read-only), as a
careless user meets it: an export into it is one line that says the disk is read-only (it
said "permission denied", sending her to change permissions that cannot help); a project
on it opens, exports elsewhere, and refuses a coding in one line, the file unchanged. The
disk is a tmpfs remounted read-only (root's permission bypass does not apply); skipped
where mounting is not allowed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError, ProjectError
from tests.conftest import team_project
from tests.hostile.disk_kit import read_only_tmpfs


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    def fill(disk: Path) -> None:
        made, doc = team_project(disk / "study.db")
        made.act_as("karin")
        made.add_coding(doc, 0, 20, "mission", "karin")
        made.close()

    yield from read_only_tmpfs(tmp_path / "card", "4m", fill)


def test_an_export_into_a_read_only_disk_says_so(read_only_disk: Path, tmp_path: Path) -> None:
    project, _ = team_project(tmp_path / "here.db")
    with project:
        project.act_as("lena")
        target = read_only_disk / "codings.csv"
        with pytest.raises(OutputError) as raised:
            project.export_codings(target)
        assert str(raised.value) == (
            f"{target}: cannot write: the disk holding it is read-only (mounted read-only); "
            "choose another folder"
        )


def test_a_project_on_a_read_only_disk_reads_and_refuses_writes(
    read_only_disk: Path, tmp_path: Path
) -> None:
    path = read_only_disk / "study.db"
    before = path.read_bytes()
    with Project.open(path) as project:
        project.act_as("karin")
        doc = project.documents()[0].id
        written = project.export_codings(tmp_path / "mine.csv", layer="coder:karin")
        assert "karin" in written.read_text(encoding="utf-8-sig")
        with pytest.raises(ProjectError, match="read-only") as raised:
            project.add_coding(doc, 30, 60, "mission", "karin")
        assert "\n" not in str(raised.value)
        assert len(project.frames()["codings"]) == 1
    assert path.read_bytes() == before

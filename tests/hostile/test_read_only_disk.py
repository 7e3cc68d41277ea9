"""A disk mounted read-only (a locked SD card, a CD, a share offered read-only), as a
careless user meets it: an export into it is one line that says the disk is read-only (it
said "permission denied", sending her to change permissions that cannot help); a project
on it opens, exports elsewhere, and refuses a coding in one line, the file unchanged. The
disk is a tmpfs remounted read-only (root's permission bypass does not apply); skipped
where mounting is not allowed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError, ProjectError
from tests.conftest import team_project


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "card"
    folder.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    ).returncode:
        pytest.skip("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)")
    try:
        made, doc = team_project(folder / "study.db")
        made.act_as("karin")
        made.add_coding(doc, 0, 20, "mission", "karin")
        made.close()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], check=False).returncode:
            subprocess.run(["umount", "-l", str(folder)], check=False)


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

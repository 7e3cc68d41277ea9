"""A coder's copy on a disk too full for it names the copy and the full disk in one line.
It said "study.db: cannot write (database or disk is full): a file-size limit (ulimit -f)
or a failing disk": the lead's own project named as the file that failed, for the wrong
reason; and with room for part of the copy, ".karin.db.x1y2.partial: migration to schema
1 failed". Nothing is left on the disk, and the handout is not in the audit log. The disk
is a small tmpfs (skipped where mounting is not allowed)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ProjectError
from tests.conftest import team_project
from tests.hostile.disk_kit import TEXT, tmpfs


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from tmpfs(tmp_path / "disk", "4m")


def _free(folder: Path) -> int:
    return os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize


@pytest.mark.parametrize("leave", [0, 8192, 96 * 1024])
def test_a_copy_the_disk_cannot_take_is_named_in_one_line(
    small_disk: Path, tmp_path: Path, leave: int
) -> None:
    project, _ = team_project(tmp_path / "study.db", document=("ip1.txt", TEXT))
    with project:
        project.act_as("lena")
        before = len(project.audit())
        (small_disk / "filler").write_bytes(b"\0" * (_free(small_disk) - leave))
        target = small_disk / "karin.db"
        with pytest.raises(ProjectError) as raised:
            project.handout("karin", target)
        said = str(raised.value)
        assert said.startswith(f"{target}: cannot write (")
        assert "the disk holding it is full" in said and said.endswith("; nothing written")
        assert "\n" not in said and "study.db" not in said and "partial" not in said
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # nothing left
        assert len(project.audit()) == before  # no handout recorded
        (small_disk / "filler").unlink()
        project.handout("karin", target)  # room again: the copy is made
    with Project.open(target) as copy:
        assert len(copy.documents()) == 1

"""A coder's copy whose audit entry the lead's project cannot take is taken back.

The entry ``project.handout`` reaches the disk at the commit, after the copy is in place.
With the disk holding the lead's project full, the commit failed: the line said 'nothing
written', the log held no entry, and the copy, every document of the project, stood
written beside it; a file it replaced with --force was lost (review43). Now the copy is
written under ``file_sets.undone_on_failure``, as an export's files are: the copy made is
removed, the file replaced put back. The full disk is a small tmpfs holding the project
(skipped where mounting is not allowed), filled after the project is open."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ProjectError
from tests.conftest import team_project
from tests.hostile.disk_kit import tmpfs


@pytest.fixture
def full_disk_project(tmp_path: Path) -> Iterator[Path]:
    made, _ = team_project(tmp_path / "made.db")
    made.close()
    for disk in tmpfs(tmp_path / "disk", "2m"):
        shutil.copy(tmp_path / "made.db", disk / "study.db")
        yield disk / "study.db"


def _fill(folder: Path) -> None:
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    (folder / "filler").write_bytes(b"\0" * free)  # to the last byte: no room for the entry
    assert os.statvfs(folder).f_bavail == 0


@pytest.mark.parametrize("earlier", [None, b"karin's notes, not a project"])
def test_a_refused_entry_takes_the_copy_back(
    full_disk_project: Path, tmp_path: Path, earlier: bytes | None
) -> None:
    target = tmp_path / "out" / "karin.db"
    target.parent.mkdir()
    if earlier is not None:
        target.write_bytes(earlier)
    with Project.open(full_disk_project) as project:
        project.act_as("lena")
        before = len(project.audit())
        _fill(full_disk_project.parent)
        with pytest.raises(ProjectError, match="nothing written"):
            project.handout("karin", target, force=earlier is not None)
        (full_disk_project.parent / "filler").unlink()
        assert len(project.audit()) == before
    left = {p.name: p.read_bytes() for p in target.parent.iterdir()}
    assert left == ({} if earlier is None else {"karin.db": earlier})

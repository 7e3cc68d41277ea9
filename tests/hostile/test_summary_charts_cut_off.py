"""A Markdown summary cut off between its files (red team, round 6).

``export summary x.md`` writes the summary and one chart per theme beside it. The summary
was written first: with the disk full at a later chart (or the process killed there), a
complete-looking ``x.md`` stood beside some of its charts, its images broken, and the
error line said nothing was written. The charts now come first and the summary last, and
a failed write takes back the files the export created. A small tmpfs is the full disk;
the case is skipped where mounting one is not allowed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError
from tests.hostile.disk_kit import tmpfs
from tests.hostile.export_kit import build_project

PAGE = 4096


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return build_project(tmp_path / "study.db")


def _pages(size: int) -> int:
    return -(-size // PAGE)


def test_a_full_disk_never_leaves_a_summary_without_its_charts(
    project: Path, tmp_path: Path
) -> None:
    (tmp_path / "whole").mkdir()
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        whole = p.export_summary(tmp_path / "whole" / "s.md", layer="coder")
    files = sorted(whole.parent.iterdir())
    charts = [f for f in files if f.suffix == ".png"]
    assert len(charts) >= 2  # a summary and several charts, so one can be cut off
    room = sum(_pages(f.stat().st_size) for f in files) - 1  # all but the last page
    disk = tmpfs(tmp_path / "disk", room * PAGE)
    folder = next(disk)
    try:
        with Project.open(project) as p, pytest.raises(OutputError, match="cannot write"):
            p.act_as("lena", "lena")
            p.export_summary(folder / "s.md", layer="coder")
        assert sorted(f.name for f in folder.iterdir()) == []  # nothing stays behind
        shutil.copy(charts[0], folder / charts[0].name)  # an earlier export's chart
        with Project.open(project) as p, pytest.raises(OutputError):
            p.act_as("lena", "lena")
            p.export_summary(folder / "s.md", layer="coder", force=True)
        assert [f.name for f in folder.iterdir()] == [charts[0].name]  # replaced, kept
    finally:
        next(disk, None)


def test_a_full_disk_puts_back_the_summary_it_was_to_replace(project: Path, tmp_path: Path) -> None:
    """With --force over last week's summary and charts, the disk full at the last file:
    every chart already replaced is put back, byte for byte, and nothing else stays
    (review43: the replaced charts stood replaced under 'nothing written')."""
    (tmp_path / "whole").mkdir()
    with Project.open(project) as p:
        p.act_as("lena", "lena")
        whole = p.export_summary(tmp_path / "whole" / "s.md", layer="coder")
    new = sorted(whole.parent.iterdir())
    # the old files' pages stay taken while the new ones are written (kept to put back)
    room = len(new) + sum(_pages(f.stat().st_size) for f in new) - 1
    disk = tmpfs(tmp_path / "disk", room * PAGE)
    folder = next(disk)
    try:
        for f in new:
            (folder / f.name).write_bytes(f"last week's {f.name}".encode())
        before = {f.name: (f.read_bytes(), f.stat().st_ino) for f in folder.iterdir()}
        with Project.open(project) as p, pytest.raises(OutputError, match="cannot write"):
            p.act_as("lena", "lena")
            p.export_summary(folder / "s.md", layer="coder", force=True)
        assert {f.name: (f.read_bytes(), f.stat().st_ino) for f in folder.iterdir()} == before
    finally:
        next(disk, None)

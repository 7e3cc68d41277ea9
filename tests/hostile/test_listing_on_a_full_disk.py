"""A listing redirected into a file on a full disk (``qualcode agree --format csv >
agree.csv``, as README suggests for CSV) says so in one line and exits 1. A CSV listing
left the file cut short (12 of 19 KB) and exited 0 without a word, since a buffered
writer handed more than its buffer returns how much it wrote and raises nothing; a table
or JSON listing ended in a traceback. The disk is a small tmpfs (skipped where mounting is
not allowed)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, team_project
from tests.hostile.disk_kit import TEXT, tmpfs

SAID = (
    "error: standard output: cannot write: No space left on device; what was printed is cut short\n"
)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from tmpfs(tmp_path / "disk", "256k")


@pytest.fixture
def coded(tmp_path: Path) -> Path:
    """karin's 40 codings of long passages: a codings listing of some 60 KB."""
    path = tmp_path / "study.db"
    made, doc = team_project(path, document=("ip1.txt", TEXT))
    with made:
        made.act_as("karin")
        for start in range(0, 40 * 25, 25):
            made.add_coding(doc, start, start + 1500, "mission", "karin")
    return path


def _listing(project: Path, target: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": "karin"}
    env["PYTHONPATH"] = str(ROOT)
    with target.open("wb") as out:
        return subprocess.run(
            [sys.executable, "-m", "qualcode", "-p", str(project), *args],
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            timeout=300,
            check=False,
        )


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_a_listing_cut_short_by_a_full_disk_says_so(
    small_disk: Path, coded: Path, fmt: str
) -> None:
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    (small_disk / "filler").write_bytes(b"\0" * (free - 8192))  # two pages left
    target = small_disk / f"codings.{fmt}"
    got = _listing(coded, target, "code", "list", "--format", fmt)
    assert got.returncode == 1, got.stderr
    assert got.stderr.decode() == SAID
    assert 0 < target.stat().st_size <= 8192  # what the disk took
    (small_disk / "filler").unlink()
    whole = _listing(coded, target, "code", "list", "--format", fmt)  # room again: all of it
    assert whole.returncode == 0 and whole.stderr == b"", whole.stderr
    assert target.stat().st_size > 40 * 1000

"""A write the disk cannot take: a file-size limit (``ulimit -f``) or a full disk. The
project file stays as it was (the write went to its journal and is rolled back) and the
one line says why, where SQLite says only 'disk I/O error' (red team 3). The full-disk
cases mount a small tmpfs and are skipped where mounting is not allowed."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, team_project
from tests.hostile.disk_kit import tmpfs

LONG = "I: " + "Hur styrs arbetet i kommunen? " * 2000 + "\nR: " + "Vi pratar med nämnden. " * 3000


def _run(project: Path, *args: str, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    env = {**os.environ, "QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": "lena"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "qualcode", "-p", str(project), *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=limit,
        timeout=300,
        check=False,
    )


def _documents(project: Path) -> int:
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()  # an open file would keep the tmpfs busy


def test_a_file_size_limit_is_one_line_and_the_project_intact(tmp_path: Path) -> None:
    project = tmp_path / "study.db"
    team_project(project)[0].close()
    source = tmp_path / "long.txt"
    source.write_text(LONG, encoding="utf-8")
    got = _run(project, "import", str(source), fsize=project.stat().st_size + 64 * 1024)
    assert got.returncode == 1 and "Traceback" not in got.stderr, got.stderr
    assert got.stderr.count("\n") == 1, got.stderr
    assert got.stderr.startswith(f"error: {project}: cannot write (")
    assert "file-size limit (ulimit -f)" in got.stderr and "nothing written" in got.stderr
    assert _documents(project) == 1
    assert _run(project, "import", str(source)).returncode == 0  # no limit: it imports
    assert _documents(project) == 2


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from tmpfs(tmp_path / "disk", "2m")


def _fill(folder: Path, leave: int) -> None:
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with (folder / "filler").open("ab") as file:
        file.write(b"\0" * max(0, free - leave))


def test_a_full_disk_is_one_line_and_the_project_intact(small_disk: Path, tmp_path: Path) -> None:
    project = small_disk / "study.db"
    team_project(project)[0].close()
    source = tmp_path / "long.txt"
    source.write_text(LONG, encoding="utf-8")
    _fill(small_disk, leave=64 * 1024)
    got = _run(project, "import", str(source))
    assert got.returncode == 1 and got.stderr.count("\n") == 1, got.stderr
    assert "the disk holding it is full" in got.stderr and "nothing written" in got.stderr
    _fill(small_disk, leave=0)  # not even room for SQLite's shared-memory file
    for side in ("-wal", "-shm"):
        project.with_name(project.name + side).unlink(missing_ok=True)
    got = _run(project, "docs", "list")
    assert got.returncode == 1 and got.stderr.count("\n") == 1, got.stderr
    assert got.stderr.startswith(f"error: {project}: cannot open (")
    assert "the disk holding it is full" in got.stderr
    (small_disk / "filler").unlink()
    assert _documents(project) == 1

"""What the disk tests share: a small disk that fills (a tmpfs) and a project file damaged
on disk in the middle, as a copy cut short or a sync tool's half-written page leaves it."""

from __future__ import annotations

import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, team_project

# a Python of its own: no bytecode written, the semantic tier off (``run_limited``)
_ENV = {
    "QUALCODE_SEMANTIC": "off",
    "PATH": "/usr/bin:/bin",
    "PYTHONPATH": str(ROOT),
    "PYTHONDONTWRITEBYTECODE": "1",
}
TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n" * 40


def tmpfs(folder: Path, size: int | str) -> Iterator[Path]:
    """A disk of ``size`` bytes ("2m") mounted at ``folder`` while the generator runs; the
    test is skipped where mounting needs rights it lacks."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], check=False).returncode:
            subprocess.run(["umount", "-l", str(folder)], check=False)  # detach when busy


def read_only_tmpfs(folder: Path, size: int | str, fill: Callable[[Path], None]) -> Iterator[Path]:
    """A disk mounted read-only at ``folder`` (a locked SD card, a CD, a share offered
    read-only) holding what ``fill`` wrote to it while it still took writes; skipped, as
    ``tmpfs``, where mounting needs rights the test lacks."""
    for disk in tmpfs(folder, size):
        fill(disk)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        yield disk


def damaged_project(tmp_path: Path, table: str) -> Path:
    """A team project whose ``table``'s first page is overwritten with garbage."""
    path = tmp_path / "study.db"
    made, doc = team_project(path, document=("ip1.txt", TEXT))
    made.add_coding(doc, 3, 30, "mission", "karin")
    made.close()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    conn.close()
    assert not path.with_name("study.db-wal").exists()  # everything is in the file itself
    with path.open("r+b") as file:
        file.seek((root[0] - 1) * page_size)
        file.write(b"\xa5" * page_size)
    return path


def standing(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every name in ``folder`` (hidden ones too) with its file's bytes, permissions and
    inode: equal before and after, nothing was replaced, added or left beside."""
    return {
        p.name: (p.read_bytes(), stat.S_IMODE(p.stat().st_mode), p.stat().st_ino)
        for p in folder.iterdir()
    }


def run_limited(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``script`` run by a Python of its own with ``args``, so a file-size limit it sets
    (``resource.RLIMIT_FSIZE``) meets only its own writes after that: no bytecode written
    (under the limit Python cut a module's .pyc short, silently, and every later import
    of it in the checkout failed: red team 42), the semantic tier off."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=_ENV,
        timeout=120,
        check=False,
    )


def started(script: str, *args: str) -> subprocess.Popen[str]:
    """``script`` run by a Python of its own with ``args``, returned once it prints
    "writing": a writer in the middle of its export, there to be killed (``killed``)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=_ENV
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    return proc


def killed(proc: subprocess.Popen[str]) -> None:
    """``proc`` ended by SIGKILL, as a crash or ``kill -9`` ends it: nothing of its own
    runs after (no ``finally``, no lock let go but by the kernel)."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.stdout is not None
    proc.stdout.close()

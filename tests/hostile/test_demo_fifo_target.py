"""`qualcode demo --target PIPE` (red team, round 4): asking whether a named pipe was an
earlier demo opened it with SQLite, which waits for a writer forever, so the command hung
before saying anything. A pipe is no demo: refused in one line, the pipe left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qualcode import Project

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")


def test_a_named_pipe_is_no_demo_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    # in a child process: before the fix this call never returned
    code = f"from qualcode import Project; print(Project.is_demo_file({str(pipe)!r}))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"


def test_demo_refuses_a_named_pipe_as_its_target_in_one_line(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    done = subprocess.run(
        [sys.executable, "-m", "qualcode", "demo", "--no-tui", "--target", str(pipe)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "QUALCODE_DEMO_DIR": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ")
    assert "not a qualcode demo" in done.stderr
    assert pipe.is_fifo() and not Project.is_demo_file(pipe)

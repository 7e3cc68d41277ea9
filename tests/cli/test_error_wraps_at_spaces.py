"""An error printed on a terminal is wrapped at spaces, a command in backquotes whole (tui47):
at 80 columns a coder not yet in the project read "(`qualcode c" on one row and "oder add
nina`)" on the next. A pipe or a file still takes the error in one line."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.cli.said import wrapped
from tests.conftest import team_project

LINE = (
    "error: unknown coder 'nina'; add them to the project's coders first"
    " (`qualcode coder add nina`)"
)


def test_lines_part_at_spaces_and_keep_a_command_whole() -> None:
    assert wrapped(LINE, 80) == (
        "error: unknown coder 'nina'; add them to the project's coders first\n"
        "(`qualcode coder add nina`)"
    )
    assert wrapped(LINE, 200) == LINE
    assert wrapped("a `b c d` e", 4) == "a\n`b c d`\ne"  # longer than a row: whole on its own


def _made(tmp_path: Path) -> Path:
    project, _ = team_project(tmp_path / "p.db")
    project.close()
    return tmp_path / "p.db"


def test_a_terminal_80_columns_wide_reads_the_command_whole(tmp_path: Path) -> None:
    path = _made(tmp_path)
    main, tty = pty.openpty()
    env = {**os.environ, "COLUMNS": "80", "LINES": "24"}
    env.pop("QUALCODE_CODER", None)
    done = subprocess.run(
        [sys.executable, "-m", "qualcode", "--project", str(path), "tui", "--coder", "nina"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=tty,
        env=env,
        timeout=120,
        check=False,
    )
    os.close(tty)
    said = os.read(main, 4096).decode()
    os.close(main)
    assert done.returncode == 1
    rows = said.replace("\r\n", "\n").strip().split("\n")
    assert rows == [
        "error: unknown coder 'nina'; add them to the project's coders first",
        "(`qualcode coder add nina`)",
    ], said


def test_a_pipe_takes_the_error_in_one_line(tmp_path: Path) -> None:
    path = _made(tmp_path)
    result = CliRunner().invoke(app, ["--project", str(path), "tui", "--coder", "nina"])
    assert result.exit_code == 1
    assert result.stderr.strip() == LINE

"""A project file whose schema number (SQLite's user_version) reads below zero.

No qualcode writes one; another program or a hand does (``PRAGMA user_version = -1``).
Read as a count of migrations run, -1 made the open run the last migration again over the
tables the file had and stamp it schema 0, so every later open failed at the first
migration ('table meta already exists') though nothing in the file was damaged. It is now
refused in one line, the file left byte for byte as it was and no backup made.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.store.checked import DamagedProjectError
from tests.conftest import team_project


@pytest.fixture
def stamped(tmp_path: Path) -> Path:
    made, _ = team_project(tmp_path / "p.db")
    made.close()
    conn = sqlite3.connect(tmp_path / "p.db")
    conn.execute("PRAGMA user_version = -1")
    conn.commit()
    conn.close()
    return tmp_path / "p.db"


def test_the_api_refuses_it_and_changes_nothing(stamped: Path) -> None:
    before = stamped.read_bytes()
    for _ in range(2):  # the first open changed it, so that the second failed otherwise
        with pytest.raises(DamagedProjectError, match=r"schema number reads -1\); nothing chan"):
            Project.open(stamped)
    assert stamped.read_bytes() == before
    assert sorted(p.name for p in stamped.parent.iterdir()) == ["p.db"]


def test_the_cli_says_it_in_one_line(stamped: Path) -> None:
    got = CliRunner().invoke(
        app, ["-p", str(stamped), "docs", "list"], env={"QUALCODE_CODER": "lena"}
    )
    assert got.exit_code == 1
    assert got.stderr == (
        f"error: {stamped}: the project file is damaged (its schema number reads -1); nothing "
        "changed; restore it from a copy (a .bak beside it, or your backup)\n"
    )

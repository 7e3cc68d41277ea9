"""A file carrying qualcode's mark and this version's schema number without its tables.

Another tool dropped a table, a column, a unique index or the audit log's trigger of a real
project, or someone forged a file with the two header numbers alone: it opened, and its
first command stopped with a traceback ('no such table: coders'), showed a memo's end as
the word "end", or let a passage be coded twice and the log be edited, without a word. It
is refused on open in one line naming what it lacks, the file left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.store.checked import DamagedProjectError
from qualcode.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import team_project


def _forged(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.commit()
    conn.close()
    return path


def _dropped(path: Path, statement: str) -> Path:
    made, _ = team_project(path)
    made.close()
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def _one_dropped(path: Path) -> Path:
    return _dropped(path, "DROP TABLE name_scans")


def _a_column_dropped(path: Path) -> Path:
    """SQLite reads a double-quoted name it does not know as text: `memo list` showed every
    memo's end as the word "end"."""
    return _dropped(path, 'ALTER TABLE memos DROP COLUMN "end"')


def _a_unique_index_dropped(path: Path) -> Path:
    """It kept a coder from coding one passage with one code twice."""
    return _dropped(path, "DROP INDEX idx_codings_live_once")


def _the_logs_guard_dropped(path: Path) -> Path:
    """It kept the audit log append-only."""
    return _dropped(path, "DROP TRIGGER audit_no_update")


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (_forged, "it lacks the table 'attributes' and "),
        (_one_dropped, "the table 'name_scans')"),
        (_a_column_dropped, "it lacks the column 'end' of the table 'memos')"),
        (_a_unique_index_dropped, "it lacks the index 'idx_codings_live_once')"),
        (_the_logs_guard_dropped, "it lacks the trigger 'audit_no_update')"),
    ],
    ids=["forged", "one-dropped", "a-column-dropped", "unique-index", "log-trigger"],
)
def test_refused_on_open_in_one_line(make: object, said: str, tmp_path: Path) -> None:
    path = make(tmp_path / "p.db")  # type: ignore[operator]
    before = path.read_bytes()
    with pytest.raises(DamagedProjectError, match="the project file is damaged") as refused:
        Project.open(path)
    assert said in str(refused.value)
    got = CliRunner().invoke(app, ["-p", str(path), "docs", "list"], env={"QUALCODE_CODER": "lena"})
    assert got.exit_code == 1 and "Traceback" not in got.output
    assert got.stderr.startswith(f"error: {path}: the project file is damaged (")
    assert got.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_a_whole_project_still_opens(tmp_path: Path) -> None:
    made, _ = team_project(tmp_path / "p.db")
    made.close()
    with Project.open(tmp_path / "p.db") as project:
        assert [c.name for c in project.coders()] == ["johan", "karin", "lena"]

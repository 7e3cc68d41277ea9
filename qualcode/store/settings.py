"""Project settings: small named values kept in the file's ``meta`` table.

Settings live in the project file itself, so every copy of the project (a lead's, a
coder's laptop) carries its own and no side file can drift from it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from qualcode.errors import ProjectError
from qualcode.store.db import _connect
from qualcode.store.schema import APPLICATION_ID

_PREFIX = "setting."


class SettingRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [_PREFIX + name]).fetchone()
        return row[0] if row else None

    def put(self, name: str, value: str) -> None:
        self.db.table("meta").upsert({"key": _PREFIX + name, "value": value}, pk="key")


def peek_setting(path: Path, name: str) -> str | None:
    """A setting read from a project file without opening it as a project: read-only, no
    migration, no backup, so asking about a file never changes it. A file that is no
    qualcode project (or cannot be read) has no settings: ``None``. Only a regular file is
    asked: SQLite opening a named pipe waits for a writer forever (`qualcode demo --target
    FIFO` hung asking whether the pipe was a demo)."""
    if not path.is_file():
        return None
    try:
        conn = _connect(path, readonly=True)
    except ProjectError:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [_PREFIX + name]).fetchone()
    except (sqlite3.Error, ProjectError):
        return None
    finally:
        conn.close()
    return row[0] if row else None

"""Project settings: small named values kept in the file's ``meta`` table.

Settings live in the project file itself, so every copy of the project (a lead's, a
coder's laptop) carries its own and no side file can drift from it.
"""

from __future__ import annotations

import sqlite_utils

_PREFIX = "setting."


class SettingRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [_PREFIX + name]).fetchone()
        return row[0] if row else None

    def put(self, name: str, value: str) -> None:
        self.db.table("meta").upsert({"key": _PREFIX + name, "value": value}, pk="key")

"""A project file's triggers and views: only those qualcode's own migrations make.

A project file often comes from someone else (a colleague's copy, a file from a shared
drive). SQLite keeps triggers in the file and runs them on every write, whoever writes:
a file holding ``AFTER INSERT ON memos BEGIN UPDATE codings SET deleted_at = ...`` had
every coding removed by the next ``memo add``, without a word and with an audit log that
named only the memo (red team 42). qualcode makes two triggers (the audit log's, append
only) and no view, so anything else in the file's schema is refused on open, before any
write (a migration's included) could set it off.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from qualcode.errors import ProjectError, one_line
from qualcode.store.migrate import statements
from qualcode.store.schema import MIGRATIONS


@cache
def _own_triggers() -> frozenset[str]:
    """The triggers' statements as SQLite keeps them (no closing semicolon)."""
    return frozenset(
        sql.removesuffix(";").strip()
        for script in MIGRATIONS
        for sql in statements(script)
        if sql.upper().startswith("CREATE TRIGGER")
    )


def refuse_foreign_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file holding a trigger or a view qualcode did not make (one line naming
    the first and how to take it out); a trigger of qualcode's name whose body was
    changed is another's too."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') "
        "ORDER BY type, name"
    ).fetchall()
    own = _own_triggers()
    foreign = [(kind, name) for kind, name, sql in rows if kind == "view" or sql not in own]
    if foreign:
        kind, name = foreign[0]
        more = f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else ""
        raise ProjectError(
            f"{path}: holds a {kind} qualcode did not make, {one_line(repr(name))}{more}; "
            f"a {kind} of someone else's could change or show the project behind its users' "
            f"backs, so it is not opened: drop it (sqlite3's DROP {kind.upper()}) or ask "
            "whoever sent the file for one without it"
        )

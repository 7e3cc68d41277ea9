"""A project file's triggers and views: only those qualcode's own migrations make.

A project file often comes from someone else (a colleague's copy, a file from a shared
drive). SQLite keeps triggers in the file and runs them on every write, whoever writes:
a file holding ``AFTER INSERT ON memos BEGIN UPDATE codings SET deleted_at = ...`` had
every coding removed by the next ``memo add``, without a word and with an audit log that
named only the memo (red team 42). qualcode makes two triggers (the audit log's, append
only) and no view, so anything else in the file's schema is refused on open, before any
write (a migration's included) could set it off.

The other way round, a file stamped with qualcode's mark and this version's schema number
but without the tables its migrations make (another tool dropped one, or a file forged
with the two numbers alone) opened, and its first command stopped with a traceback ('no
such table: coders'): it is refused on open as damaged, naming the table.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from qualcode.errors import ProjectError, one_line
from qualcode.store.checked import DamagedProjectError
from qualcode.store.migrate import migrate, statements
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


@cache
def _own_tables(migrations: tuple[str, ...]) -> frozenset[str]:
    """The tables ``migrations`` make, read from an empty file they are run on."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, None, migrations)
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return frozenset(name for (name,) in rows)


def refuse_missing_tables(
    conn: sqlite3.Connection, path: Path, migrations: tuple[str, ...]
) -> None:
    """Refuse, in one line, a file at this schema number that lacks a table of its schema."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    missing = sorted(_own_tables(migrations) - {name for (name,) in rows})
    if missing:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        raise DamagedProjectError(
            f"{path}: the project file is damaged (it lacks the table {missing[0]!r}{more}); "
            "nothing changed; restore it from a copy (a .bak beside it, or your backup)"
        )

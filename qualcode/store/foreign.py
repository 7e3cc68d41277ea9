"""A project file's triggers and views: only those qualcode's own migrations make.

A project file often comes from someone else (a colleague's copy, a file from a shared
drive). SQLite keeps triggers in the file and runs them on every write, whoever writes:
a file holding ``AFTER INSERT ON memos BEGIN UPDATE codings SET deleted_at = ...`` had
every coding removed by the next ``memo add``, without a word and with an audit log that
named only the memo (red team 42). qualcode makes two triggers (the audit log's, append
only) and no view, so anything else in the file's schema is refused on open, before any
write (a migration's included) could set it off.

The other way round, a file stamped with qualcode's mark and this version's schema number
but without the tables or columns its migrations make (another tool dropped one, or a file forged
with the two numbers alone) opened, and its first command stopped with a traceback ('no
such table: coders'): it is refused on open as damaged, naming the table.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from qualcode.errors import ProjectError, one_line
from qualcode.store.checked import DamagedProjectError
from qualcode.store.migrate import REPAIRED_COLUMNS, REPAIRED_INDEXES, migrate, statements
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


# every table's every column, in one read of the file's schema
_COLUMNS = (
    "SELECT m.name, c.name FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
    "WHERE m.type = 'table'"
)


# the indexes and triggers made by a statement (not SQLite's own for a UNIQUE column)
_NAMED = "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql NOT NULL"


def _columns(conn: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    return frozenset((table, column) for table, column in conn.execute(_COLUMNS).fetchall())


def _named(conn: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    return frozenset((kind, name) for kind, name in conn.execute(_NAMED).fetchall())


@cache
def _own_schema(
    migrations: tuple[str, ...],
) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The tables and columns, and the indexes and triggers, ``migrations`` make, read from
    an empty file they are run on."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, None, migrations)
        return _columns(conn), _named(conn)
    finally:
        conn.close()


def refuse_missing_tables(
    conn: sqlite3.Connection, path: Path, migrations: tuple[str, ...]
) -> None:
    """Refuse, in one line, a file at this schema number that lacks a table, a column, an
    index or a trigger of its schema. A column dropped by another tool was worse than a
    traceback: SQLite reads a double-quoted name it does not know as text, so `memo list`
    showed every memo's end as the word "end"."""
    own_columns, own_named = _own_schema(migrations)
    have = _columns(conn)
    missing = sorted(own_columns - have - REPAIRED_COLUMNS)
    if not missing:
        # a unique index dropped let a second live coding of one passage in, and the
        # audit log's triggers dropped made it editable, each without a word
        named = sorted(own_named - _named(conn) - REPAIRED_INDEXES)
        if named:
            more = f" and {len(named) - 1} more" if len(named) > 1 else ""
            raise DamagedProjectError(
                f"{path}: the project file is damaged (it lacks the {named[0][0]} "
                f"{named[0][1]!r}{more}); nothing changed; restore it from a copy (a .bak "
                "beside it, or your backup)"
            )
        return
    tables = {table for table, _ in have}
    gone = sorted({table for table, _ in missing if table not in tables})
    if gone:
        more = f" and {len(gone) - 1} more" if len(gone) > 1 else ""
        what = f"the table {gone[0]!r}{more}"
    else:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        what = f"the column {missing[0][1]!r} of the table {missing[0][0]!r}{more}"
    raise DamagedProjectError(
        f"{path}: the project file is damaged (it lacks {what}); "
        "nothing changed; restore it from a copy (a .bak beside it, or your backup)"
    )

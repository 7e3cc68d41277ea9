"""A write refused by a unique index qualcode did not make: which index, said in one line.

A project file from someone else may hold an index of theirs. One that is UNIQUE refuses
rows qualcode writes as a matter of course (``CREATE UNIQUE INDEX x ON memos(author)``
refuses a coder's second memo), and the write ended in a traceback of
``sqlite3.IntegrityError``. Indexes are not refused on open, as foreign triggers are
(``store.foreign``): their SQL varied between qualcode's versions, so a legitimate file
could not be told from a changed one by it. The refusal is recognised where SQLite raises
it instead, by the index's name: qualcode's own unique indexes are those its migrations
create, and a refusal by one of them (a bug, or a rule a caller words itself) passes on
unchanged.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from qualcode.errors import ProjectError, one_line
from qualcode.store.schema import MIGRATIONS

_UNIQUE_FAILED = "UNIQUE constraint failed: "
_CREATED = re.compile(
    r"CREATE\s+UNIQUE\s+INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?[\"`\[]?(\w+)", re.IGNORECASE
)
_BY_INDEX = re.compile(r"index '(.+)'")


@cache
def _own_unique_indexes() -> frozenset[str]:
    """The names of the unique indexes any of qualcode's migrations creates."""
    return frozenset(name for script in MIGRATIONS for name in _CREATED.findall(script))


def _refusing(conn: sqlite3.Connection, what: str) -> list[str]:
    """The names of the indexes the refusal ``what`` (SQLite's words after 'failed: ')
    may be: one named (an index on an expression), else every unique index made by
    CREATE INDEX on the named table with exactly the named columns."""
    if by_index := _BY_INDEX.fullmatch(what):
        return [by_index.group(1)]
    named = [part.partition(".") for part in what.split(", ")]
    tables = {table for table, _, _ in named}
    if len(tables) != 1:
        return []
    table, columns = tables.pop(), [column for _, _, column in named]
    cursor = conn.cursor(sqlite3.Cursor)  # a plain one: asked while a checked one fails
    found = []
    listed = cursor.execute("SELECT * FROM pragma_index_list(?)", [table]).fetchall()
    for _, name, unique, origin, _ in listed:
        if not unique or origin != "c":
            continue
        info = cursor.execute("SELECT name FROM pragma_index_info(?)", [name]).fetchall()
        if [row[0] for row in info] == columns:
            found.append(name)
    return found


def foreign_index_error(
    conn: sqlite3.Connection, exc: sqlite3.DatabaseError, path: Path | None
) -> ProjectError | None:
    """The one line for a write refused by a unique index qualcode did not make, naming
    it and how to take it out; ``None`` for any other error (qualcode's own indexes too)."""
    message = str(exc)
    if not isinstance(exc, sqlite3.IntegrityError) or not message.startswith(_UNIQUE_FAILED):
        return None
    try:
        names = _refusing(conn, message.removeprefix(_UNIQUE_FAILED))
    except sqlite3.Error:
        return None
    own = _own_unique_indexes()
    if not names or any(name in own for name in names):
        return None
    where = path if path is not None else ":memory:"
    return ProjectError(
        f"{where}: the write was refused by a unique index qualcode did not make, "
        f"{one_line(repr(names[0]))}; nothing written: drop it (sqlite3's DROP INDEX) "
        "or ask whoever sent the file for one without it"
    )

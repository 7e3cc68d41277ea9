"""What SQLite cannot read or take is one clear line, wherever it is first met.

A damaged project file:

SQLite reads a file's pages only when a query needs them, so a file damaged in the middle
(a copy cut short by a full USB stick, a sync tool that wrote half a page, a disk error)
opens fine and fails later, in whatever listing, export or coding first touches the bad
page. That failure arrived as a bare ``sqlite3.DatabaseError: database disk image is
malformed`` traceback from deep inside a repository. The project's connections are made
with :class:`CheckedConnection`, whose statements, fetches and loops over rows (a page
met halfway through a listing, in a Python user's ``Project`` call or pandas frame) turn
SQLite's "this file is damaged" and "this is no database" codes into a
:class:`DamagedProjectError` naming the file; every other SQLite error (a constraint, a
lock) passes unchanged to the code that handles it, but for a unique index of someone
else's refusing a write, said in one line naming it (``store.foreign_index``). The check
costs nothing until SQLite reports such an error: reading the whole file up front (``PRAGMA
quick_check``) would cost seconds on a large project at every command.

Text that is no Unicode: an argument holding bytes the terminal could not decode (a file
name or a memo typed on a system set to Latin-1 reaches Python as lone surrogates such as
U+DCFF) made every statement binding it a ``UnicodeEncodeError`` traceback, whether it
wrote a memo or only looked a document up. The same statements refuse it in one line
(:class:`~qualcode.errors.ValidationError`) quoting the text, and nothing is written (the
action's transaction rolls back).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from qualcode.errors import ProjectError, ValidationError
from qualcode.oneline import shown
from qualcode.store.foreign_index import foreign_index_error

# rows a loop over a cursor fetches at a time (through the checked fetchmany)
_BATCH = 256

# SQLite's primary result codes for a damaged file and for a file that is no database
_DAMAGED = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}


class DamagedProjectError(ProjectError):
    """The project file is damaged or no database at all (found while reading it)."""


def translate(exc: sqlite3.DatabaseError, path: Path | None) -> DamagedProjectError | None:
    """The one-line error for a damaged file, or ``None`` for any other SQLite error."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF  # extended codes carry it in the low byte
    if primary not in _DAMAGED:
        return None
    where = path if path is not None else ":memory:"
    if primary == 26:
        return DamagedProjectError(f"{where}: not a qualcode project ({exc})")
    return DamagedProjectError(
        f"{where}: the project file is damaged ({exc}); restore it from a copy "
        "(a .bak beside it, or your backup)"
    )


def damaged_error(exc: BaseException, path: Path | None) -> DamagedProjectError | None:
    """:func:`translate` for any exception: the faces' last net, for a cursor walked by
    ``next()`` rather than a ``for`` loop (which :meth:`CheckedCursor.__iter__` checks)."""
    return translate(exc, path) if isinstance(exc, sqlite3.DatabaseError) else None


def no_unicode(exc: UnicodeEncodeError) -> ValidationError:
    """The one line for a text SQLite cannot store: lone surrogates are no characters."""
    text = exc.object if isinstance(exc.object, str) else ""
    bad = text[exc.start] if exc.start < len(text) else "?"
    return ValidationError(
        f"{shown(text)} holds U+{ord(bad):04X}, which is no character (bytes in another "
        "encoding than UTF-8: a name or text typed or saved as Latin-1?); nothing written"
    )


class CheckedCursor(sqlite3.Cursor):
    """A cursor whose statements and fetches report a damaged file in one line."""

    def _path(self) -> Path | None:
        conn = self.connection
        return conn.project_path if isinstance(conn, CheckedConnection) else None

    def _raise(self, exc: sqlite3.DatabaseError) -> None:
        error = translate(exc, self._path()) or foreign_index_error(
            self.connection, exc, self._path()
        )
        if error is not None:
            raise error from None

    def _checked(self, run: Callable[..., Any], *args: Any) -> Any:
        """One of sqlite3's cursor methods run on this cursor, its errors in one line."""
        try:
            return run(self, *args)
        except sqlite3.DatabaseError as exc:
            self._raise(exc)
            raise
        except UnicodeEncodeError as exc:
            raise no_unicode(exc) from None

    def execute(self, sql: str, parameters: Any = (), /) -> CheckedCursor:
        self._checked(sqlite3.Cursor.execute, sql, parameters)
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> CheckedCursor:
        self._checked(sqlite3.Cursor.executemany, sql, seq_of_parameters)
        return self

    def executescript(self, sql_script: str, /) -> CheckedCursor:
        self._checked(sqlite3.Cursor.executescript, sql_script)
        return self

    def _batches(self) -> Iterator[Any]:
        """The rows in checked batches: a damaged page met halfway through a loop (the
        store's list comprehensions, a pandas frame's rows) is the same one line as one met
        by a statement. Rows are not checked one by one (a Python ``__next__`` on every row
        made reading a million rows 40% slower); batches of fetchmany chained in C cost one
        Python call per batch (benchmarks/README.md: "Walking a cursor's rows")."""
        batches = iter(lambda: self.fetchmany(_BATCH), [])
        return chain.from_iterable(batches)

    # sqlite3 declares a cursor its own iterator; a loop gets the batches' iterator instead
    __iter__: Any = _batches

    def fetchone(self) -> Any:
        return self._checked(sqlite3.Cursor.fetchone)

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        rows: list[Any] = self._checked(
            sqlite3.Cursor.fetchmany, self.arraysize if size is None else size
        )
        return rows

    def fetchall(self) -> list[Any]:
        rows: list[Any] = self._checked(sqlite3.Cursor.fetchall)
        return rows


class CheckedConnection(sqlite3.Connection):
    """A connection whose shortcut statements go through :class:`CheckedCursor` (the C
    shortcuts would make a plain cursor) and which knows the file it reads."""

    project_path: Path | None = None

    def cursor(self, factory: Any = CheckedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> CheckedCursor:
        cursor: CheckedCursor = self.cursor()
        return cursor.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> CheckedCursor:
        cursor: CheckedCursor = self.cursor()
        return cursor.executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> CheckedCursor:
        cursor: CheckedCursor = self.cursor()
        return cursor.executescript(sql_script)

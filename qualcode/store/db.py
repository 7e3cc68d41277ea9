"""Opening, creating and migrating the project file; the one transaction helper.

Every user action runs inside :meth:`Database.transaction` (``BEGIN IMMEDIATE``), so two
coders writing to one file on a shared machine queue for the write lock (busy timeout)
instead of failing, and a crash never leaves half an action behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from qualcode.errors import ProjectError
from qualcode.store.schema import APPLICATION_ID, MIGRATIONS

BUSY_TIMEOUT_MS = 30_000


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _read_header(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path}: not a qualcode project ({exc})") from None
    return app_id, version


class Database:
    """A connection to one project file, with its schema guaranteed current."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)

    @classmethod
    def create(cls, path: Path) -> Database:
        """Create a new project file readable by its owner only."""
        if path.exists():
            raise ProjectError(f"{path}: already exists; open it, or choose another path")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
        conn = _connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn, path, MIGRATIONS)
        return cls(conn, path)

    @classmethod
    def open(cls, path: Path, migrations: Sequence[str] = MIGRATIONS) -> Database:
        """Open an existing project, migrating it (after a backup) if it is older."""
        if not path.exists():
            raise ProjectError(
                f"{path}: no project here; create one with `qualcode -p {path} init`"
            )
        if path.is_dir():
            raise ProjectError(f"{path}: is a directory, not a qualcode project file")
        conn = _connect(path)
        app_id, version = _read_header(conn, path)
        if app_id != APPLICATION_ID:
            conn.close()
            raise ProjectError(f"{path}: not a qualcode project (another kind of SQLite file)")
        if version > len(migrations):
            conn.close()
            raise ProjectError(
                f"{path}: written by a newer qualcode (schema {version}, this version "
                f"knows {len(migrations)}); upgrade qualcode to open it"
            )
        conn.execute("PRAGMA journal_mode = WAL")
        if version < len(migrations):
            backup(conn, path, version)
            migrate(conn, path, migrations)
        return cls(conn, path)

    @classmethod
    def memory(cls) -> Database:
        """An in-memory project, for tests and throwaway work."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate(conn, None, MIGRATIONS)
        return cls(conn, None)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One user action: all of it is written, or none of it."""
        if self.conn.in_transaction:  # nested: join the outer action
            yield self.db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def backup(conn: sqlite3.Connection, path: Path | None, version: int) -> Path | None:
    """Copy the file aside before a migration touches it; returns the copy's path."""
    if path is None or version == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, path: Path | None, migrations: Sequence[str]) -> None:
    """Run the migrations this file has not had yet, each in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(migrations[version:], start=version + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            where = path or ":memory:"
            raise ProjectError(f"{where}: migration to schema {number} failed: {exc}") from None


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()

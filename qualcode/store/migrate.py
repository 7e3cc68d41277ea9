"""Upgrading an older project file: a backup copy first, then each migration it has not had.

Split from ``store.db``, which opens the file and calls these when its ``user_version`` is
behind: every migration runs in its own ``BEGIN IMMEDIATE`` and reads the version again
under the write lock, so two coders opening one old file at once upgrade it once; a
migration that rebuilds a table runs with foreign keys off and fails on any reference it
leaves dangling.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from qualcode.errors import ProjectError
from qualcode.store.checked import DamagedProjectError
from qualcode.store.schema import REBUILDS


def backup(conn: sqlite3.Connection, path: Path | None, version: int) -> Path | None:
    """Copy the file aside before a migration touches it; returns the copy's path."""
    if path is None or version == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    # a new owner-only file, never an existing one or a planted symlink (a shared folder)
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    for attempt in range(100):
        extra = f"-{attempt}" if attempt else ""
        target = path.with_name(f"{path.name}.v{version}-{stamp}{extra}.bak")
        try:
            fd = os.open(target, flags, 0o600)
            break
        except FileExistsError:
            continue
    else:
        raise ProjectError(f"{path}: cannot make a backup before upgrading; nothing changed")
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
        rebuilds = script.startswith(REBUILDS)
        try:
            if rebuilds:  # outside a transaction, or SQLite ignores it
                conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("BEGIN IMMEDIATE")
            # read again under the write lock: another process (a second coder opening the
            # same old file at the same moment) may have run this migration meanwhile
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("COMMIT")
                continue
            # a reference a rebuild left dangling fails it; one the file had before (an old
            # bug's) is no reason to refuse the upgrade, so only new ones count
            dangling = len(conn.execute("PRAGMA foreign_key_check").fetchall()) if rebuilds else 0
            for statement in statements(script):
                conn.execute(statement)
            if rebuilds and len(conn.execute("PRAGMA foreign_key_check").fetchall()) > dangling:
                raise sqlite3.IntegrityError("a rebuilt table left a reference dangling")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except DamagedProjectError:
            if conn.in_transaction:  # the old file was damaged: say so, as any command does
                with contextlib.suppress(sqlite3.Error, ProjectError):
                    conn.execute("ROLLBACK")
            raise
        except sqlite3.Error as exc:
            if conn.in_transaction:  # BEGIN itself may have failed (locked for 30 s)
                conn.execute("ROLLBACK")
            where = path or ":memory:"
            raise ProjectError(f"{where}: migration to schema {number} failed: {exc}") from None
        finally:
            if rebuilds:
                conn.execute("PRAGMA foreign_keys = ON")


# the columns ``repair_first_decisions`` adds to a file of qualcode's first commit, which
# otherwise stands at today's schema number: no sign of damage
REPAIRED_COLUMNS = frozenset({("decisions", "case_id"), ("decisions", "superseded_at")})
REPAIRED_INDEXES = frozenset({("index", "idx_decisions_case")})


def repair_first_decisions(conn: sqlite3.Connection, path: Path | None) -> None:
    """Give the decisions table of a file made by qualcode's very first commit (491109d8)
    the two columns its released schema has. That commit's migration 1 made decisions
    without ``case_id`` and ``superseded_at`` (the next commit added them to migration 1
    itself), so such a file, upgraded through every later migration, still failed
    `qualcode reconcile list` with a traceback ('no such column: d.case_id'). It had no
    way to make a decision, so its table is empty and the columns are only added."""
    columns = _columns(conn, "decisions")
    if not columns or "case_id" in columns:  # none: a test's file of fewer migrations
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        columns = _columns(conn, "decisions")  # again, under the write lock
        if "case_id" not in columns:
            conn.execute("ALTER TABLE decisions ADD COLUMN case_id TEXT NOT NULL DEFAULT ''")
            if "superseded_at" not in columns:
                conn.execute("ALTER TABLE decisions ADD COLUMN superseded_at TEXT")
            conn.execute("CREATE INDEX IF NOT EXISTS idx_decisions_case ON decisions (case_id)")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        where = path or ":memory:"
        raise ProjectError(f"{where}: repairing the decisions table failed: {exc}") from None


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})").fetchall()}


def statements(script: str) -> Iterator[str]:
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

"""Red team (claim 2): two people opening the same old project file at the same moment.

Each process read the schema version, then took the write lock to migrate; the second
one, having read the old version before the first committed, ran the same migration
again once the lock was free: "table already exists" (or a data step done twice). Now the
version is read again under the lock. A BEGIN that times out is reported without a second
error from rolling back a transaction that never began.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from qualcode.store.migrate import migrate

MIGRATIONS = (
    "CREATE TABLE notes (x INTEGER);",
    "CREATE TABLE more (y INTEGER);\nINSERT INTO notes VALUES (1);",
)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def test_a_migration_run_meanwhile_is_not_run_again(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    first = _connect(path)
    migrate(first, path, MIGRATIONS[:1])  # the file as an older qualcode left it
    second = _connect(path)
    first.execute("BEGIN IMMEDIATE")  # the first process is migrating right now
    errors: list[BaseException] = []

    def other() -> None:
        try:
            migrate(second, path, MIGRATIONS)  # reads version 1, then waits for the lock
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    waiting = threading.Thread(target=other)
    waiting.start()
    time.sleep(0.3)  # let it read the old version and block on BEGIN IMMEDIATE
    first.execute("CREATE TABLE more (y INTEGER)")
    first.execute("INSERT INTO notes VALUES (1)")
    first.execute("PRAGMA user_version = 2")
    first.execute("COMMIT")
    waiting.join(timeout=30)
    assert not errors, errors
    assert second.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    assert second.execute("PRAGMA user_version").fetchone()[0] == 2

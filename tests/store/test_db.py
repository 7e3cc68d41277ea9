"""The project file (store/db.py): creation, permissions, pragmas, refusing files that are
not a qualcode project or are newer, transactions. Migrations: test_migrations.py; what the
schema itself guarantees: test_schema.py."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from qualcode.errors import ProjectError
from qualcode.store import Store
from qualcode.store.schema import APPLICATION_ID, SCHEMA_VERSION


def test_create_sets_owner_only_wal_and_version(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = Store.create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = store.database.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    store.close()


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    path.write_text("x")
    with pytest.raises(ProjectError, match="already exists"):
        Store.create(path)
    assert path.read_text() == "x"


def test_missing_file_says_how_to_create(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match=r"qualcode -p .* init"):
        Store.open(tmp_path / "nope.db")


def test_not_sqlite_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ProjectError, match="not a qualcode project"):
        Store.open(path)
    assert path.read_bytes().startswith(b"this is not")


def test_other_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="another kind of SQLite file"):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["t"]


def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError, match="newer qualcode"):
        Store.open(path)


def test_transaction_rolls_back_everything(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.db")
    with pytest.raises(RuntimeError), store.transaction():
        store.coders.add("karin", "coder")
        raise RuntimeError("boom")
    assert store.coders.list() == []

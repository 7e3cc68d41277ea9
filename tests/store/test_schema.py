"""What the schema (store/schema.py) guarantees by itself: an index behind every foreign
key, an audit log that cannot be changed or emptied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode.store import Store


def test_every_foreign_key_has_an_index(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.db")
    conn = store.database.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        fks = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        indexes = conn.execute(f"PRAGMA index_list({table})").fetchall()
        leading = set()
        for index in indexes:
            cols = conn.execute(f"PRAGMA index_info({index[1]})").fetchall()
            leading.add(cols[0][2])
        for fk in fks:
            assert fk[3] in leading, f"{table}.{fk[3]} has no index"


def test_audit_log_is_append_only(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.db")
    store.audit.append("lena", "test", {"x": 1})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.database.conn.execute("UPDATE audit SET actor = 'someone'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.database.conn.execute("DELETE FROM audit")

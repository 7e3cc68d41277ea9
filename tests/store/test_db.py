"""The project file: creation, permissions, pragmas, migrations and foreign files."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from qualcode.errors import ProjectError
from qualcode.store import Store
from qualcode.store.db import Database
from qualcode.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


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


def test_migration_backs_up_then_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    store = Store.create(path)
    store.coders.add("karin", "coder")
    store.close()
    later = (*MIGRATIONS, "CREATE TABLE tags (id TEXT PRIMARY KEY, label TEXT NOT NULL);")
    db = Database.open(path, migrations=later)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == len(later)
    assert "tags" in db.db.table_names()
    db.close()
    backups = list(tmp_path.glob(f"p.db.v{SCHEMA_VERSION}-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT name FROM coders").fetchall() == [("karin",)]
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600


def test_failed_migration_leaves_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.create(path).close()
    broken = (*MIGRATIONS, "CREATE TABLE ok (x); CREATE TABLE broken (;")
    with pytest.raises(ProjectError, match=f"migration to schema {SCHEMA_VERSION + 1} failed"):
        Database.open(path, migrations=broken)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert "ok" not in names


def test_audit_log_is_append_only(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.db")
    store.audit.append("lena", "test", {"x": 1})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.database.conn.execute("UPDATE audit SET actor = 'someone'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.database.conn.execute("DELETE FROM audit")


def test_transaction_rolls_back_everything(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "p.db")
    with pytest.raises(RuntimeError), store.transaction():
        store.coders.add("karin", "coder")
        raise RuntimeError("boom")
    assert store.coders.list() == []


def test_a_version_1_file_gains_the_embedding_cache(tmp_path: Path) -> None:
    """Files written before the semantic tier's cache existed are migrated, not refused."""
    path = tmp_path / "p.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)  # back to the first schema as released
    first = sqlite3.connect(":memory:")
    first.executescript(MIGRATIONS[0])
    v1 = {r[0] for r in first.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table not in v1 and not table.startswith("sqlite_"):
            conn.execute(f"DROP TABLE {table}")  # every later migration's table
    _undo_case_dialogue(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    db = Database.open(path)
    assert "text_embeddings" in db.db.table_names()
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    assert len(list(tmp_path.glob("p.db.v1-*.bak"))) == 1


def _undo_case_dialogue(conn: sqlite3.Connection) -> None:
    """Take a new file back to before the case-dialogue migration (and the later ones)."""
    conn.execute("DROP TABLE IF EXISTS case_comments")
    conn.execute("ALTER TABLE decisions DROP COLUMN digest")
    conn.execute("ALTER TABLE decisions DROP COLUMN participants")
    undo_passage_memos(conn)


def undo_passage_memos(conn: sqlite3.Connection) -> None:
    """Take a file back to before memos had a passage's span."""
    conn.execute("ALTER TABLE memos DROP COLUMN start")
    conn.execute('ALTER TABLE memos DROP COLUMN "end"')


def test_a_file_before_the_case_dialogue_gains_comments_and_decision_fields(
    tmp_path: Path,
) -> None:
    """Decisions taken before comments existed keep working: no digest, no participants."""
    path = tmp_path / "p.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    _undo_case_dialogue(conn)
    version = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE case_comments" in m)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    store = Store.open(path)
    assert "case_comments" in store.database.db.table_names()
    assert {"digest", "participants"} <= set(store.database.db["decisions"].columns_dict)
    assert store.comments.list() == [] and store.decisions.all() == []
    store.close()

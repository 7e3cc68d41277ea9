"""Migrations (store/schema.py's MIGRATIONS, run by store/migrate.py): a backup first, all or
nothing, and files from earlier releases opened and upgraded rather than refused."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from qualcode.errors import ProjectError
from qualcode.model import Pseudonym
from qualcode.store import Store
from qualcode.store.db import Database
from qualcode.store.schema import MIGRATIONS, SCHEMA_VERSION


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
    """Take a file back to before memos had a passage's span (and the later migrations)."""
    conn.execute("ALTER TABLE memos DROP COLUMN start")
    conn.execute('ALTER TABLE memos DROP COLUMN "end"')
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "pseudonyms" in tables:  # a file taken back to version 1 has none
        conn.execute("ALTER TABLE pseudonyms DROP COLUMN generated")
    undo_document_sets(conn)


def undo_document_sets(conn: sqlite3.Connection) -> None:
    """Take a file back to before named document sets."""
    conn.execute("DROP TABLE IF EXISTS document_set_members")
    conn.execute("DROP TABLE IF EXISTS document_sets")


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


def test_pseudonyms_on_a_key_made_before_are_taken_as_typed(tmp_path: Path) -> None:
    """A key written before qualcode marked its proposals: every entry is the lead's own
    (printed as written in every language), and a new proposal is marked."""
    path = tmp_path / "p.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE pseudonyms DROP COLUMN generated")
    undo_document_sets(conn)
    conn.execute(
        "INSERT INTO pseudonyms (id, real, pseudonym, kind, created_by, created_at) "
        "VALUES ('p1', 'Åby', 'Kommun A', 'place', 'lena', '2026-01-01T00:00:00+00:00')"
    )
    version = next(i for i, m in enumerate(MIGRATIONS) if "COLUMN generated" in m)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert [(p.pseudonym, p.generated) for p in store.pseudonyms.list()] == [("Kommun A", False)]
    store.pseudonyms.set("Ekstad", "Kommun B", "place", "lena", generated=True)
    assert store.pseudonyms.get("Ekstad") == Pseudonym("Ekstad", "Kommun B", "place", True)
    store.close()


def test_a_file_before_document_sets_gains_them_empty(tmp_path: Path) -> None:
    """A project made before sets existed opens with none, and a set can then be made."""
    path = tmp_path / "p.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    undo_document_sets(conn)
    version = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE document_sets" in m)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.document_sets.live() == []
    with store.transaction():
        store.document_sets.create("first round", "lena")
    assert [s.name for s in store.document_sets.live()] == ["first round"]
    store.close()

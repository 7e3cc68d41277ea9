"""The migration that gives search-coded codings their own origin rebuilds the codings
table (SQLite cannot widen a CHECK in place): a file from before keeps every coding, id,
index, and the exemplars and translations that point at its codings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.store import Store
from qualcode.store.schema import MIGRATIONS
from tests.conftest import add_plain_document, small_codebook

AT = next(i for i, m in enumerate(MIGRATIONS) if "'decision', 'search'" in m)


def _codings(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute("SELECT * FROM codings ORDER BY id").fetchall()


def test_a_file_from_before_keeps_its_codings_and_takes_search_origins(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("lena", role="lead")
        doc = add_plain_document(project, "aby_01.txt", ["Vi pratade om uppdraget.", "Bra."])
        unit = project.units(doc)[0]
        coding = project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
        project.act_as("lena")
        project.pin_exemplar(coding.id, "lena")
        project.translate_coding(coding.id, "en", "We talked about the mission.", "lena")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")  # the file as the release before wrote it
    conn.executescript(MIGRATIONS[AT].replace(", 'search'", ""))
    conn.execute(f"PRAGMA user_version = {AT}")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE codings SET origin = 'search'")
    before = _codings(conn)
    conn.close()

    store = Store.open(path)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    assert _codings(conn) == before
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(codings)")}
    assert {"idx_codings_live_once", "idx_codings_document", "idx_codings_code"} <= indexes
    joined = conn.execute(
        "SELECT count(*) FROM exemplars e JOIN codings c ON c.id = e.coding_id "
        "JOIN translations t ON t.coding_id = c.id"
    ).fetchone()[0]
    assert joined == 1
    conn.execute("UPDATE codings SET origin = 'search'")  # the wider CHECK
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE codings SET origin = 'guess'")
    conn.close()

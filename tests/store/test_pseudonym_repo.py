"""store/pseudonyms.py: the pseudonym key. One live entry per real name; replacing or
removing soft-deletes, so the key's history stays in the file."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.errors import NotFoundError
from qualcode.model import Pseudonym
from qualcode.store import Store
from tests.store.conftest import reopen


def _rows(store: Store) -> list[tuple[str, str, bool]]:
    sql = "SELECT real, pseudonym, deleted_at IS NOT NULL FROM pseudonyms ORDER BY rowid"
    return [(r[0], r[1], bool(r[2])) for r in store.database.conn.execute(sql)]


def test_set_get_list_sorted_by_kind_then_pseudonym(store: Store) -> None:
    assert store.pseudonyms.set("Åby", "Kommun A", "place", "anna") is None
    assert store.pseudonyms.set("Karin", "Person B", "person", "anna") is None
    assert store.pseudonyms.set("Olle", "Person A", "person", "anna") is None
    store = reopen(store)
    assert store.pseudonyms.list() == [
        Pseudonym("Olle", "Person A", "person"),
        Pseudonym("Karin", "Person B", "person"),
        Pseudonym("Åby", "Kommun A", "place"),
    ]
    assert store.pseudonyms.get("Karin") == Pseudonym("Karin", "Person B", "person")
    assert store.pseudonyms.get("Nobody") is None
    store.close()


def test_replacing_returns_old_and_keeps_it_soft_deleted(store: Store) -> None:
    store.pseudonyms.set("Karin", "Person B", "person", "anna")
    old = store.pseudonyms.set("Karin", "Person C", "person", "anna")
    assert old == Pseudonym("Karin", "Person B", "person")
    assert store.pseudonyms.list() == [Pseudonym("Karin", "Person C", "person")]
    assert _rows(store) == [("Karin", "Person B", True), ("Karin", "Person C", False)]


def test_remove_soft_deletes_and_unknown_is_refused(store: Store) -> None:
    store.pseudonyms.set("Karin", "Person B", "person", "anna")
    assert store.pseudonyms.remove("Karin") == Pseudonym("Karin", "Person B", "person")
    assert store.pseudonyms.list() == []
    assert _rows(store) == [("Karin", "Person B", True)]
    with pytest.raises(NotFoundError, match="not on the pseudonym key"):
        store.pseudonyms.remove("Karin")
    # removed names can come back
    store.pseudonyms.set("Karin", "Person D", "person", "anna")
    assert store.pseudonyms.get("Karin") == Pseudonym("Karin", "Person D", "person")


def test_two_live_entries_for_one_name_are_refused_by_the_file(store: Store) -> None:
    store.pseudonyms.set("Karin", "Person B", "person", "anna")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.database.conn.execute(
            "INSERT INTO pseudonyms (id, real, pseudonym, kind, created_by, created_at) "
            "VALUES ('x', 'Karin', 'Person Z', 'person', 'anna', '2026')"
        )


def test_set_inside_failed_transaction_leaves_old_entry(store: Store) -> None:
    store.pseudonyms.set("Karin", "Person B", "person", "anna")
    with pytest.raises(RuntimeError), store.transaction():
        store.pseudonyms.set("Karin", "Person C", "person", "anna")
        raise RuntimeError("boom")
    assert store.pseudonyms.list() == [Pseudonym("Karin", "Person B", "person")]
    assert len(_rows(store)) == 1

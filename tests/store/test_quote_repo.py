"""store/quotes.py: exemplar pins (one live pin per coding) and translations (one live per
coding and language); unpinning and re-translating keep the old row, soft-deleted."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.store import Store
from tests.store.conftest import add_code, add_doc, reopen


@pytest.fixture
def coding(store: Store) -> str:
    karin = store.coders.add("karin", "coder")
    return store.codings.insert(
        document_id=add_doc(store), start=0, end=4, code_id=add_code(store), coder_id=karin.id
    )


def test_pin_once_unpin_and_pin_again(store: Store, coding: str) -> None:
    assert store.quotes.pin(coding, "anna") is True
    assert store.quotes.pin(coding, "anna") is False
    assert store.quotes.pinned() == {coding}
    assert set(store.quotes.pinned_at()) == {coding}
    assert store.quotes.unpin(coding) is True
    assert store.quotes.unpin(coding) is False
    assert store.quotes.pinned() == set()
    assert store.quotes.pin(coding, "anna") is True
    rows = store.database.conn.execute(
        "SELECT deleted_at IS NULL FROM exemplars ORDER BY rowid"
    ).fetchall()
    assert [r[0] for r in rows] == [0, 1]


def test_unpin_of_unknown_coding_changes_nothing(store: Store, coding: str) -> None:
    assert store.quotes.unpin("no-such-coding") is False


def test_pin_of_unknown_coding_is_refused_by_foreign_key(store: Store, coding: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.quotes.pin("no-such-coding", "anna")
    assert store.quotes.pinned() == set()


def test_translation_replaces_softly_per_language(store: Store, coding: str) -> None:
    store.quotes.translate(coding, "en", "Hi.", "anna")
    store.quotes.translate(coding, "en", "Hello.", "anna")
    store.quotes.translate(coding, "sv", "Hej.", "anna")
    store = reopen(store)
    assert store.quotes.translations() == {(coding, "en"): "Hello.", (coding, "sv"): "Hej."}
    count = store.database.conn.execute("SELECT count(*) FROM translations").fetchone()[0]
    assert count == 3
    store.close()


def test_failed_translation_transaction_keeps_the_old_one(store: Store, coding: str) -> None:
    store.quotes.translate(coding, "en", "Hi.", "anna")
    with pytest.raises(RuntimeError), store.transaction():
        store.quotes.translate(coding, "en", "Hello.", "anna")
        raise RuntimeError("boom")
    assert store.quotes.translations() == {(coding, "en"): "Hi."}

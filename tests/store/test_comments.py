"""store/comments.py: the append-only discussion of reconcile cases, oldest first, with the
author's name; filtered by document."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.store import Store
from tests.store.conftest import add_doc, reopen


def test_add_and_list_oldest_first_with_author_name(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    anna = store.coders.add("anna", "lead")
    doc = add_doc(store)
    first = store.comments.add(
        case_id="c1", document_id=doc, start=0, end=4, author_id=karin.id, text="Jag tycker A."
    )
    second = store.comments.add(
        case_id="c1",
        document_id=doc,
        start=0,
        end=4,
        author_id=anna.id,
        text="Öppnar igen.",
        kind="reopen",
    )
    store = reopen(store)
    rows = store.comments.list()
    assert [(r.id, r.author, r.kind, r.text) for r in rows] == [
        (first, "karin", "comment", "Jag tycker A."),
        (second, "anna", "reopen", "Öppnar igen."),
    ]
    assert (rows[0].case_id, rows[0].document_id, rows[0].start, rows[0].end) == ("c1", doc, 0, 4)
    store.close()


def test_list_filters_by_document(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    one = add_doc(store, "a.txt", "Första texten.")
    two = add_doc(store, "b.txt", "Andra texten.")
    for doc in (one, two):
        store.comments.add(
            case_id=doc, document_id=doc, start=0, end=3, author_id=karin.id, text="x"
        )
    assert [r.document_id for r in store.comments.list([two])] == [two]
    assert store.comments.list([]) == []
    assert len(store.comments.list()) == 2


def test_unknown_author_or_document_is_refused(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    doc = add_doc(store)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.comments.add(
            case_id="c", document_id=doc, start=0, end=1, author_id="ghost", text="x"
        )
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.comments.add(
            case_id="c", document_id="nodoc", start=0, end=1, author_id=karin.id, text="x"
        )
    assert store.comments.list() == []


def test_comments_roll_back_with_their_transaction(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    doc = add_doc(store)
    with pytest.raises(RuntimeError), store.transaction():
        store.comments.add(
            case_id="c", document_id=doc, start=0, end=1, author_id=karin.id, text="x"
        )
        raise RuntimeError("boom")
    assert store.comments.list() == []

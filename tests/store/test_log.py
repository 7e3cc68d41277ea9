"""store/log.py: the audit log (append-only, enforced by the file itself; ordered by time)
and memos (known targets only, optional span, soft removal, id-prefix lookup)."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.errors import ValidationError
from qualcode.store import Store
from tests.store.conftest import reopen


def test_audit_appends_in_order_with_payload_read_back(store: Store) -> None:
    store.audit.append("karin", "code.add", {"doc": "å.txt", "span": [0, 4]})
    store.audit.append("anna", "codebook.load", {"codes": 3})
    store.audit.append("karin", "code.add", {"doc": "b.txt"})
    store = reopen(store)
    entries = store.audit.list()
    assert [(e.actor, e.action) for e in entries] == [
        ("karin", "code.add"),
        ("anna", "codebook.load"),
        ("karin", "code.add"),
    ]
    assert entries[0].payload == {"doc": "å.txt", "span": [0, 4]}
    assert [e.payload for e in store.audit.list("code.add")] == [
        {"doc": "å.txt", "span": [0, 4]},
        {"doc": "b.txt"},
    ]
    assert store.audit.list("nothing.like.this") == []
    store.close()


def test_audit_rows_cannot_be_changed_or_deleted(store: Store) -> None:
    store.audit.append("karin", "code.add", {})
    conn = store.database.conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET actor = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit")
    assert [e.actor for e in store.audit.list()] == ["karin"]


def test_audit_entry_rolls_back_with_its_action(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.audit.append("karin", "code.add", {})
        raise RuntimeError("boom")
    assert store.audit.list() == []


def test_memo_add_list_filters_and_span(store: Store) -> None:
    on_doc = store.memos.add("document", "d1", "karin", "Intressant ton.", span=(3, 9))
    store.memos.add("project", "p", "anna", "Fältanteckning.")
    store.memos.add("document", "d2", "karin", "Annat dokument.")
    store = reopen(store)
    assert [m.text for m in store.memos.list()] == [
        "Intressant ton.",
        "Fältanteckning.",
        "Annat dokument.",
    ]
    only = store.memos.list("document", "d1")
    assert only == [on_doc]
    assert (only[0].start, only[0].end) == (3, 9)
    assert [m.target_id for m in store.memos.list("document")] == ["d1", "d2"]
    store.close()


def test_memo_unknown_target_kind_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="unknown memo target"):
        store.memos.add("person", "x", "karin", "text")
    assert store.memos.list() == []


def test_memo_get_by_prefix_edit_and_soft_remove(store: Store) -> None:
    memo = store.memos.add("project", "p", "karin", "Första.")
    assert store.memos.get(memo.id) == memo
    assert store.memos.get(memo.id[:6]) == memo
    assert store.memos.get("zzzz-no-such") is None
    store.memos.set_text(memo.id, "Ändrad.")
    got = store.memos.get(memo.id)
    assert got is not None and got.text == "Ändrad."
    store.memos.remove(memo.id)
    assert store.memos.get(memo.id) is None
    assert store.memos.list() == []
    count = store.database.conn.execute("SELECT count(*) FROM memos").fetchone()[0]
    assert count == 1


def test_memo_get_with_an_ambiguous_prefix_is_none(store: Store) -> None:
    memos = [store.memos.add("project", "p", "karin", str(i)) for i in range(40)]
    # among 40 uuid4 ids some share their first hex digit
    first = [m.id[0] for m in memos]
    shared = next(c for c in first if first.count(c) > 1)
    assert store.memos.get(shared) is None
    assert store.memos.get("") is None

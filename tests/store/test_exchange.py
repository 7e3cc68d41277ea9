"""store/exchange.py: raw rows of one coder's work, read out of one project file and
written into another exactly as stored (ids, times, soft deletions), so merging coder
packages can go by id."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from qualcode.store import Store
from tests.store.conftest import add_code, add_doc

TEXT = "Hej. Hur mår du idag?"


def _project(path: Path) -> tuple[Store, dict[str, str]]:
    """A project with the same document, code and coder ids as its twin."""
    store = Store.create(path)
    ids = {
        "doc": add_doc(store, "a.txt", TEXT, doc_id="doc-1"),
        "code": add_code(store, "styrning"),
        "karin": store.coders.add("karin", "coder", coder_id="karin-1").id,
        "anna": store.coders.add("anna", "lead", coder_id="anna-1").id,
    }
    store.database.conn.execute("UPDATE codes SET id = 'code-1'")
    ids["code"] = "code-1"
    return store, ids


def test_a_coders_rows_travel_between_files_unchanged(tmp_path: Path) -> None:
    source, ids = _project(tmp_path / "karin.db")
    kept = source.codings.insert(
        document_id=ids["doc"], start=0, end=4, code_id=ids["code"], coder_id=ids["karin"]
    )
    removed = source.codings.insert(
        document_id=ids["doc"], start=5, end=9, code_id=ids["code"], coder_id=ids["karin"]
    )
    source.codings.soft_delete(removed)
    source.codings.insert(  # the lead's consensus layer is not the coder's work
        document_id=ids["doc"],
        start=0,
        end=4,
        code_id=ids["code"],
        coder_id=ids["karin"],
        layer="consensus",
    )
    source.memos.add("document", ids["doc"], "karin", "Lugn ton.", span=(0, 4))
    source.memos.add("project", "p", "anna", "Inte karins.")
    source.coders.set_status(ids["doc"], ids["karin"], "done")
    ex = source.exchange
    codings = ex.coder_codings(ids["karin"])
    memos = ex.memos_by("karin")
    statuses = ex.statuses(ids["karin"])
    assert [c["id"] for c in codings] == [kept, removed]
    assert codings[1]["deleted_at"] is not None
    assert [m["text"] for m in memos] == ["Lugn ton."]
    assert [s["status"] for s in statuses] == ["done"]
    assert ex.documents_meta({ids["doc"], ids["doc"]}) == [
        {"id": "doc-1", "name": "a.txt", "sha256": ex.document_sha("doc-1")}
    ]
    assert ex.documents_meta([]) == [] and ex.document_sha("nodoc") is None

    target, _ = _project(tmp_path / "lead.db")
    tx = target.exchange
    with target.transaction():
        for row in codings:
            tx.insert_coding(row)
        for memo in memos:
            tx.insert_memo(memo)
        for status in statuses:
            tx.put_status(status)
    assert tx.coder_codings(ids["karin"]) == codings
    assert tx.memos_by("karin") == memos
    assert tx.status_row("doc-1", ids["karin"]) == statuses[0]
    assert tx.has_memo(memos[0]["id"]) and tx.memo_author(memos[0]["id"]) == "karin"
    assert not tx.has_memo("nomemo") and tx.memo_author("nomemo") is None
    source.close()
    target.close()


def test_merging_the_same_live_coding_twice_is_a_one_line_refusal(tmp_path: Path) -> None:
    store, ids = _project(tmp_path / "p.db")
    made = store.codings.insert(
        document_id=ids["doc"], start=0, end=4, code_id=ids["code"], coder_id=ids["karin"]
    )
    row = store.exchange.get_coding(made)
    assert row is not None
    with pytest.raises(ValidationError, match="already coded"):
        store.exchange.insert_coding({**row, "id": "another-id"})
    assert store.exchange.get_coding("another-id") is None
    store.exchange.mark_deleted(made, "2026-01-01T00:00:00+00:00")
    after = store.exchange.get_coding(made)
    assert after is not None and after["deleted_at"] == "2026-01-01T00:00:00+00:00"
    assert store.exchange.get_coding("nocoding") is None
    store.close()


def test_documents_by_sha_groups_live_documents_oldest_first(tmp_path: Path) -> None:
    store, ids = _project(tmp_path / "p.db")
    other = add_doc(store, "b.txt", "Något annat.")
    by_sha = store.exchange.documents_by_sha()
    assert sorted(by_sha.values()) == sorted([[ids["doc"]], [other]])
    assert by_sha[store.exchange.document_sha(other) or ""] == [other]
    store.close()


def test_a_failed_merge_writes_nothing(tmp_path: Path) -> None:
    store, ids = _project(tmp_path / "p.db")
    row = {
        "id": "c-1",
        "document_id": ids["doc"],
        "start": 0,
        "end": 4,
        "code_id": ids["code"],
        "coder_id": ids["karin"],
        "layer": "coder",
        "origin": "manual",
        "created_at": "2026-01-01T00:00:00+00:00",
    }
    with pytest.raises(ValidationError), store.transaction():
        store.exchange.insert_coding(row)
        store.exchange.insert_coding({**row, "id": "c-2"})
    assert store.exchange.coder_codings(ids["karin"]) == []
    store.close()

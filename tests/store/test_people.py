"""store/people.py: coders (unique names, known roles), their per-document status and the
coder a login last chose."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.errors import NotFoundError, ValidationError
from qualcode.store import Store
from tests.store.conftest import add_doc, reopen


def test_add_and_list_sorted_by_name_survive_reopen(store: Store) -> None:
    store.coders.add("karin", "coder")
    store.coders.add("anna", "lead")
    store = reopen(store)
    assert [(c.name, c.role) for c in store.coders.list()] == [("anna", "lead"), ("karin", "coder")]
    store.close()


def test_given_id_is_kept(store: Store) -> None:
    coder = store.coders.add("karin", "coder", coder_id="fixed-id")
    assert coder.id == "fixed-id"
    assert store.coders.by_name("karin").id == "fixed-id"


def test_duplicate_name_is_refused_and_nothing_written(store: Store) -> None:
    store.coders.add("karin", "coder")
    with pytest.raises(ValidationError, match="already exists"):
        store.coders.add("karin", "lead")
    assert [(c.name, c.role) for c in store.coders.list()] == [("karin", "coder")]


def test_unknown_role_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="unknown role"):
        store.coders.add("karin", "boss")
    assert store.coders.list() == []


def test_find_and_by_name_on_unknown(store: Store) -> None:
    assert store.coders.find("nobody") is None
    with pytest.raises(NotFoundError, match=r"^unknown coder 'nobody'; add them to the") as told:
        store.coders.by_name("nobody")
    assert told.value.action == ("add_coder", "nobody")  # the CLI says its command


def test_status_is_one_row_per_document_and_coder(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    olle = store.coders.add("olle", "coder")
    doc = add_doc(store)
    store.coders.set_status(doc, karin.id, "in_progress")
    store.coders.set_status(doc, karin.id, "done")
    assert store.coders.statuses(karin.id) == {doc: "done"}
    assert store.coders.statuses(olle.id) == {}
    count = store.database.conn.execute("SELECT count(*) FROM document_status").fetchone()[0]
    assert count == 1


def test_status_for_unknown_document_is_refused_by_foreign_key(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.coders.set_status("no-such-doc", karin.id, "done")
    assert store.coders.statuses(karin.id) == {}


def test_remembered_coder_per_login_only_while_coder_exists(store: Store) -> None:
    store.coders.add("karin", "coder")
    assert store.coders.remembered("ksvensson") is None
    store.coders.remember("ksvensson", "karin")
    store.coders.remember("ksvensson", "karin")
    assert store.coders.remembered("ksvensson") == "karin"
    assert store.coders.remembered("other") is None
    store.coders.remember("other", "ghost")  # a name no coder has (any more)
    assert store.coders.remembered("other") is None


def test_status_outside_the_known_ones_is_refused(store: Store) -> None:
    karin = store.coders.add("karin", "coder")
    doc = add_doc(store)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        store.coders.set_status(doc, karin.id, "started")
    assert store.coders.statuses(karin.id) == {}

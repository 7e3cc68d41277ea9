"""store/documents.py: documents with their attributes, turns and units. Same content twice
is refused in one line; lists never load texts; references resolve by id, name (with or
without suffix) or unambiguous prefix, and say which documents clash."""

from __future__ import annotations

import hashlib

import pytest

from qualcode.errors import AmbiguousError, DuplicateDocumentError, NotFoundError
from qualcode.model import Turn, Unit
from qualcode.store import Store
from tests.store.conftest import add_doc, reopen


def test_insert_reads_back_text_attributes_turns_and_units(store: Store) -> None:
    text = "Hej. Hur mår du?"
    doc = add_doc(store, "intervju1.txt", text)
    store = reopen(store)
    got = store.documents.get(doc)
    assert (got.name, got.lang, got.text, got.attributes) == (
        "intervju1.txt",
        "sv",
        text,
        {"kommun": "Åby"},
    )
    assert got.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert store.documents.turns(doc) == [Turn(0, "R", 0, len(text))]
    assert store.documents.units(doc) == [Unit(0, 0, 8), Unit(1, 8, 16)]
    assert store.documents.text_length(doc) == len(text)
    assert store.documents.texts([doc]) == {doc: text}
    assert store.documents.texts([]) == {}
    store.close()


def test_same_content_is_refused_in_one_line_and_nothing_is_written(store: Store) -> None:
    doc = add_doc(store, "a.txt", "Samma text.")
    with (
        pytest.raises(DuplicateDocumentError, match=r"b\.txt: same content as a document"),
        store.transaction(),
    ):
        add_doc(store, "b.txt", "Samma text.")
    assert [s.id for s in store.documents.summaries()] == [doc]
    assert store.documents.find_by_sha256(hashlib.sha256(b"Samma text.").hexdigest()) == "a.txt"
    assert store.documents.find_by_sha256("0" * 64) is None


def test_summaries_sorted_by_name_with_words_and_attributes(store: Store) -> None:
    b = add_doc(store, "b.txt", "Tre ord här.")
    a = add_doc(store, "a.txt", "Två ord.")
    store.documents.set_attributes(a, {"kommun": "Byn", "roll": "chef"})
    summaries = store.documents.summaries()
    assert [(s.id, s.words) for s in summaries] == [(a, 2), (b, 3)]
    assert summaries[0].attributes == {"kommun": "Byn", "roll": "chef"}
    assert store.documents.attributes([b]) == {b: {"kommun": "Åby"}}


def test_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no document with id nope"):
        store.documents.get("nope")
    with pytest.raises(NotFoundError):
        store.documents.text_length("nope")
    assert store.documents.turns("nope") == [] and store.documents.units("nope") == []


def test_resolve_by_id_name_stem_and_prefix(store: Store) -> None:
    one = add_doc(store, "intervju1.txt", "Ett.", doc_id="aaaa1111-x")
    two = add_doc(store, "intervju2.txt", "Två.", doc_id="aaaa2222-x")
    focus = add_doc(store, "fokus_grupp.docx", "Tre.", doc_id="bbbb1111-x")
    assert store.documents.resolve(one) == one
    assert store.documents.resolve("intervju2.txt") == two
    assert store.documents.resolve("intervju2") == two
    assert store.documents.resolve("fokus") == focus
    assert store.documents.resolve("aaaa2") == two
    with pytest.raises(AmbiguousError, match="id prefix 'aaaa' matches 2 documents"):
        store.documents.resolve("aaaa")
    with pytest.raises(AmbiguousError, match=r"intervju1\.txt, intervju2\.txt"):
        store.documents.resolve("intervju")
    with pytest.raises(NotFoundError, match=r"^no document 'saknas'$") as told:
        store.documents.resolve("saknas")
    assert told.value.action == ("list_documents",)


def test_resolve_treats_like_wildcards_literally(store: Store) -> None:
    add_doc(store, "a_b.txt", "Ett.")
    with pytest.raises(NotFoundError):
        store.documents.resolve("a%")
    with pytest.raises(NotFoundError):
        store.documents.resolve("x_b")


def test_exact_name_wins_over_a_longer_name(store: Store) -> None:
    exact = add_doc(store, "intervju", "Ett.")
    add_doc(store, "intervju.txt", "Två.")
    assert store.documents.resolve("intervju") == exact


def test_unit_bounds_for_many_documents_in_one_query(store: Store) -> None:
    a = add_doc(store, "a.txt", "Första texten.")
    b = add_doc(store, "b.txt", "Andra.")
    rows = dict(store.database.conn.execute("SELECT id, rowid FROM documents").fetchall())
    assert store.documents.unit_bounds([b, a]) == [
        (rows[a], 0, 7),
        (rows[a], 7, 14),
        (rows[b], 0, 3),
        (rows[b], 3, 6),
    ]
    assert store.documents.unit_bounds([]) == []


def test_failed_insert_leaves_no_turns_units_or_attributes(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        add_doc(store)
        raise RuntimeError("boom")
    conn = store.database.conn
    for table in ("documents", "turns", "units", "attributes"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

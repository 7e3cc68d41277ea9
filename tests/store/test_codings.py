"""store/codings.py: codings per coder and layer. One live coding per passage, code, coder
and layer (a one-line refusal); removal is soft and restorable; lists are ordered and
filtered; ids resolve by prefix; codes can be moved wholesale."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from qualcode.errors import AmbiguousError, NotFoundError, ValidationError
from qualcode.model import Coding
from qualcode.store import Store
from tests.store.conftest import add_doc, reopen


def _code(store: Store, ids: dict[str, str], start: int, end: int, **kw: str) -> str:
    return store.codings.insert(
        document_id=ids["doc"],
        start=start,
        end=end,
        code_id=kw.pop("code_id", ids["code"]),
        coder_id=kw.pop("coder_id", ids["karin"]),
        **kw,
    )


def test_insert_and_list_ordered_by_position_then_key(store: Store, ids: dict[str, str]) -> None:
    late = _code(store, ids, 5, 9)
    styr = _code(store, ids, 0, 4)
    arb = _code(store, ids, 0, 4, code_id=ids["other"])
    store = reopen(store)
    listed = store.codings.list()
    assert [c.id for c in listed] == [arb, styr, late]
    assert (listed[1].code, listed[1].coder, listed[1].layer, listed[1].origin) == (
        "styrning",
        "karin",
        "coder",
        "manual",
    )
    assert [Coding(*row) for row in store.codings.rows()] == listed
    store.close()


LOW, HIGH = "00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff"


@pytest.mark.parametrize(("alfa_id", "beta_id"), [(LOW, HIGH), (HIGH, LOW)])
def test_codings_follow_the_documents_order_not_their_random_ids(
    store: Store, ids: dict[str, str], alfa_id: str, beta_id: str
) -> None:
    # ids are random uuids: ordered by id, "the first coding" lay in another document in
    # every project (a test that took it passed on one demo build, failed on the next)
    beta = add_doc(store, "beta.txt", "Beta har en text.", doc_id=beta_id)
    alfa = add_doc(store, "alfa.txt", "Alfa har en annan.", doc_id=alfa_id)
    for doc in (beta, alfa):
        store.codings.insert(
            document_id=doc, start=0, end=4, code_id=ids["code"], coder_id=ids["olle"]
        )
        store.codings.insert(
            document_id=doc, start=0, end=4, code_id=ids["code"], coder_id=ids["karin"]
        )
    listed = store.codings.list(document_ids=[alfa, beta])
    docs = [d.id for d in store.documents.summaries() if d.id in (alfa, beta)]
    assert docs == [alfa, beta]  # docs list: by name
    assert [(c.document_id, c.coder) for c in listed] == [
        (alfa, "karin"),
        (alfa, "olle"),
        (beta, "karin"),
        (beta, "olle"),
    ]
    by_coder = store.codings.rows(coder_ids=[ids["olle"]], fields=["document_id"])
    assert by_coder == [(alfa,), (beta,)]
    everyone = [c.document_id for c in store.codings.list(code_ids=[ids["code"]])]
    assert everyone == [alfa, alfa, beta, beta]


def test_second_live_identical_coding_is_refused_in_one_line(
    store: Store, ids: dict[str, str]
) -> None:
    _code(store, ids, 0, 4)
    with pytest.raises(ValidationError, match="already coded with this code by this coder"):
        _code(store, ids, 0, 4)
    # another coder, another layer or another code is no duplicate
    _code(store, ids, 0, 4, coder_id=ids["olle"])
    _code(store, ids, 0, 4, layer="consensus")
    _code(store, ids, 0, 4, code_id=ids["other"])
    assert len(store.codings.list()) == 4


def test_soft_delete_hides_keeps_and_frees_the_passage(store: Store, ids: dict[str, str]) -> None:
    first = _code(store, ids, 0, 4)
    store.codings.soft_delete(first)
    assert store.codings.list() == []
    gone = store.codings.list(include_deleted=True)
    assert [c.id for c in gone] == [first] and gone[0].deleted_at is not None
    again = _code(store, ids, 0, 4)  # the removed one no longer blocks the passage
    assert [c.id for c in store.codings.list()] == [again]
    with pytest.raises(ValidationError):
        store.codings.restore(first)  # two live identical codings would come back
    store.codings.soft_delete(again)
    store.codings.restore(first)
    assert [c.id for c in store.codings.list()] == [first]


def test_filters_by_document_coder_code_and_layer(store: Store, ids: dict[str, str]) -> None:
    second_doc = add_doc(store, "b.txt", "En annan text här.")
    a = _code(store, ids, 0, 4)
    b = _code(store, ids, 0, 4, coder_id=ids["olle"])
    c = _code(store, ids, 0, 4, layer="consensus")
    d = store.codings.insert(
        document_id=second_doc, start=0, end=2, code_id=ids["other"], coder_id=ids["karin"]
    )

    def listed(**kw: Any) -> set[str]:
        return {x.id for x in store.codings.list(**kw)}

    assert listed(document_ids=[second_doc]) == {d}
    assert listed(coder_ids=[ids["olle"]]) == {b}
    assert listed(code_ids=[ids["code"]]) == {a, b, c}
    assert listed(layer="consensus") == {c}
    assert listed(document_ids=[]) == set()
    assert store.codings.coded_documents() == 2


def test_resolve_by_id_and_prefix(store: Store, ids: dict[str, str]) -> None:
    one = _code(store, ids, 0, 4, coding_id="abcd1234-0000")
    _code(store, ids, 5, 9, coding_id="abcd9999-0000")
    assert store.codings.resolve(one).id == one
    assert store.codings.resolve("abcd12").id == one
    with pytest.raises(AmbiguousError, match="matches 2 codings"):
        store.codings.resolve("abcd")
    with pytest.raises(NotFoundError, match="no coding 'zzzz'"):
        store.codings.resolve("zzzz")
    with pytest.raises(NotFoundError):
        store.codings.resolve("%")


def test_move_code_repoints_every_coding(store: Store, ids: dict[str, str]) -> None:
    a = _code(store, ids, 0, 4)
    b = _code(store, ids, 5, 9)
    store.codings.soft_delete(b)
    moved, twins = store.codings.move_code(ids["code"], ids["other"])
    assert sorted(moved) == sorted([a, b])
    assert twins == []  # no passage was coded with both codes
    assert {c.code for c in store.codings.list(include_deleted=True)} == {"arbetsmiljo"}
    assert store.codings.counts_by_code() == {ids["other"]: 1}


def test_unknown_document_code_or_coder_is_refused(store: Store, ids: dict[str, str]) -> None:
    for bad in ({"document_id": "nodoc"}, {"code_id": "nocode"}, {"coder_id": "nobody"}):
        fields = {"document_id": ids["doc"], "code_id": ids["code"], "coder_id": ids["karin"]}
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            store.codings.insert(start=0, end=4, **(fields | bad))
    assert store.codings.list(include_deleted=True) == []


def test_rater_spans_numbers_rows_and_puts_consensus_at_zero(
    store: Store, ids: dict[str, str]
) -> None:
    _code(store, ids, 0, 4)
    _code(store, ids, 0, 4, layer="consensus", origin="decision")
    spans = sorted(store.codings.rater_spans([ids["doc"]], [ids["code"]]))
    (doc_row,) = store.codings.row_numbers("documents", [ids["doc"]])
    (code_row,) = store.codings.row_numbers("codes", [ids["code"]])
    (karin_row,) = store.codings.row_numbers("coders", ["karin"])
    assert spans == [(doc_row, code_row, 0, 0, 4, 3), (doc_row, code_row, karin_row, 0, 4, 0)]
    assert store.codings.rater_spans([], [ids["code"]]) == []


def test_insert_rolls_back_with_its_transaction(store: Store, ids: dict[str, str]) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        _code(store, ids, 0, 4)
        raise RuntimeError("boom")
    assert store.codings.list(include_deleted=True) == []

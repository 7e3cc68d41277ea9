"""store/suggestions.py: pending suggestions a new run replaces (decided ones stay), lookups
by id prefix, decisions, the fingerprint of what the engine learns from, and the stored
engines and embedding cache (never unpickled; a damaged row reads as nothing)."""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np
import pytest

from qualcode.errors import AmbiguousError, NotFoundError
from qualcode.store import Store
from tests.store.conftest import add_doc, reopen


def _row(ids: dict[str, str], start: int, code: str = "code", **kw: Any) -> dict[str, Any]:
    return {
        "document_id": ids["doc"],
        "start": start,
        "end": start + 4,
        "code_id": ids[code],
        "score": 0.75,
        "method": "keyword",
        "evidence": {"keywords": ["nämnd"]},
        "model_version": "t1",
    } | kw


def test_replace_pending_stores_reads_back_and_replaces(store: Store, ids: dict[str, str]) -> None:
    first = store.suggestions.replace_pending(
        [ids["doc"]], [ids["code"]], [_row(ids, 8), _row(ids, 0)]
    )
    store = reopen(store)
    listed = store.suggestions.list()
    assert [s.start for s in listed] == [0, 8] and {s.id for s in listed} == set(first)
    assert listed[0].evidence == {"keywords": ["nämnd"]} and listed[0].status == "pending"
    assert (listed[0].code, listed[0].score, listed[0].decided_by) == ("styrning", 0.75, None)
    store.suggestions.decide(first[0], "accepted", ids["karin"])
    second = store.suggestions.replace_pending([ids["doc"]], [ids["code"]], [_row(ids, 2)])
    left = {s.id: s.status for s in store.suggestions.list()}
    assert left == {first[0]: "accepted", second[0]: "pending"}
    store.close()


def test_replace_only_touches_the_codes_it_was_run_for(store: Store, ids: dict[str, str]) -> None:
    other = store.suggestions.replace_pending([ids["doc"]], [ids["other"]], [_row(ids, 0, "other")])
    store.suggestions.replace_pending([ids["doc"]], [ids["code"]], [])
    assert [s.id for s in store.suggestions.list()] == other
    assert store.suggestions.drop_pending_for_code(ids["other"]) == 1
    assert store.suggestions.list() == []


def test_list_filters_by_status_document_and_many_ids(store: Store, ids: dict[str, str]) -> None:
    made = store.suggestions.replace_pending(
        [ids["doc"]], [ids["code"]], [_row(ids, i) for i in range(700)]
    )
    store.suggestions.decide(made[3], "rejected", ids["karin"])
    assert len(store.suggestions.list(ids=made)) == 700  # beyond one chunk of ids
    assert [s.start for s in store.suggestions.list(ids=made[:3])] == [0, 1, 2]
    rejected = store.suggestions.list(status="rejected")
    assert [(s.id, s.decided_by) for s in rejected] == [(made[3], "karin")]
    assert store.suggestions.list(document_ids=["nodoc"]) == []


LOW, HIGH = "00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff"


@pytest.mark.parametrize(("alfa_id", "beta_id"), [(LOW, HIGH), (HIGH, LOW)])
def test_suggestions_follow_the_documents_order_not_their_random_ids(
    store: Store, ids: dict[str, str], alfa_id: str, beta_id: str
) -> None:
    # by document id (a random uuid) the documents came in another order in every project
    beta = add_doc(store, "beta.txt", "Beta har en text.", doc_id=beta_id)
    alfa = add_doc(store, "alfa.txt", "Alfa har en annan.", doc_id=alfa_id)
    made = [
        *store.suggestions.replace_pending([beta], [ids["code"]], [_row({**ids, "doc": beta}, 0)]),
        *store.suggestions.replace_pending([alfa], [ids["code"]], [_row({**ids, "doc": alfa}, 0)]),
    ]
    both = [alfa, beta]
    assert [s.document_id for s in store.suggestions.list()] == [alfa, beta]
    assert [s.document_id for s in store.suggestions.list(document_ids=both)] == both
    assert [s.document_id for s in store.suggestions.list(status="pending")] == both
    assert [s.document_id for s in store.suggestions.list(ids=made)] == both


def test_resolve_by_prefix_and_unknown(store: Store, ids: dict[str, str]) -> None:
    (made,) = store.suggestions.replace_pending([ids["doc"]], [ids["code"]], [_row(ids, 0)])
    assert store.suggestions.resolve(made[:6]).id == made
    with pytest.raises(NotFoundError, match=r"^no suggestion 'zzzz'$") as told:
        store.suggestions.resolve("zzzz")
    assert told.value.action == ("suggest",)
    store.suggestions.replace_pending([ids["doc"]], [ids["other"]], [_row(ids, 0, "other")])
    with store.database.conn:  # two ids that begin alike
        store.database.conn.execute("UPDATE suggestions SET id = 'abcd' || substr(id, 5)")
    with pytest.raises(AmbiguousError, match="matches 2 suggestions"):
        store.suggestions.resolve("abcd")
    with pytest.raises(NotFoundError):  # "" (an empty shell variable) begins no id
        store.suggestions.resolve("")


def test_unknown_status_code_or_document_is_refused(store: Store, ids: dict[str, str]) -> None:
    (made,) = store.suggestions.replace_pending([ids["doc"]], [ids["code"]], [_row(ids, 0)])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        store.suggestions.decide(made, "maybe", ids["karin"])
    # a failed run inside its transaction leaves the earlier pending suggestions in place
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), store.transaction():
        store.suggestions.replace_pending([ids["doc"]], [ids["code"]], [_row(ids, 0, code_id="x")])
    assert [s.status for s in store.suggestions.list()] == ["pending"]


def test_training_state_follows_what_the_engine_learns_from(
    store: Store, ids: dict[str, str]
) -> None:
    start = store.suggestions.training_state()
    (made,) = store.suggestions.replace_pending([ids["doc"]], [ids["code"]], [_row(ids, 0)])
    assert store.suggestions.training_state() == start  # pending output teaches nothing
    store.suggestions.decide(made, "rejected", ids["karin"])
    decided = store.suggestions.training_state()
    assert decided != start
    coding = store.codings.insert(
        document_id=ids["doc"], start=0, end=4, code_id=ids["code"], coder_id=ids["karin"]
    )
    coded = store.suggestions.training_state()
    assert coded != decided
    store.codings.soft_delete(coding)
    assert store.suggestions.training_state() == decided
    store.coders.set_status(ids["doc"], ids["karin"], "done")
    assert store.suggestions.training_state() != decided
    assert store.suggestions.finished_documents() == {"karin": {ids["doc"]}}


def test_models_round_trip_replace_and_drop(store: Store) -> None:
    assert store.suggestions.model("", "core") is None
    store.suggestions.save_model("", "core", "f1", {"classes": ["a"]}, {"w": np.arange(3.0)})
    store.suggestions.save_model("", "core", "f2", {"classes": ["b"]}, {"w": np.ones(2)})
    got = store.suggestions.model("", "core")
    assert got is not None and got.fingerprint == "f2" and got.meta == {"classes": ["b"]}
    assert got.arrays["w"].tolist() == [1.0, 1.0]
    assert store.suggestions.model("karin", "core") is None
    store.suggestions.drop_models()
    assert store.suggestions.model("", "core") is None


def test_damaged_or_pickled_model_rows_read_as_none(store: Store) -> None:
    conn = store.database.conn
    sql = "INSERT OR REPLACE INTO suggest_models VALUES (?, 'core', 'f', '{}', ?, 'now')"
    conn.execute(sql, ["", b"garbage, not an npz"])
    assert store.suggestions.model("", "core") is None
    import io

    buffer = io.BytesIO()
    np.savez(buffer, w=np.array([{"a": 1}], dtype=object))  # needs pickle to read
    conn.execute(sql, ["", buffer.getvalue()])
    assert store.suggestions.model("", "core") is None


def test_embedding_cache_by_model_and_key(store: Store) -> None:
    assert store.suggestions.has_embedding_cache()
    vector = np.ones(4, dtype=np.float16).tobytes()
    store.suggestions.save_embeddings("m1", {"k1": vector})
    store.suggestions.save_embeddings("m1", {"k1": vector[::-1], "k2": vector})
    keys = [f"k{i}" for i in range(600)]
    assert store.suggestions.embeddings("m1", keys) == {"k1": vector[::-1], "k2": vector}
    assert store.suggestions.embeddings("m2", ["k1"]) == {}

"""store/decisions.py: the lead's decisions; a later decision supersedes an earlier one and
never erases it; decisions are listed oldest first with the code's key and lead's name."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from qualcode.store import Store
from tests.store.conftest import add_code, add_doc, reopen


@pytest.fixture
def setting(store: Store) -> tuple[str, str, str]:
    """(document, code, lead) ids."""
    return add_doc(store), add_code(store), store.coders.add("anna", "lead").id


def _decide(store: Store, setting: tuple[str, str, str], case: str, **kw: Any) -> str:
    doc, code, lead = setting
    fields: dict[str, Any] = {
        "case_id": case,
        "document_id": doc,
        "start": 0,
        "end": 4,
        "code_id": code,
        "verdict": "accept",
        "rationale": "Passar definitionen.",
        "decided_by": lead,
    }
    return store.decisions.insert(**(fields | kw))


def test_insert_and_read_back_with_key_name_and_participants(
    store: Store, setting: tuple[str, str, str]
) -> None:
    first = _decide(store, setting, "c1", digest="abc", participants=("karin", "olle"))
    second = _decide(store, setting, "c2", code_id=None, verdict="reject", start=5, end=9)
    store = reopen(store)
    current = store.decisions.current()
    assert [d.id for d in current] == [first, second]
    assert current[0].code == "styrning" and current[0].decided_by == "anna"
    assert current[0].participants == ("karin", "olle") and current[0].digest == "abc"
    assert current[1].code is None and current[1].participants == ()
    assert (current[1].start, current[1].end, current[1].verdict) == (5, 9, "reject")
    store.close()


def test_supersede_keeps_history_and_returns_ids(
    store: Store, setting: tuple[str, str, str]
) -> None:
    old = _decide(store, setting, "c1")
    other = _decide(store, setting, "c2", start=5, end=9)
    assert store.decisions.supersede("c1") == [old]
    assert store.decisions.supersede("c1") == []
    new = _decide(store, setting, "c1", verdict="reject")
    assert [d.id for d in store.decisions.current()] == [other, new]
    history = {d.id: d.superseded_at for d in store.decisions.all()}
    assert set(history) == {old, other, new}
    assert history[old] is not None and history[new] is None
    assert store.decisions.supersede("no-such-case") == []


def test_supersede_by_extent_catches_an_older_case_id(
    store: Store, setting: tuple[str, str, str]
) -> None:
    doc = setting[0]
    old = _decide(store, setting, "old-case-id")
    elsewhere = _decide(store, setting, "c9", start=5, end=9)
    assert store.decisions.supersede("new-case-id", (doc, 0, 4)) == [old]
    assert [d.id for d in store.decisions.current()] == [elsewhere]


def test_consensus_codings_of_lists_live_codings_made_by_decisions(
    store: Store, setting: tuple[str, str, str]
) -> None:
    doc, code, lead = setting
    decision = _decide(store, setting, "c1")
    made = store.codings.insert(
        document_id=doc,
        start=0,
        end=4,
        code_id=code,
        coder_id=lead,
        layer="consensus",
        origin="decision",
        decision_id=decision,
    )
    assert store.decisions.consensus_codings_of([decision]) == [made]
    assert store.decisions.consensus_codings_of([]) == []
    store.codings.soft_delete(made)
    assert store.decisions.consensus_codings_of([decision]) == []


def test_unknown_lead_or_document_is_refused(store: Store, setting: tuple[str, str, str]) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        _decide(store, setting, "c1", decided_by="ghost")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        _decide(store, setting, "c1", document_id="nodoc")
    assert store.decisions.all() == []


def test_decision_and_supersede_roll_back_together(
    store: Store, setting: tuple[str, str, str]
) -> None:
    old = _decide(store, setting, "c1")
    with pytest.raises(RuntimeError), store.transaction():
        store.decisions.supersede("c1")
        _decide(store, setting, "c1", verdict="reject")
        raise RuntimeError("boom")
    assert [(d.id, d.superseded_at) for d in store.decisions.all()] == [(old, None)]

"""store/codes.py: the stored codebook. Codes upsert by key (created / updated /
unchanged), carry per-language texts, keywords and examples in order; one live code per key;
retired codes are soft-deleted and remember where they were merged; statuses and parents."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode.errors import NotFoundError
from qualcode.model import CodeSpec
from qualcode.store import Store
from tests.store.conftest import add_code, reopen

SPEC = CodeSpec(
    key="styrning",
    names={"sv": "Styrning", "en": "Governance"},
    definitions={"sv": "Hur uppdraget styrs."},
    keywords={"sv": ("politiker", "nämnd"), "en": ("politicians",)},
    examples={"sv": ("Politikerna bestämde.",)},
    color="#336699",
    shortcut="s",
)


def test_upsert_creates_reads_back_and_reports_unchanged(store: Store) -> None:
    code_id, action = store.codes.upsert(SPEC, None)
    assert action == "created"
    store = reopen(store)
    code = store.codes.get("styrning")
    assert code.id == code_id and code.parent_id is None
    assert code.names == {"sv": "Styrning", "en": "Governance"}
    assert code.definitions == {"sv": "Hur uppdraget styrs."}
    assert code.keywords == {"sv": ("politiker", "nämnd"), "en": ("politicians",)}
    assert code.examples == {"sv": ("Politikerna bestämde.",)}
    assert (code.color, code.shortcut, code.deleted_at) == ("#336699", "s", None)
    assert store.codes.upsert(SPEC, None) == (code_id, "unchanged")
    store.close()


def test_upsert_updates_in_place_texts_and_lists(store: Store) -> None:
    code_id, _ = store.codes.upsert(SPEC, None)
    renamed = CodeSpec(key="styrning", names={"sv": "Styrning"}, keywords=SPEC.keywords)
    assert store.codes.upsert(renamed, None) == (code_id, "updated")
    code = store.codes.get("styrning")
    assert code.names == {"sv": "Styrning"} and code.examples == {}
    reordered = CodeSpec(key="styrning", names={"sv": "Styrning"}, keywords={"sv": ("nämnd",)})
    assert store.codes.upsert(reordered, None) == (code_id, "updated")
    assert store.codes.get("styrning").keywords == {"sv": ("nämnd",)}
    assert len(store.codes.list()) == 1


def test_list_is_in_creation_order_and_hides_retired(store: Store) -> None:
    first = add_code(store, "zeta")
    second = add_code(store, "alfa")
    assert [c.id for c in store.codes.list()] == [first, second]
    store.codes.retire(first, merged_into=second)
    assert [c.key for c in store.codes.list()] == ["alfa"]
    retired = [c for c in store.codes.list(include_deleted=True) if c.id == first]
    assert retired[0].deleted_at is not None
    merged = store.database.conn.execute(
        "SELECT merged_into FROM codes WHERE id = ?", [first]
    ).fetchone()[0]
    assert merged == second
    with pytest.raises(NotFoundError, match="unknown code 'zeta'"):
        store.codes.id_for_key("zeta")


def test_retired_key_can_be_used_again_but_two_live_cannot(store: Store) -> None:
    old = add_code(store, "styrning")
    store.codes.retire(old, None)
    new = add_code(store, "styrning")
    assert new != old and store.codes.id_for_key("styrning") == new
    other = add_code(store, "annat")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.codes.rename(other, "styrning")
    assert store.codes.get("annat").id == other


def test_rename_names_parents_and_reparenting(store: Store) -> None:
    parent = add_code(store, "org")
    child = add_code(store, "styrning", parent_id=parent)
    sibling = add_code(store, "budget", parent_id=parent)
    other = add_code(store, "ny_org")
    store.codes.rename(child, "styrning_uppifran")
    store.codes.set_names(child, {"en": "Top-down"})
    got = store.codes.get("styrning_uppifran")
    assert got.names == {"sv": "Styrning", "en": "Top-down"} and got.parent_id == parent
    assert sorted(store.codes.reparent_children(parent, other)) == sorted([child, sibling])
    assert {c.parent_id for c in store.codes.list() if c.id in (child, sibling)} == {other}
    store.codes.set_parent(child, None)
    assert store.codes.get("styrning_uppifran").parent_id is None


def test_unknown_parent_is_refused(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.codes.upsert(CodeSpec(key="x"), "no-such-parent")
    assert store.codes.list(include_deleted=True) == []


def test_statuses_default_active_and_keep_the_proposer(store: Store) -> None:
    a = add_code(store, "a")
    b = add_code(store, "b")
    assert store.codes.statuses() == {a: ("active", None), b: ("active", None)}
    store.codes.set_status(b, "proposed", proposed_by="karin")
    store.codes.set_status(b, "theme")
    assert store.codes.statuses()[b] == ("theme", "karin")
    assert store.codes.is_theme(b) and not store.codes.is_theme(a)
    store.codes.retire(b, None)
    assert set(store.codes.statuses()) == {a}


def test_title_is_kept_and_replaced(store: Store) -> None:
    assert store.codes.title() is None
    store.codes.set_title("Socialtjänst")
    store.codes.set_title("Socialtjänst 2")
    assert store.codes.title() == "Socialtjänst 2"


def test_upsert_rolls_back_with_its_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.codes.upsert(SPEC, None)
        raise RuntimeError("boom")
    assert store.codes.list(include_deleted=True) == []
    count = store.database.conn.execute("SELECT count(*) FROM code_keywords").fetchone()[0]
    assert count == 0

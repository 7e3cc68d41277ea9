"""The store's kept name scans (store/name_scans.py): derived data, so a scan that cannot
be kept is not kept, and the project's next action never finds a transaction left open."""

from __future__ import annotations

from qualcode.store import Store


def test_a_scan_that_cannot_be_written_is_not_kept_and_leaves_no_transaction() -> None:
    store = Store.memory()
    assert store.name_scans.keep({"a" * 64: "\ud800"}, "rules", []) is False
    assert not store.database.conn.in_transaction
    assert store.name_scans.keep({"b" * 64: "[]"}, "rules", ["b" * 64]) is True
    assert store.name_scans.get(["a" * 64, "b" * 64], "rules") == {"b" * 64: "[]"}


def test_scans_of_texts_gone_or_of_other_rules_are_dropped() -> None:
    store = Store.memory()
    store.name_scans.keep({"a": "1", "b": "2"}, "old", ["a", "b"])
    store.name_scans.keep({"c": "3"}, "new", ["a", "c"])
    assert store.name_scans.get(["a", "b", "c"], "old") == {}
    assert store.name_scans.get(["a", "b", "c"], "new") == {"c": "3"}

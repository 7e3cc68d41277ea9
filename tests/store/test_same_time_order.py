"""Rows written at the same time are listed in one order, the same in every copy of the
project: ordered by their time alone, two memos merged from a package with their own
times (or the codings a search writes at once) came back in whatever order the rows had
come into this file, so a lead and a coder holding the same memos listed them apart."""

from __future__ import annotations

from qualcode.store import Store

AT = "2026-03-02T10:00:00+00:00"
# the row written first gets the id that sorts last: the order rows came in is not the answer
LATE, EARLY = "f" * 8 + "-0000-4000-8000-" + "0" * 12, "0" * 8 + "-0000-4000-8000-" + "0" * 12


def test_memos_of_one_time_are_listed_by_id(store: Store, ids: dict[str, str]) -> None:
    first = store.memos.add("document", ids["doc"], "karin", "skrivet först", created_at=AT)
    second = store.memos.add("document", ids["doc"], "karin", "skrivet sedan", created_at=AT)
    conn = store.database.conn
    conn.execute("UPDATE memos SET id = ? WHERE id = ?", [LATE, first.id])
    conn.execute("UPDATE memos SET id = ? WHERE id = ?", [EARLY, second.id])
    assert [m.id for m in store.memos.list()] == [EARLY, LATE]
    assert [m["id"] for m in store.exchange.memos_by("karin")] == [EARLY, LATE]


def test_a_coders_codings_of_one_time_go_into_her_package_by_id(
    store: Store, ids: dict[str, str]
) -> None:
    for coding_id, start in ((LATE, 0), (EARLY, 4)):
        store.codings.insert(
            document_id=ids["doc"],
            start=start,
            end=start + 3,
            code_id=ids["code"],
            coder_id=ids["karin"],
            coding_id=coding_id,
            created_at=AT,
        )
    assert [c["id"] for c in store.exchange.coder_codings(ids["karin"])] == [EARLY, LATE]

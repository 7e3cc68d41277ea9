"""``codings.each``: every live coding, as ``list()`` gives them, made one at a time from
the cursor. A .qdpx export of 200k codings held every row, its ``Coding`` and its moved
copy at once (320 MB max RSS, its peak); it now keeps only the copies. A removed coding
and a removed document's are left out, as ``list()`` leaves them."""

from __future__ import annotations

from collections.abc import Iterator

from qualcode.store import Store
from tests.store.conftest import reopen


def test_each_is_list_one_at_a_time(store: Store, ids: dict[str, str]) -> None:
    def code(start: int, end: int, code_id: str, coder: str) -> str:
        return store.codings.insert(
            document_id=ids["doc"], start=start, end=end, code_id=code_id, coder_id=ids[coder]
        )

    code(5, 9, ids["code"], "karin")
    code(0, 4, ids["code"], "karin")
    gone = code(0, 4, ids["other"], "karin")
    code(0, 4, ids["other"], "olle")
    store.codings.soft_delete(gone)
    store = reopen(store)
    each = store.codings.each()
    assert isinstance(each, Iterator) and not isinstance(each, list)
    listed = store.codings.list()
    assert list(each) == listed
    assert gone not in {c.id for c in listed} and len(listed) == 3

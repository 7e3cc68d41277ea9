"""What a .qdpx that qualcode writes keeps of the team's work beside the REFI-QDA standard,
in its own member (``qualcode/project.json``), so that reading the file back, as a lead
does to segment old documents afresh, changes no figure of the methods section: each
coder's status of each document sent (agreement counts the coders who finished a
document), how each coding sent was made (by hand, accepted from a suggestion, a
search's, a lead's decision), and the passage a memo on a passage is about (the standard's
note on a source has no span: it came back as a memo on the whole document). Read back by
``refi_own.py``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key
    from qualcode.model import DocumentSummary
    from qualcode.store import Store


def kept_work(
    store: Store,
    key: Key,
    users: Iterable[str],
    summaries: Sequence[DocumentSummary],
    coding_ids: set[str],
) -> dict[str, Any]:
    """The members' entries: ``statuses`` (document id -> coder id -> status) of the
    ``users`` (coder ids) the file names, ``origins`` (coding id -> origin) of the
    codings sent that were not made by hand, which the import takes as the rest's, and
    ``passages`` (memo id -> start, end) of the memos on a passage of a document sent,
    moved onto the words they stand on in its text through ``key``, as its codings are."""
    documents = [d.id for d in summaries]
    marks = {user: store.coders.statuses(user) for user in users}
    rows = store.codings.rows(fields=("id", "origin"), ordered=False)
    return {
        "statuses": {d: {u: by[d] for u, by in marks.items() if d in by} for d in documents},
        "origins": {i: o for i, o in rows if i in coding_ids and o != "manual"},
        "passages": _passages(store, key, summaries),
    }


def _passages(store: Store, key: Key, summaries: Sequence[DocumentSummary]) -> dict[str, list[int]]:
    """Each passage memo's span on its document's text as the file holds it; only the
    documents that have one are read through the key again."""
    spans: dict[str, list[tuple[str, int, int]]] = {}  # document id -> (memo id, start, end)
    for memo in store.memos.list("document"):
        if memo.start is not None and memo.end is not None:
            spans.setdefault(memo.target_id, []).append((memo.id, memo.start, memo.end))
    found: dict[str, list[int]] = {}
    for summary in summaries:
        if summary.id not in spans:
            continue
        stored = store.documents.text_of(summary.id)
        _, move = key.in_language(summary.lang).apply_mapped(stored)
        for memo_id, start, end in spans[summary.id]:
            found[memo_id] = [move(start), move(end)]
    return found

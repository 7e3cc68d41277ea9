"""What a .qdpx that qualcode writes keeps of the team's work beside the REFI-QDA standard,
in its own member (``qualcode/project.json``), so that reading the file back, as a lead
does to segment old documents afresh, changes no figure of the methods section: each
coder's status of each document sent (agreement counts the coders who finished a
document) and how each coding sent was made (by hand, accepted from a suggestion, a
search's, a lead's decision). Read back by ``refi_own.py``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def kept_work(
    store: Any, users: Iterable[str], documents: Iterable[str], coding_ids: set[str]
) -> dict[str, Any]:
    """The members' entries: ``statuses`` (document id -> coder id -> status) of the
    ``users`` (coder ids) the file names, and ``origins`` (coding id -> origin) of the
    codings sent that were not made by hand, which the import takes as the rest's."""
    marks = {user: store.coders.statuses(user) for user in users}
    rows = store.codings.rows(fields=("id", "origin"), ordered=False)
    return {
        "statuses": {d: {u: by[d] for u, by in marks.items() if d in by} for d in documents},
        "origins": {i: o for i, o in rows if i in coding_ids and o != "manual"},
    }

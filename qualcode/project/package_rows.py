"""Where a package row stands: on a document and a code the package lists, over a span.

A coding and a rejected suggestion are both a passage of a document under a code; each
was checked by a copy of the same three refusals (5ec623a), so a change to one (a new
refusal, other words) would have left the other behind. One check serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from qualcode.errors import ValidationError
from qualcode.graphemes import whole_characters


def check_placed(
    row: dict[str, Any], where: str, docs: Collection[str], codes: Collection[str]
) -> None:
    """Refuse ``row`` (named ``where``) unless its document and code are among the
    package's own (``docs``, ``codes``) and its offsets make a span."""
    if row["document_id"] not in docs:
        raise ValidationError(f"{where}: document {row['document_id']!r} is not listed")
    if row["code_id"] not in codes:
        raise ValidationError(f"{where}: code {row['code_id']!r} is not listed")
    if not 0 <= row["start"] < row["end"]:
        raise ValidationError(f"{where}: offsets {row['start']}-{row['end']} are no span")


def widened(
    package: dict[str, Any], docs: Mapping[str, str], text_of: Callable[[str], str]
) -> dict[str, Any]:
    """``package`` with each coding's and passage memo's span widened to the whole
    characters it touches in this project's copy of its document (``docs``: the package's
    document ids to this project's), as a coding made here is (``coding.whole_span``): a
    package from an older qualcode, or edited by hand, may end one inside an emoji or a
    letter and its mark. Each document's text is read once; a span its document does not
    hold is left as it is, for the merge's own refusal."""
    codings = [dict(row) for row in package["codings"]]
    memos = [dict(memo) for memo in package["memos"]]
    placed: dict[str, list[dict[str, Any]]] = {}
    for row in codings:
        placed.setdefault(docs.get(row["document_id"], ""), []).append(row)
    for memo in memos:
        if memo["target_kind"] == "document" and memo.get("start") is not None:
            placed.setdefault(docs.get(memo["target_id"], ""), []).append(memo)
    for doc_id, rows in placed.items():
        text = text_of(doc_id) if doc_id else ""
        for row in rows:
            start, end = row["start"], row.get("end")
            if isinstance(end, int) and 0 <= start < end <= len(text):
                row["start"], row["end"] = whole_characters(text, start, end)
    return {**package, "codings": codings, "memos": memos}

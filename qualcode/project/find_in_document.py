"""The coding screen's search inside one document (``/``): which sentence comes next and
where it stands among all the sentences holding the words.

A coder who searches "ärendemängd" and lands on a sentence needs to know whether it is the
only one or the first of twelve, and where she is when she searches again; counting every
occurrence would say "3 of 14" for a sentence holding the word twice and then skip a number,
so a match is a unit (the sentence or turn the transcript moves by) holding the words.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocumentMatch:
    """The next match: where its words start in the text, its number (from 1) and how
    many units of the document hold the words."""

    offset: int
    number: int
    total: int


def next_match(
    text: str, needle: str, units: Sequence[tuple[int, int]], cursor: int
) -> DocumentMatch | None:
    """The first unit after unit ``cursor`` holding ``needle`` (case not minded), wrapping
    to the document's first; None when no unit holds it (or the needle is empty). Words
    between units (a speaker label) count with the unit before them, as the transcript
    moves there."""
    if not needle:
        return None
    text, needle = text.lower(), needle.lower()
    starts = [start for start, _ in units]
    firsts: dict[int, int] = {}  # unit index -> offset of its first match
    found = text.find(needle)
    while found >= 0:
        firsts.setdefault(max(0, bisect.bisect_right(starts, found) - 1), found)
        found = text.find(needle, found + 1)
    if not firsts:
        return None
    order = sorted(firsts)
    after = bisect.bisect_right(order, cursor)
    pick = after if after < len(order) else 0
    return DocumentMatch(firsts[order[pick]], pick + 1, len(order))

"""The coding screen's search inside one document (``/``): which sentence comes next and
where it stands among all the sentences holding the words.

A coder who searches "ärendemängd" and lands on a sentence needs to know whether it is the
only one or the first of twelve, and where she is when she searches again; counting every
occurrence would say "3 of 14" for a sentence holding the word twice and then skip a number,
so a match is a unit (the sentence or turn the transcript moves by) holding the words.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.errors import ValidationError
from qualcode.project.search_terms import term_pattern


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
    moves there.

    Case is matched by the pattern, not by lowering the text: ``str.lower`` makes 'İ' two
    code points, so every offset after an 'İstanbul' would land one place late; the
    lookahead keeps overlapping occurrences as ``str.find`` did."""
    if not needle:
        return None
    starts = [start for start, _ in units]
    firsts = _firsts(text, re.escape(needle), starts)
    if not firsts and ("*" in needle or "?" in needle):
        # not there as typed: its wildcards as every search reads them ("ärende*" found
        # nothing in a transcript full of "ärenden", eyes43); as typed first, so that a
        # question ("Var läste du?") is still found by its question mark
        with contextlib.suppress(ValidationError):  # no letter to look for: none found
            firsts = _firsts(text, term_pattern([needle]).pattern, starts)
    if not firsts:
        return None
    order = sorted(firsts)
    after = bisect.bisect_right(order, cursor)
    pick = after if after < len(order) else 0
    return DocumentMatch(firsts[order[pick]], pick + 1, len(order))


def _firsts(text: str, pattern: str, starts: Sequence[int]) -> dict[int, int]:
    """Unit index -> the offset of the first match of ``pattern`` (case not minded) in it."""
    firsts: dict[int, int] = {}
    for found in re.finditer(f"(?={pattern})", text, re.IGNORECASE):
        at = found.start()
        firsts.setdefault(max(0, bisect.bisect_right(starts, at) - 1), at)
    return firsts

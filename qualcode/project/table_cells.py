"""Table cells too short to be suggested a code on their own.

A plan or policy document imported from .docx keeps its tables as lines whose cells a tab
parts (``ingest/docx_text.py``), and a row, or the part of a row after a cell's full stop,
is a sentence unit like any other. A unit made only of short cells ("Ansvarig: politiken
och förvaltningschef" beside "Budget 2027", "Q1", a lone "Överanställning.") names who,
when or what, with no statement to code: it was suggested a turning point at 0.92 because
"politiken" and "förvaltningschef" are keywords of mission dialogue (small37). A row with
one cell of a sentence ("Inför mentorskap för nya socialsekreterare") keeps its
suggestions: that cell is what the plan says. Spoken turns are never tables: a short answer
in a transcript whose lines a tab lays out ("00:01:05<tab>R:<tab>Ja.") is speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qualcode.nlp.suggest import Candidate

# a cell under this many words is a label, a name, a date or a heading, not a statement
MIN_CELL_WORDS = 5
_CELL = re.compile(r"[^\t\n]+")


def only_short_cells(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies on table rows (lines holding a tab) and every
    cell it touches has fewer than ``MIN_CELL_WORDS`` words."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    rows = text[first : len(text) if last < 0 else last]
    if "\t" not in rows:
        return False
    touched = [
        cell.group()
        for cell in _CELL.finditer(rows)
        if first + cell.start() < end and start < first + cell.end()
    ]
    return all(len(cell.split()) < MIN_CELL_WORDS for cell in touched)


def short_cells(
    candidates: Sequence[Candidate], texts: dict[str, str]
) -> Callable[[str, int, int], bool]:
    """Whether a span (a unit, or the passage the engine merged units into) lies only on a
    written table's short cells (``only_short_cells``). Asked of each span whole: a
    suggestion that merges a row's statement with the short cells beside it is kept, one of
    short cells alone is not. A spoken turn is never a table."""
    spoken = {(c.document_id, c.start) for c in candidates if c.spoken}

    def short(doc_id: str, start: int, end: int) -> bool:
        return (doc_id, start) not in spoken and only_short_cells(texts[doc_id], start, end)

    return short

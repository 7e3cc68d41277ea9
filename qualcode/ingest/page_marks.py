"""A PDF's pages found again in its text saved without page breaks, by their numbers.

A report or a committee's minutes copied out of a PDF viewer (or saved with ``pdftotext
-nopgbrk``) keeps each page's number on a line of its own ("Sida 3 av 6", "3 (6)", "Page 3
of 6"), under or above a running head. The text is cut into its pages again where those
lines stand, so that the import reads it as a PDF's pages (``pdf_layout.pages_text``) and
leaves the numbers and the running heads out.

The marks are read as one series: lines of one form ("sida # av #") whose numbers climb
one page at a time (a page whose number was lost in the copy may be skipped where the marks
say how many pages there are) and agree on that total. A sentence that happens to end in a
page's number ("se tabellen på sida 2") is of another form and cuts nothing; before, it
took the series' place and the real "Sida 2 av 5" stayed in the middle of a page as text.
A text's own items counted so ("Fråga 2 av 3", "Question 2 of 3") are no pages either.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

__all__ = ["MIN_MARKED", "PAGE_MARK", "bare_mark_lines", "marked_pages"]

# a line that ends in its page's number, counted or named ("Sida 3(12)", "Page 3 of 12", "3 (12)"):
# a running head drawn on one line, or the page number under it, in text saved without pages
PAGE_MARK = re.compile(
    r"(?:^|\s)(?:(?:sida|sid\.?|page|s\.)\s*(\d{1,4})(?:\s*(?:\(\s*(\d{1,4})\s*\)|(?:av|of|/)\s*(\d{1,4})))?"
    r"|(\d{1,4})\s*(?:\(\s*(\d{1,4})\s*\)|(?:av|of)\s*(\d{1,4})))\s*$",
    re.IGNORECASE,
)
# a line that is nothing but a page's number and the count of pages ("Sida 2 av 2", "2 av 2",
# "Page 2 of 2", "2 (2)"): two such lines numbering a two-page text in full are its pages
BARE_MARK = re.compile(
    r"^(?:(?:sida|sid\.?|page|s\.)\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4})$",
    re.IGNORECASE,
)
# a text's own numbered items, counted as pages are ("Fråga 2 av 3", "Question 2 of 3", "Del 1
# (4)"): a survey's answers saved as .txt lost every question's number as a page's (review31)
ITEM_MARK = re.compile(
    r"(?:^|\s)(?:fråga|question|del|part|steg|step|bilaga|appendix|annex|kapitel|chapter|"
    r"avsnitt|section|punkt|item|uppgift|task|intervju|interview|fall|case|figur|figure|"
    r"tabell|table|bild|slide)\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4})\s*$",
    re.IGNORECASE,
)
MIN_MARKED = 3  # pages numbered one after another before a text's pages are found by them
MARK_WORDS = 8  # a line of more words ending in a number is a sentence, no page's mark


class Mark(NamedTuple):
    at: int  # the line's index
    page: int
    total: int | None  # the count of pages, where the mark gives it ("av 6", "(6)")
    bare: bool  # the line is the number alone


def marked_pages(text: str) -> list[str] | None:
    """The text cut into its pages before each page's numbered line, or None where no
    series of marks numbers at least ``MIN_MARKED`` pages (or a two-page text in full,
    "1 av 2" and "2 av 2" each on a line of its own)."""
    lines = text.split("\n")
    series = _marks(lines)
    if series is None:
        return None
    cuts = [0, *sorted(mark.at for mark in series), len(lines)]
    return ["\n".join(lines[a:b]) for a, b in pairwise(cuts)]


def bare_mark_lines(text: str) -> set[int]:
    """The indices of the lines that number a text's pages and say nothing else ("Sida 2
    av 5", "2 (5)"), where a series of them is found; none otherwise. A transcript saved
    from a PDF keeps them in the middle of a speaker's words, where they are dropped
    without reading its pages (its numbered questions, "Fråga 2 av 4", are no bare
    marks)."""
    series = _marks(text.split("\n"))
    if series is None or not all(mark.bare for mark in series):
        return set()
    return {mark.at for mark in series}


def _marks(lines: list[str]) -> list[Mark] | None:
    """The longest series of page marks among ``lines``, or None where it is too short."""
    forms: dict[str, list[Mark]] = {}
    for at, line in enumerate(lines):
        found = PAGE_MARK.search(line.strip())
        if found is None or len(line.split()) > MARK_WORDS or ITEM_MARK.search(line.strip()):
            continue
        page, total = (
            int(found.group(1) or found.group(4)),
            found.group(2) or found.group(3) or found.group(5) or found.group(6),
        )
        form = re.sub(r"\d+", "#", " ".join(line.split())).casefold()
        mark = Mark(at, page, int(total) if total else None, bool(BARE_MARK.match(line.strip())))
        forms.setdefault(form, []).append(mark)
    series = max((_series(marks) for marks in forms.values()), key=len, default=[])
    return series if _enough(series) else None


def _series(marks: list[Mark]) -> list[Mark]:
    """The marks of one form that number pages in order: the first page 1 or 2 (a cover
    goes unnumbered), each next one page on, or two where the marks give the count of pages
    (one page's mark lost), and every count the same and never below its page."""
    taken: list[Mark] = []
    for mark in marks:
        if mark.total is not None and mark.page > mark.total:
            continue
        if not taken:
            if mark.page <= 2:
                taken.append(mark)
            continue
        last = taken[-1]
        if mark.total != last.total:
            continue
        step = mark.page - last.page
        if step == 1 or (step == 2 and mark.total is not None):
            taken.append(mark)
    return taken


def _enough(series: list[Mark]) -> bool:
    if len(series) >= MIN_MARKED:
        return True
    # two bare marks of a two-page text, "1 av 2" and "2 av 2": the count says it is all
    return (
        len(series) == 2
        and all(mark.bare for mark in series)
        and [mark.page for mark in series] == [1, 2]
        and series[-1].total == 2
    )

"""A Word table's column widths, measured with the font so that no header word and no
figure breaks: each column at least as wide as its longest word, the room left going to the
columns of long text, figures' columns sharing theirs evenly, and a crowded table's words
giving way before its figures. Kept apart from ``render_docx.py``, which writes the document.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Any

import pandas as pd

from qualcode.export.cells import FIGURE_RUN


def _pieces(text: str) -> list[str]:
    """What a cell's lines may break between, as measured: its words, and a joined name's
    parts after each "_" (see ``render_docx._breakable``)."""
    return [part for word in text.split() for part in re.split(r"(?<=_)", word) if part]


NUMBER = re.compile(r"[−+-]?[\d\s.,%–]+")


def numeric_columns(rows: list[list[str]], width: int, undefined: str = "") -> set[int]:
    """Columns (after the first) holding only figures: counts per theme, coefficients, and
    among them ``undefined``, the word for a coefficient that has none (a code no coder
    applied), so such a column is centred as its neighbours are."""
    return {
        i
        for i in range(1, width)
        if rows
        and all(not r[i] or NUMBER.fullmatch(r[i]) or r[i] == undefined for r in rows)
        and any(r[i] for r in rows)
    }


def shared_evenly(
    widths: list[float], counts: set[int], frame: pd.DataFrame, rows: list[list[str]], size: int
) -> list[float]:
    """Columns of figures share their room as evenly as their header words allow, so that
    their headers wrap alike: the per-role table gave "fackligt ombud (n=1)" a column
    half as wide as "förvaltningschef (n=1)" for the same one-digit counts. A column whose
    longest word needs more keeps that; the others get equal shares of what is left. The
    other columns keep their measured widths, or their longest word's if the figures'
    columns need the room; if even that is too little, the measured widths stay."""
    if len(counts) < 2:
        return widths

    def floor(i: int) -> float:
        heads = [text_inches(w, size, True) for w in str(frame.columns[i]).split()]
        cells = [text_inches(w, size, i == 0) for r in rows for w in _pieces(r[i])]
        return max(heads + cells + [0.0]) + PADDING + 0.03  # set at its floor: no rounding off

    floors = [floor(i) for i in range(len(widths))]
    total = sum(widths)
    # best: every figure column as wide as the widest header set on one line (to a limit),
    # the other columns sharing the rest as measured
    whole = max(
        max(min(text_inches(str(frame.columns[i]), size, True) + PADDING, ONE_LINE), floors[i])
        for i in counts
    )
    others = [i for i in range(len(widths)) if i not in counts]
    out = _words_share(widths, floors, others, total - whole * len(counts)) if others else None
    if out is not None:
        return [round(whole if i in counts else out[i], 2) for i in range(len(widths))]
    room = total - sum(w for i, w in enumerate(widths) if i not in counts)
    if room >= sum(floors[i] for i in counts):
        wide: set[int] = set()
        while True:  # columns that need more than an even share keep their floor
            level = (room - sum(floors[i] for i in wide)) / (len(counts) - len(wide))
            more = {i for i in counts - wide if floors[i] > level}
            if not more:
                break
            wide |= more
        return [
            round(floors[i] if i in wide else level, 2) if i in counts else w
            for i, w in enumerate(widths)
        ]
    return _words_first(widths, floors, counts, total)


def _words_first(
    widths: list[float], floors: list[float], counts: set[int], total: float
) -> list[float]:
    """Where the measured widths leave the figures too little, the words need the room
    more: each column of figures is as wide as its longest header word, no wider, and the
    columns of words share the rest as measured. Setting the words at their longest word
    and giving the figures the rest set the agreement table's code names seven lines deep
    in a column of 1.2 inches beside six columns of "0.72" 0.6 to 1.1 inches wide."""
    figures = {i: floors[i] for i in counts}
    others = [i for i in range(len(widths)) if i not in counts]
    words = _words_share(widths, floors, others, total - sum(figures.values())) if others else None
    if words is None:
        return widths
    return [round(figures[i] if i in counts else words[i], 2) for i in range(len(widths))]


def _words_share(
    widths: list[float], floors: list[float], others: list[int], rest: float
) -> dict[int, float] | None:
    """The columns of words (``others``) sharing ``rest`` inches: each its floor, and the
    room over their floors in proportion to how much each measured beyond its own (evenly
    where none did); None where ``rest`` is less than their floors. Both of
    ``shared_evenly``'s ways of setting the figures give the words their room so."""
    if rest < sum(floors[i] for i in others):
        return None
    spare = rest - sum(floors[i] for i in others)
    extra = [max(widths[i] - floors[i], 0.0) for i in others]
    return {
        i: floors[i] + (spare * e / sum(extra) if sum(extra) else spare / len(others))
        for i, e in zip(others, extra, strict=True)
    }


ONE_LINE = 1.4  # inches: a figure column's header is kept on one line up to this wide
TAB_STOP = 0.5  # inches between Word's default tab stops
PADDING = 0.2  # inches of a cell's left and right margins, with a little to spare


@lru_cache(maxsize=4096)
def text_inches(text: str, size: int, bold: bool) -> float:
    """How wide ``text`` is set at ``size`` points, measured with DejaVu Sans (what
    LibreOffice puts in for Calibri; wider than Calibri, so Word has room to spare).
    Text of several lines (a rationale) is as wide as its widest line: the font has no
    glyph for a line break, and measured whole the breaks would count as missing letters.
    A tab reaches the next of Word's default stops, every half inch."""
    if "\n" in text:
        return max(text_inches(line, size, bold) for line in text.splitlines())
    if "\t" in text:
        *before, last = text.split("\t")
        width = 0.0
        for part in before:
            width = (int((width + text_inches(part, size, bold)) / TAB_STOP) + 1) * TAB_STOP
        return width + text_inches(last, size, bold)
    font = _font(size, bold)
    with warnings.catch_warnings():  # a letter the font lacks ("＝") is measured as its box,
        warnings.simplefilter("ignore", UserWarning)  # not warned of under the command
        font.set_text(text)
    return float(font.get_width_height()[0]) / 64 / 72


@lru_cache(maxsize=16)
def _font(size: int, bold: bool) -> Any:
    """DejaVu Sans at ``size`` points, opened once and measuring every text after: opened
    afresh for each text (the file read, its tables parsed) a .docx summary of 1,000
    documents spent 2 s CPU measuring 1,200 texts for its tables' widths; the same widths."""
    from matplotlib import font_manager, ft2font

    weight = "bold" if bold else "normal"
    font = ft2font.FT2Font(
        font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight=weight))
    )
    font.set_size(size, 72)
    return font


def column_widths(
    frame: pd.DataFrame, rows: list[list[str]], size: int = 9, total: float = 6.5
) -> tuple[list[float], bool]:
    """Column widths in inches at ``size`` points, and whether every column is at least as
    wide as its longest word (no number or header word is broken); what is left goes to
    the columns of long text (theme names, rationales) in proportion to how much they
    would otherwise wrap."""
    floors, extra = [], []
    for i, name in enumerate(frame.columns):
        cells = [r[i] for r in rows]
        first = i == 0  # the table style sets the first column in bold
        words = [text_inches(w, size, first) for text in cells for w in _pieces(text)]
        words += [text_inches(w, size, True) for w in str(name).split()]
        floor = max(words or [0.0]) + PADDING
        floors.append(floor)
        # a long header asks for room too: three lines of it, not five
        header = text_inches(str(name), size, True) / 3
        longest = max([text_inches(c, size, first) for c in cells] + [header])
        extra.append(max(longest + PADDING - floor, 0))
    spare = total - sum(floors)
    if spare < 0:
        return _squeezed(floors, _figures(rows, len(floors)), total), False
    if spare == 0 or not sum(extra):
        scale = total / sum(floors)
        return [round(f * scale, 2) for f in floors], True
    share = min(1.0, spare / sum(extra))
    widths = [f + e * share for f, e in zip(floors, extra, strict=True)]
    scale = total / sum(widths)
    return [round(w * scale, 2) for w in widths], True


def _figures(rows: list[list[str]], width: int) -> set[int]:
    """Columns holding only figures (counts, coefficients, dates): nothing in them wraps."""
    return {
        i
        for i in range(width)
        if rows
        and all(not r[i] or NUMBER.fullmatch(r[i]) or FIGURE_RUN.fullmatch(r[i]) for r in rows)
    }


def _squeezed(floors: list[float], figures: set[int], total: float) -> list[float]:
    """A crowded table's widths (its longest words need more than ``total``): the columns of
    words give up the room, as their lines wrap, and the columns of figures keep their
    longest figure's width while the others can give it; shrinking every column alike set
    the appendix's date column narrower than a date, and it broke as "2026-12-" / "02"."""
    kept = sum(floors[i] for i in figures)
    words = sum(f for i, f in enumerate(floors) if i not in figures)
    if not figures or not words or kept >= total:
        scale = total / sum(floors)
        return [round(f * scale, 2) for f in floors]
    scale = (total - kept) / words
    return [round(f if i in figures else f * scale, 2) for i, f in enumerate(floors)]

"""A transcript's text cut into screen rows, and a screen cell mapped back to its character.

Pure functions over the stored text and offsets, apart from the widget that draws them
(``transcript.py``): the rows are computed once per width and cached there as
``(start, end)`` offsets, and the mouse maps a cell through the same count of cells, so a
tab drawn three cells wide moves the wrap and the click alike.

Offsets count code points (the service's unit), cells what the terminal draws: an emoji
or a CJK character takes two, a combining mark or a skin tone none. They are counted as
Rich counts them (``rich.cells``), since Textual crops every row by that count: counted as
one a code point, a line of 👍🏽 or 漢字 ran past the screen's edge and lost its end, and
the mouse picked a character to the right of the one under it (small46). A row is cut
only between characters a reader sees as one (``qualcode.graphemes``), so a mark never
starts a row away from its letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from rich.cells import split_graphemes
from rich.style import Style

from qualcode.graphemes import boundary
from qualcode.tui.safe import plain
from qualcode.tui.widgets.paragraphs import paragraph_blocks

if TYPE_CHECKING:
    from qualcode.tui.widgets.transcript import Mark

# a tab (a table's cells, from a .docx or pasted text) drawn as a visible mark: sent as it is,
# the terminal jumped to its next tab stop over the characters before it and the row was
# garbled ("Insatsmiljön bAnsvariges"). It is drawn as a bar with a space either side, as
# a coder reads a table's cells apart ("Åtgärd ¦ Kostnad", not "Åtgärd¦Kostnad"); the wrap
# and the mouse count those three cells, every other character the cells it is drawn in
TAB = " ¦ "
TAB_EXTRA = len(TAB) - 1  # the cells a tab takes beyond the one of its character

# what may take other than one cell: anything outside Rich's own one-cell ranges (Latin
# with Swedish's letters, Greek, Cyrillic) and the dashes, quotes, dots and currency signs
# Swedish prose is full of ("”", "–", "…", "€"), tabs and line ends aside. Text without it,
# nearly every transcript, is cut by counting code points, about twenty times as fast
ONE_CELL = "\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e\u20a0-\u20c0"
_NOT_ONE_CELL = re.compile(f"[^\t\n{ONE_CELL}]")


def wrap_rows(
    text: str,
    usable: int,
    soft_lines: bool,
    speaker_lines: Collection[int],
    line_parts: Callable[[str, str], bool],
) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of each row ``usable`` cells wide: a paragraph (as
    ``paragraph_blocks`` parts them) broken after a space, tab or line end that fits, and
    an empty row before a speaker whose turn follows the one before line by line."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in paragraph_blocks(text, soft_lines, speaker_lines, line_parts):
        end_par = pos + len(paragraph)
        if pos in speaker_lines and lines and lines[-1][0] != lines[-1][1]:
            # a subtitle file's turns follow each other line by line ("Lena: ...",
            # "Birgitta: ..."): an empty row before each speaker, as a .txt has
            lines.append((pos, pos))
        if _NOT_ONE_CELL.search(text, pos, end_par):
            lines += _rows_by_cells(text, pos, end_par, usable)
        else:
            lines += _rows_by_characters(text, pos, end_par, usable)
        pos = end_par + 1
    return lines


def _rows_by_characters(text: str, start: int, end: int, usable: int) -> list[tuple[int, int]]:
    """The rows of ``[start, end)``, every character of it one cell but a tab: broken after
    the last space, tab or line end that fits, or where the row is full."""
    rows = []
    while not fits(text, start, end, usable):
        # the characters that fit in the row: each tab takes TAB_EXTRA cells more
        limit = start + usable
        limit = max(start + 1, limit - TAB_EXTRA * text.count("\t", start, limit))
        cut = max(
            text.rfind(" ", start, limit),
            text.rfind("\t", start, limit),
            text.rfind("\n", start, limit),
        )
        cut = cut + 1 if cut > start else limit
        rows.append((start, cut))
        start = cut
    rows.append((start, end))
    return rows


def _rows_by_cells(text: str, start: int, end: int, usable: int) -> list[tuple[int, int]]:
    """The rows of ``[start, end)`` as ``_rows_by_characters`` cuts them, counting each
    character's cells; a row too full for a space to break it is cut before the first
    character that does not fit, or before the whole one that character is part of."""
    spans = cell_spans(text, start, end)
    if not spans:
        return [(start, end)]
    cells = list(accumulate((w for _, _, w in spans), initial=0))
    rows = []
    first = 0  # the span the row starts with
    after_space = 0  # the span after the row's last space, tab or line end (0: none)
    for i, (at, _, _) in enumerate(spans):
        while cells[i + 1] - cells[first] > usable and i > first:
            cut = after_space if after_space > first else _whole_before(text, spans, first, i)
            rows.append((spans[first][0], spans[cut][0]))
            first, after_space = cut, 0
        if text[at] in " \t\n" and i > first:
            after_space = i + 1
    rows.append((spans[first][0], end))
    return rows


def _whole_before(text: str, spans: list[tuple[int, int, int]], first: int, i: int) -> int:
    """The span at or before ``spans[i]`` (after ``first``) that starts a character a
    reader sees as one: Rich draws a flag's two letters apart, a reader reads one flag."""
    cut = i
    while cut > first + 1 and not boundary(text, spans[cut][0]):
        cut -= 1
    return cut if boundary(text, spans[cut][0]) else i


def cell_spans(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(start, end, cells)`` of each thing the row ``[start, end)`` draws in its own cells,
    in stored offsets: a character, or one with its marks, tone and joined parts, as Rich
    measures it; a tab its three cells, a line end drawn as a space one, a control shown
    as its one visible mark (``safe.plain``)."""
    drawn = plain(text[start:end]).replace("\n", " ").replace("\t", "¦")
    spans, _ = split_graphemes(drawn)
    return [
        (start + s, start + e, w + (TAB_EXTRA if text[start + s] == "\t" else 0))
        for s, e, w in spans
    ]


def draws_one_cell_each(text: str, start: int, end: int) -> bool:
    """Whether every character of ``[start, end)`` but a tab is drawn in one cell."""
    return not _NOT_ONE_CELL.search(text, start, end)


def fits(text: str, start: int, end: int, usable: int) -> bool:
    """Whether ``[start, end)`` fits in a row of ``usable`` cells.

    Tabs are counted only when the characters alone fit (a row's worth at most), so a
    huge paragraph is not counted over again for every row it wraps into.
    """
    if end - start > usable:
        return False
    return end - start + TAB_EXTRA * text.count("\t", start, end) <= usable


def offset_in_row(text: str, start: int, end: int, col: int) -> int:
    """The character at cell ``col`` of the row ``[start, end)`` (its end past the row):
    either cell of a wide one is that character's start, never the code point after it."""
    if not draws_one_cell_each(text, start, end):
        for at, _, cells in cell_spans(text, start, end):
            col -= cells
            if col < 0:
                return at
        return end
    pos = start
    while pos < end:  # a row is at most a screen wide: walking it is cheap
        col -= 1 + (TAB_EXTRA if text[pos] == "\t" else 0)
        if col < 0:
            break
        pos += 1
    return pos


def row_pieces(text: str, start: int, end: int, breaks: Iterable[int]) -> list[tuple[int, int]]:
    """The row ``[start, end)`` cut at each of ``breaks`` inside it (where a style changes),
    but only where a character drawn in its own cells starts: Rich measures 👍🏽 or a
    joined family as one, and cut in two it counted their cells twice."""
    inside = {at for at in breaks if start < at < end}
    if inside and not draws_one_cell_each(text, start, end):
        inside &= {at for at, _, _ in cell_spans(text, start, end)}
    cuts = [start, *sorted(inside), end]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def keep_place(row_of: Callable[[int], int], top: int, unit: tuple[int, int], height: int) -> int:
    """The top row after the text is wrapped again for a new width: the row of ``top``
    (the character that was at the top), unless the cursor's ``unit`` would then be out
    of view, when it is a third of the ``height`` down instead."""
    row = row_of(top)
    first, last = row_of(unit[0]), row_of(max(unit[0], unit[1] - 1))
    if first < row or last >= row + height:  # the selection first, then the top
        row = max(0, first - height // 3)
    return row


def cell_style(
    pos: int,
    marks: Sequence[Mark],
    sel_start: int,
    sel_end: int,
    speaker: tuple[int, int, str] | None,
    focused: bool,
) -> Style:
    """The style of the character at ``pos``: a speaker's label bold, a coding its code's
    colour behind the text, a suggestion underlined, the selection reversed."""
    style = Style()
    if speaker and speaker[0] <= pos < speaker[1]:
        style += Style(bold=True, color="cyan")
    for mark in marks:
        if mark.start <= pos < mark.end and not mark.memo:
            style += (
                Style(underline=True, color=mark.color)
                if mark.suggestion
                else Style(bgcolor=mark.color, color="black")
            )
    if sel_start <= pos < sel_end and focused:
        style += Style(reverse=True)
    return style

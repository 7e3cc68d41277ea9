"""A transcript's text cut into screen rows, and a screen cell mapped back to its character.

Pure functions over the stored text and offsets, apart from the widget that draws them
(``transcript.py``): the rows are computed once per width and cached there as
``(start, end)`` offsets, and the mouse maps a cell through the same count of cells, so a
tab drawn three cells wide moves the wrap and the click alike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from rich.style import Style

from qualcode.tui.widgets.paragraphs import paragraph_blocks

if TYPE_CHECKING:
    from qualcode.tui.widgets.transcript import Mark

# a tab (a table's cells, from a .docx or pasted text) drawn as a visible mark: sent as it is,
# the terminal jumped to its next tab stop over the characters before it and the row was
# garbled ("Insatsmiljön bAnsvariges"). It is drawn as a bar with a space either side, as
# a coder reads a table's cells apart ("Åtgärd ¦ Kostnad", not "Åtgärd¦Kostnad"); the wrap
# and the mouse count those three cells, every other character is one
TAB = " ¦ "
TAB_EXTRA = len(TAB) - 1  # the cells a tab takes beyond the one of its character


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
        start = pos
        while not fits(text, start, end_par, usable):
            # the characters that fit in the row: each tab takes TAB_EXTRA cells more
            limit = start + usable
            limit = max(start + 1, limit - TAB_EXTRA * text.count("\t", start, limit))
            cut = max(
                text.rfind(" ", start, limit),
                text.rfind("\t", start, limit),
                text.rfind("\n", start, limit),
            )
            cut = cut + 1 if cut > start else limit
            lines.append((start, cut))
            start = cut
        lines.append((start, end_par))
        pos = end_par + 1
    return lines


def fits(text: str, start: int, end: int, usable: int) -> bool:
    """Whether ``[start, end)`` fits in a row of ``usable`` cells.

    Tabs are counted only when the characters alone fit (a row's worth at most), so a
    huge paragraph is not counted over again for every row it wraps into.
    """
    if end - start > usable:
        return False
    return end - start + TAB_EXTRA * text.count("\t", start, end) <= usable


def offset_in_row(text: str, start: int, end: int, col: int) -> int:
    """The character at cell ``col`` of the row ``[start, end)`` (its end past the row)."""
    pos = start
    while pos < end:  # a row is at most a screen wide: walking it is cheap
        col -= 1 + (TAB_EXTRA if text[pos] == "\t" else 0)
        if col < 0:
            break
        pos += 1
    return pos


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

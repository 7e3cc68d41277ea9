"""Wide and zero-width characters in the coding screen (small46): an emoji or a CJK
character takes two cells, a combining mark or a skin tone none, while the transcript
counted one cell a code point. A line of them ran past the screen's edge and lost its end,
and the mouse picked a character to the right of the one under it. Rows are now cut and
the mouse mapped by the cells Rich draws; offsets stay code points. The text is written
for the test."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len, get_character_cell_size

from qualcode import Project
from qualcode.graphemes import boundary
from qualcode.project.layout import starts_own
from qualcode.tui.widgets.transcript import GUTTER
from qualcode.tui.widgets.transcript_rows import ONE_CELL, TAB, offset_in_row, wrap_rows
from tests.tui.conftest import karins_coding_screen, screen_rows

THUMB = "👍🏽"
FAMILY = "👩\u200d👩\u200d👧"
N_MARK = "n\u0308"  # no composed form: stays two code points after NFC
SAID = unicodedata.normalize(
    "NFC",
    "I: Vad skrev ni till nämnden?\n\n"
    f"R: Vi skrev 漢字 och {THUMB} i protokollet, sedan e\u0301tt möte om {N_MARK} och "
    f"resurserna med {FAMILY} i dialog. " + "漢字の会議では予算と人員の話をした。" * 4 + "\n\n"
    "I: Och sedan?\n\n"
    "R: Sedan följde vi upp uppdraget i förvaltningen med chefen och facket.",
)


def drawn(text: str) -> str:
    return text.replace("\t", TAB).replace("\n", " ")


def test_rows_keep_every_character_within_the_width_and_cut_between_characters() -> None:
    for usable in (10, 11, 17, 31, 70):
        rows = wrap_rows(SAID, usable, False, set(), starts_own)
        kept = [(s, e) for s, e in rows if e > s]
        for s, e in kept:
            assert cell_len(drawn(SAID[s:e])) <= usable, (usable, SAID[s:e])
            assert boundary(SAID, s) and boundary(SAID, e), (usable, SAID[s:e])


def test_every_character_is_on_one_row() -> None:
    for usable in (10, 13, 40):
        rows = wrap_rows(SAID, usable, False, set(), starts_own)
        covered = [i for s, e in rows for i in range(s, e)]
        line_ends = [i for i, ch in enumerate(SAID) if ch == "\n"]
        assert sorted(covered + line_ends) == list(range(len(SAID)))


def test_what_is_counted_as_one_cell_a_code_point_rich_draws_in_one() -> None:
    """The fast path counts code points where every character is in ``ONE_CELL``: a Rich
    that measured one of them otherwise would crop rows again."""
    ranges = re.findall(r"(.)-(.)", ONE_CELL)
    assert len(ranges) == 7
    for low, high in ranges:
        for cp in range(ord(low), ord(high) + 1):
            assert get_character_cell_size(chr(cp)) == 1, hex(cp)


def test_either_cell_of_a_wide_character_is_that_character() -> None:
    text = f"ab漢字{THUMB}{N_MARK}x"
    at = [offset_in_row(text, 0, len(text), col) for col in range(10)]
    han, thumb, n = text.index("漢"), text.index(THUMB), text.index(N_MARK)
    assert at == [0, 1, han, han, han + 1, han + 1, thumb, thumb, n, n + 2]
    assert offset_in_row(text, 0, len(text), 10) == len(text)  # past the row: its end


@pytest.mark.slow
async def test_the_coding_screen_draws_each_row_whole_and_the_mouse_picks_the_cells_character(
    karins_text: Callable[..., Path],
) -> None:
    path = karins_text("wide.txt", SAID)
    async with karins_coding_screen(path) as (pilot, _app, screen):
        view = screen.transcript
        width = view.scrollable_content_region.width
        text = view.text
        assert text == SAID
        rows = screen_rows(view)
        top = int(view.scroll_offset.y)
        for y, strip in enumerate(rows):
            assert strip.cell_length == width
            if top + y < len(view._lines):
                start, end = view._lines[top + y]
                assert drawn(text[start:end]) in strip.text  # nothing cropped at the edge

        def cell(at: int) -> tuple[int, int]:
            line = view.line_of(at)
            first = view._lines[line][0]
            return GUTTER + cell_len(drawn(text[first:at])), line - top

        # a drag from 漢 to the "o" of "och" selects the two wide characters and the space
        han, och = text.index("漢字"), text.index("och")
        await pilot.mouse_down(view, offset=cell(han))
        await pilot.hover(view, offset=cell(och))
        await pilot.mouse_up(view, offset=cell(och))
        await pilot.pause()
        assert text[slice(*view.selection)] == "漢字 "
        # either cell of 👍🏽 is the emoji: a drag ending on its second cell stops before it
        thumb = text.index(THUMB)
        x, y = cell(thumb)
        assert view.offset_at(x, y) == view.offset_at(x + 1, y) == thumb
        assert view.offset_at(x + 2, y) == thumb + len(THUMB)
        # a drag over "n̈ och" (the mark is no cell of its own) codes them whole
        n = text.index(N_MARK)
        after = text.index(" resurserna")
        await pilot.mouse_down(view, offset=cell(n))
        await pilot.hover(view, offset=cell(after))
        await pilot.mouse_up(view, offset=cell(after))
        await pilot.pause()
        assert text[slice(*view.selection)] == f"{N_MARK} och"
        await pilot.press("1")
        await pilot.pause()
    with Project.open(path) as check:
        [coding] = check.codings(coder="karin")
        assert check.coding_texts([coding]) == [f"{N_MARK} och"]

"""A plan's table (cells split by tabs, as a .docx table is read) in the coding screen: the
tab went to the terminal as it was, which jumped to its next tab stop over what was drawn
before, and the row read "Insatsmiljön bAnsvariges". Each tab is now drawn as a bar with a
space either side (eyes23: "Åtgärd¦Kostnad" read as one word), and the wrap and the mouse count
its three cells."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode.tui.widgets.transcript import GUTTER
from tests.tui.conftest import karins_coding_screen, screen_rows

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

PLAN = (
    "Tidsplan\n\n"
    "Tabellen visar vem som ansvarar för varje insats under planperioden.\n\n"
    "Insats\tAnsvarig\tKlart\n\n"
    "Modell för ärendemängd och fördelning av utredningar\tAvdelningschef barn och unga"
    "\tJuni 2027\n\n"
    "Uppföljning sker två gånger per år."
)


async def test_a_table_rows_cells_are_drawn_apart(
    karins_text: Callable[..., Path],
) -> None:
    async with karins_coding_screen(karins_text("plan.txt", PLAN)) as (pilot, _app, screen):
        view = screen.transcript
        width = view.scrollable_content_region.width
        rows = screen_rows(view)
        texts = [strip.text for strip in rows]
        assert not any("\t" in text for text in texts)
        assert any("Insats ¦ Ansvarig ¦ Klart" in text for text in texts)
        assert all(strip.cell_length == width for strip in rows)
        # the cell the mouse maps to "Klart" shows its "K", past the two tabs' wider cells
        at = PLAN.index("Klart")
        line = view.line_of(at)
        y = line - int(view.scroll_offset.y)
        x = GUTTER + texts[y][GUTTER:].index("Klart")
        assert view.offset_at(x, y) == at
        assert view.offset_at(x - 2, y) == at - 1  # the bar: the tab before "Klart"
        # the long row wraps at a cell's edge, inside the width, and every character keeps
        # its offset
        start = PLAN.index("Modell")
        end = PLAN.index("2027") + 4
        lines = [view._lines[i] for i in range(view.line_of(start), view.line_of(end) + 1)]
        assert len(lines) > 1 and lines[0][0] == start and lines[-1][1] == end
        assert PLAN[lines[0][1] - 1] in " \t"
        view.move_to_offset(PLAN.index("Avdelningschef"))
        await pilot.pause()
        assert PLAN[slice(*view.selection)].startswith("Modell för ärendemängd")
        for first, last in lines:
            drawn = last - first + 2 * PLAN.count("\t", first, last)
            assert drawn <= width - GUTTER

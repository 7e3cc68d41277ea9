"""The reconcile cases table is cut again when the terminal is narrowed or widened (tui46,
as the lead in tmux): opened at 110 columns and narrowed to 80, it kept the columns cut for
110, and the verdict and talk columns stood past the right edge behind a scroll bar, where
the same table opened at 80 shows every column."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # drives a whole Textual app through the reconcile screen


def drawn_width(table: DataTable[object]) -> int:
    return sum(c.get_render_width(table) for c in table.columns.values())


async def test_a_narrowed_terminal_keeps_every_column_in_view(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(110, 32)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settled(pilot, app, "2", *"the whole passage", "enter")  # karin's version
        table = screen.query_one(DataTable)
        assert drawn_width(table) <= table.size.width
        row = table.cursor_row
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert table.size.width <= 80
        assert drawn_width(table) <= table.size.width  # no column past the edge
        assert [str(cell) for cell in table.get_row_at(0)][-1] == "karin's version"
        assert table.cursor_row == row  # the lead's place in the cases stays
        await pilot.resize_terminal(160, 40)  # widened: the codes get their room back
        await pilot.pause()
        await pilot.pause()
        codes = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert any(code.startswith("From ") for code in codes)

"""The text search screen's hits stay between its line and the footer: with the demo's hits
of "ärende*" the list grew past the screen, which scrolled as a whole (a
second scroll bar down its right edge) and could take the line saying what was searched,
and its keys, out of sight (eyes42). The passages and query screens had their lists
sized so already."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from qualcode.tui.screens.text_search import TextSearchScreen
from tests.tui.conftest import documents_screen, settle

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


@pytest.mark.parametrize("size", [(100, 32), (80, 24)])
async def test_many_hits_leave_the_screen_unscrolled(demo: Path, size: tuple[int, int]) -> None:
    async with documents_screen(demo, "karin", size=size) as (pilot, app, _):
        await pilot.press("F")
        await pilot.pause()
        await pilot.press(*"ärende*", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TextSearchScreen)
        hits = screen.query_one("#hits", OptionList)
        line = screen.query_one("#search-line", Static)
        assert hits.virtual_size.height > size[1]  # more lines of hits than rows
        assert screen.max_scroll_y == 0
        assert line.region.y >= 1 and line.region.height >= 1
        assert hits.region.bottom <= size[1] - 1  # above the footer

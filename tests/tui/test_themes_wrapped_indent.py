"""A code's line in the themes view keeps its indent when it wraps (eyes38). A long
name's coders wrapped to the list's left edge, where "konsensus" (or a coder's name)
alone on its line read as an item of its own, level with the heading "Koder utan tema"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from qualcode.tui.screens.themes import INDENT, ThemesScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives a whole Textual app to the themes screen


async def test_a_wrapped_code_line_stays_under_its_heading(demo: Path) -> None:
    async with documents_screen(demo, "lena", "sv", size=(100, 30)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, ThemesScreen)
        listed = app.screen.query_one(OptionList)
        lines = [listed.render_line(y).text for y in range(listed.region.height)]
    said = [line.strip() for line in lines if line.strip()]
    heading = "Koder utan tema"
    assert said[0] == heading and len(said) > 5, said  # four codes, some over two lines
    left = lines[[line.strip() for line in lines].index(heading)].index(heading)
    for line in lines:
        if line.strip() and line.strip() != heading:
            assert line.index(line.strip()) >= left + INDENT, line

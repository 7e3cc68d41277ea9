"""L on the reports screen keeps the lead on it. The lead reading the agreement tab pressed
L to read the figures and the methods paragraph in Swedish and was dropped on the documents
list: P and a again, and the split, layer and measure she had chosen were gone (eyes40)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TabbedContent

from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


async def test_l_on_the_agreement_tab_reads_it_again_in_swedish(demo: Path) -> None:
    from qualcode.tui.screens.reports import ReportsScreen

    async with reports_screen(demo, "lena", "en") as (pilot, app, _):
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReportsScreen)
        assert screen.query_one(TabbedContent).active == "tab-agreement"
        methods = str(screen.query_one("#methods", Static).render())
    assert methods.lstrip().startswith("Räknat:")


async def test_l_keeps_the_split_the_layer_and_the_measure(demo: Path) -> None:
    from qualcode.tui.screens.reports import ReportsScreen

    async with reports_screen(demo, "lena", "sv") as (pilot, app, screen):
        await pilot.press("b", "l", "w")
        await settle(app, pilot)
        chosen = (screen.attribute, screen.shown_layer, screen.measure)
        assert chosen != ("municipality", "coder", "segments")
        await pilot.press("L")
        await settle(app, pilot)
        now = app.screen
        assert isinstance(now, ReportsScreen) and now is not screen
        assert (now.attribute, now.shown_layer, now.measure) == chosen
        assert now.active_bindings["q"].binding.description == "Back"

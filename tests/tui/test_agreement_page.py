"""The agreement tab at 80x24 is one page, read from the table to the methods paragraph's
last line (eyes17): the table scrolled apart from the paragraph under it, Down stopped at
its last row, and the paragraph a methods section quotes stayed out of reach; the line
over the tabs ("By: municipality · Layer: all coders") said nothing true of agreement and
took two of the 24 rows, and its keys (b, l, w) changed what the tab does not show."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


async def test_down_reads_on_to_the_end_of_the_methods_paragraph(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en", size=(80, 24)) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        page = screen.query_one("#agreement-page", VerticalScroll)
        assert app.focused is page and page.max_scroll_y > 0
        await pilot.press("down")
        await pilot.pause()
        assert page.scroll_y == 1
        for _ in range(page.max_scroll_y + 5):
            await pilot.press("down")
        await pilot.pause()
        methods = screen.query_one("#methods", Static)
        assert page.scroll_y == page.max_scroll_y
        # the paragraph's last line is on the screen
        assert methods.region.bottom <= page.region.bottom
        assert methods.region.bottom > page.region.y


async def test_the_agreement_tab_hides_what_splits_the_counts(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en", size=(80, 24)) as (pilot, app, screen):
        controls = screen.query_one("#report-controls", Static)
        assert controls.display and screen.attribute == "municipality"
        await pilot.press("a")
        await settle(app, pilot)
        shown_keys = {k for k, b in screen.active_bindings.items() if b.enabled}
        hidden = controls.display
        await pilot.press("b")  # nothing to split by here: the choice stays
        await pilot.pause()
        attribute = screen.attribute
        await pilot.press("f")
        await pilot.pause()
        back = controls.display
    assert not hidden and back
    assert attribute == "municipality"
    assert not {"b", "l", "w"} & shown_keys

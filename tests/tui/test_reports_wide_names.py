"""On a wide terminal the reports screen's tables show the codes' whole names (eyes33).

The names were cut to 40 characters whatever the width: at 160 columns the lead read
'separering till integrer…samhetskvalitet' beside half a screen of nothing, in the
frequency table and the agreement table alike. Narrower screens cut them to fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode.tui.app import build_app
from tests.tui.conftest import open_reports, reports_screen, settle

pytestmark = pytest.mark.slow  # a whole app through the reports screen

LONGEST = "Från separering till integrering av arbetsmiljö och verksamhetskvalitet"


def _first_column(screen, table_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    table = screen.query_one(table_id, DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_a_wide_screen_names_codes_whole(demo: Path) -> None:
    async with reports_screen(demo, "lena", "sv", size=(170, 45)) as (pilot, app, screen):
        assert LONGEST in _first_column(screen, "#frequencies")
        await pilot.press("a")
        await settle(app, pilot)
        assert LONGEST in _first_column(screen, "#agreement-table")


@pytest.mark.parametrize("width", [80, 100])
async def test_the_names_never_push_the_counts_off_screen(demo: Path, width: int) -> None:
    app = build_app(demo, "lena", "sv")
    async with app.run_test(size=(width, 40)) as pilot:
        screen = await open_reports(app, pilot)
        table = screen.query_one("#frequencies", DataTable)
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths) <= table.scrollable_content_region.width
        if width == 80:
            assert LONGEST not in _first_column(screen, "#frequencies")

"""The agreement tab's table gave its coefficients to two decimals while the methods
paragraph under it, `qualcode agree` and every summary export give three (small44, stop 44):
a lead read 0.61 in the table above a paragraph citing 0.614 for the same alpha."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen

FIGURE = re.compile(r"^-?\d+[.,](\d+)$")


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_the_table_gives_coefficients_to_three_decimals(demo: Path, lang: str) -> None:
    async with reports_screen(demo, "lena", lang) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        table = screen.query_one("#agreement-table", DataTable)
        decimals = []
        for r in range(table.row_count):
            # the columns after the label, the units and the percentage are coefficients
            for cell in table.get_row_at(r)[3:]:
                text = str(cell).strip()
                match = FIGURE.match(text)
                if match:
                    decimals.append(len(match.group(1)))
        assert decimals, "no coefficient in the table"
        assert set(decimals) == {3}, decimals

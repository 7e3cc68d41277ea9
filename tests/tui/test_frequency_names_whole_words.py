"""The reports screen's frequency table names codes in whole words where its counts leave
little room (eyes38): by role at 80 columns, eight roles' counts beside the names, it cut
the long turning points in their middle ("separering till integrer…samhetskvalitet"), as
the agreement table, the chart and the reconcile table no longer do."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole app through the reports screen


async def test_names_beside_many_counts_give_way_after_whole_words(demo: Path) -> None:
    async with reports_screen(demo, "lena", "sv", size=(80, 24)) as (pilot, app, screen):
        while screen.attribute != "role":
            await pilot.press("b")  # by municipality, then by role
            await settle(app, pilot)
        table = screen.query_one("#frequencies", DataTable)
        names = [str(table.get_row(key)[0]) for key in table.rows if key.value != "__total__"]
    cut = [name for name in names if "…" in name]
    assert cut, names  # the long names were cut: the test is about how
    for name in cut:
        assert name.endswith("…"), name

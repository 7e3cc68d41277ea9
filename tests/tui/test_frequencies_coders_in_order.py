"""The reports screen's frequencies by coder list the coders as every report does, in the
order they are printed (``in_printed_order``), not sorted as text (team46).

With karin printed as "Kodare 10" and johan as "Kodare 2", the table and chart by coder
read "Kodare 10, Kodare 2", where the agreement rows and every export list "Kodare 2"
first (and past 26 coders "Kodare AA" stood before "Kodare B")."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app on the reports screen


async def test_the_coder_columns_follow_the_printed_order(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.set_coder_pseudonym("karin", "Kodare 10", "lena")
        project.set_coder_pseudonym("johan", "Kodare 2", "lena")
    async with reports_screen(demo, "lena", "sv", size=(120, 36)) as (pilot, app, screen):
        while screen.attribute != "coder":
            await pilot.press("b")
            await settle(app, pilot)
        table = screen.query_one("#frequencies", DataTable)
        columns = [str(c.label) for c in table.columns.values()][1:-1]
        assert screen.pivot_data is not None
        values = screen.pivot_data.values
    assert values == ["Kodare 2", "Kodare 10", "lena", "mira"], values
    assert columns == values

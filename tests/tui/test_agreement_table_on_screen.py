"""A lead of five coders opened the agreement tab and, as often as not, saw no table: the
counted line and the methods paragraph stood at the top of the page, and the per-code and
per-pair figures the paragraph cites were nowhere (team39, 80x24 and 120x40). The table
was there, filled, but laid out with no height: its height was left to what it measured
when next idle, and the page was not always laid out again after that."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # whole Textual apps through the reports screen

TRIES = 4  # the lost height came with the timing of the worker's answer: several openings


def five_coders(path: Path) -> None:
    """The demo's three coders and two more, who coded aby_01 and finished it."""
    with Project.open(path) as project:
        project.act_as("lena")
        doc = next(d for d in project.documents() if d.name.startswith("aby_01"))
        units = project.units(doc.id)
        for coder, picks in (("omar", (3, 5, 9)), ("ulrika", (3, 8, 12))):
            project.add_coder(coder)
            for n in picks:
                project.add_coding(doc.id, units[n].start, units[n].end, "integration", coder)
            project.set_status(doc.id, coder, "done")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_agreement_table_has_the_height_of_its_rows(
    demo: Path, size: tuple[int, int]
) -> None:
    five_coders(demo)
    heights = []
    for _ in range(TRIES):
        async with reports_screen(demo, "lena", "en", size=size) as (pilot, app, screen):
            await pilot.press("a")
            await settle(app, pilot)
            table = screen.query_one("#agreement-table", DataTable)
            assert table.row_count > 10  # five codes, the overall row, ten pairs a code
            heights.append((table.region.height, table.row_count + 1))
    assert all(shown >= needed for shown, needed in heights), heights

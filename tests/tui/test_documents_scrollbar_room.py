"""The documents list at 80 columns keeps its last column's header whole once a scrollbar
appears: the columns were fitted to the width the table had before the rows came (a
document imported meanwhile, the rows no longer fitting the height), and the lead's
"Klara" (coders done) read "Klar" under the new scrollbar (eyes43)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.tui.conftest import documents_screen


async def test_the_last_header_stays_whole_beside_a_scrollbar(demo: Path) -> None:
    from textual.widgets import DataTable

    with Project.open(demo) as project:  # her own columns shown too: the list at its fullest
        doc = project.documents()[0]
        unit = project.units(doc.id)[0]
        project.add_coding(doc.id, unit.start, unit.end, project.codable_codes()[0].key, "lena")
    async with documents_screen(demo, "lena", "sv", size=(80, 21)) as (pilot, _, screen):
        table = screen.query_one(DataTable)
        assert not table.show_vertical_scrollbar  # the demo's 15 documents just fit
        with Project.open(demo) as project:
            project.act_as("lena")
            project.import_text("zz_extra.txt", "I: Hej.\nR: Hej hej.\n", lang="sv")
        screen.reload()  # as the list's watch does, a document imported meanwhile
        await pilot.pause()
        await pilot.pause()
        assert table.show_vertical_scrollbar
        columns = list(table.columns.values())
        assert str(columns[-1].label) == "Klara"
        used = sum(c.get_render_width(table) for c in columns)
        assert used <= table.scrollable_content_region.width

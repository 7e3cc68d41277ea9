"""On one document's cases the reconcile table leaves the document column out and gives
its room to the passages (eyes42).

The lead at 100 columns on one transcript's cases read the same cut name on every row,
and after the first decision ("karin's version" widened the verdict column) the passage
column left the table: the rows of one code in one transcript could be told apart only
by moving onto each. The filter line above the table names the document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.tui.conftest import documents_screen, reconcile_document, settled

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


async def test_one_documents_cases_keep_their_passages_after_a_decision(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        screen = await reconcile_document(pilot, app, "aby_01")
        await settled(pilot, app, "2", *"the whole passage", "enter")
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        line = str(screen.query_one("#reconcile-filter", Static).render())
        drawn = sum(c.get_render_width(table) for c in table.columns.values())
        width = table.size.width
    assert labels == ["code", "kind", "passage", "talk", "verdict"], labels
    assert "aby_01_socialsekreterare.txt" in line
    assert any(row[-1] == "karin's version" for row in rows), rows
    passages = [row[2] for row in rows]
    assert all(p.strip() for p in passages), passages
    assert len(set(passages)) == len(passages), passages
    assert drawn <= width

"""Home and End go to the first and last row of the documents list, the reconcile cases
and the audit trail, as they go to the first and last sentence in a transcript. End on
the documents list scrolled its columns sideways (DataTable's own), which a list that fits
does not show, and Enter then opened the first document, not the last (eyes41)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from tests.tui.conftest import documents_screen, settled


async def _ends(pilot: object, app: object, table: DataTable[object]) -> None:
    assert table.row_count > 1
    await settled(pilot, app, "end")
    assert table.cursor_row == table.row_count - 1
    await settled(pilot, app, "home")
    assert table.cursor_row == 0


async def test_home_and_end_in_the_lead_lists(demo: Path) -> None:
    from qualcode.tui.screens.audit import TrailTable
    from qualcode.tui.screens.documents import DocumentTable
    from qualcode.tui.screens.reconcile import CasesTable

    async with documents_screen(demo, "lena") as (pilot, app, screen):
        await _ends(pilot, app, screen.query_one(DocumentTable))
        await settled(pilot, app, "R")
        await _ends(pilot, app, app.screen.query_one(CasesTable))
        await settled(pilot, app, "H")
        await _ends(pilot, app, app.screen.query_one(TrailTable))

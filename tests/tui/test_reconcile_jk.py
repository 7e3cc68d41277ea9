"""j and k move through the reconcile screen's cases as through the documents list and the
transcript: j moved nothing there, and k filtered the cases by kind (small37)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import documents_screen, open_reconcile

pytestmark = pytest.mark.slow  # drives the whole app


async def test_j_and_k_move_through_the_cases(demo: Path) -> None:
    async with documents_screen(demo, "lena", "sv", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        table = screen.query_one("#cases", DataTable)
        assert len(screen.views) > 2 and table.cursor_row == 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert table.cursor_row == 2
        await pilot.press("k")
        await pilot.pause()
        assert table.cursor_row == 1
        assert screen.filters["kind"] is None  # k filters nothing
        await pilot.press("t")  # the kind filter's key now
        await pilot.pause()
        assert screen.filters["kind"] is not None

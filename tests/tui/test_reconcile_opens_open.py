"""The reconcile screen opens on the first case still open. A lead who had decided the
first case and came back later found the cursor on it again, its verdict and rationale
shown, and the next key she pressed (a verdict) would have decided it anew (eyes44, the
demo at 100x30)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.tui.conftest import documents_screen, open_reconcile, settled

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


async def test_back_on_the_screen_the_cursor_is_on_an_open_case(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        first, second = screen.views[0].case.id, screen.views[1].case.id
        assert screen.query_one(DataTable).cursor_row == 0 and not screen.views[0].verdict
        await settled(pilot, app, "q")
    with Project.open(demo) as project:
        project.act_as("lena")
        project.decide(first, "union", "both halves belong", "lena")
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        row = screen.query_one(DataTable).cursor_row
        assert screen.views[0].case.id == first and screen.views[0].verdict
        assert screen.views[row].case.id == second and not screen.views[row].verdict

"""q goes back from the reports, the codebook and reconciliation as it does from the
coding screen, the passages, the memos, the themes and the text search (eyes39: a new
coder pressed q on the reports screen, as she had on every screen before it, and nothing
happened; only Esc left it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import documents_screen, open_codebook, open_reconcile

pytestmark = pytest.mark.slow  # drives the whole app


async def test_q_leaves_the_reports_and_the_codebook(project_file: Path) -> None:
    from qualcode.tui.screens.documents import DocumentsScreen
    from qualcode.tui.screens.reports import ReportsScreen

    async with documents_screen(project_file, "karin") as (pilot, app, _):
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ReportsScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        await open_codebook(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        assert app.is_running


async def test_q_leaves_reconciliation(demo: Path) -> None:
    from qualcode.tui.screens.documents import DocumentsScreen

    async with documents_screen(demo, "lena") as (pilot, app, _):
        await open_reconcile(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        assert app.is_running

"""L on the reconcile screen keeps the lead on the case she was reading. She switched to
Swedish to read the verdicts and the boundaries line in the language of the talk with the
coders, and landed on the documents list: R again, the filters gone, back at the first case
(eyes40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import documents_screen, open_reconcile, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reconcile screen


async def test_l_keeps_the_case_and_the_filters(demo: Path) -> None:
    from qualcode.tui.screens.reconcile import ReconcileScreen

    async with documents_screen(demo, "lena", "en", size=(120, 40)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        await pilot.press("t")  # one kind of case only
        await pilot.press("j", "j")
        await settle(app, pilot)
        before = screen._current()
        filters = dict(screen.filters)
        assert before is not None and filters["kind"] is not None
        await pilot.press("L")
        await settle(app, pilot)
        now = app.screen
        assert isinstance(now, ReconcileScreen) and now is not screen
        after = now._current()
        assert now.filters == filters
        assert after is not None and after.case.id == before.case.id
        assert now.active_bindings["q"].binding.description == "Tillbaka"

"""A coder's passages (v) after ``team unblind``: every coder's, and `o` narrows to one of
them, as the CLI's ``report query --of`` does (review31: her list stayed her own and `o`
said blind coding kept her to it, with the team unblinded). Blind, as before: hers."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.retrieval import RetrievalScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


@pytest.mark.parametrize("blind", [True, False], ids=["blind", "unblind"])
async def test_her_passages_follow_blind_coding(demo: Path, blind: bool) -> None:
    if not blind:
        with Project.open(demo).act_as("lena") as lena:
            lena.set_blind(False)
    async with documents_screen(demo, "karin", size=(120, 40)) as (pilot, app, _):
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("c", *"systems_perspective", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RetrievalScreen)
        coders = {p.coding.coder for p in screen.passages}
        assert coders == ({"karin"} if blind else {"karin", "johan", "mira"})
        assert ("retrieve.coder" in screen.not_offered) is blind
        assert "retrieve.pin" in screen.not_offered  # pins stay the lead's choice
        line = str(screen.query_one("#retrieve-filter", Static).render())
        assert "e exemplar" not in line and ("o coder" in line) is not blind
        for _ in range(4):
            await pilot.press("o")
            await pilot.pause()
            if screen.filters.coders == ("johan",):
                break
        shown = {p.coding.coder for p in screen.passages}
        assert shown == ({"karin"} if blind else {"johan"})

"""A coder's reports screen (P) after ``team unblind``: `l` reaches every coder's layer and
the agreement tab counts, as ``qualcode report frequencies --layer`` and ``qualcode agree``
answer her then (review31: the screen kept her to her own layer and said agreement was
the lead's with the team unblinded). Blind, as before: her layer alone, no agreement."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole app through the reports screen


@pytest.mark.parametrize("blind", [True, False], ids=["blind", "unblind"])
async def test_layers_and_agreement_follow_blind_coding(demo: Path, blind: bool) -> None:
    if not blind:
        with Project.open(demo).act_as("lena") as lena:
            lena.set_blind(False)
    async with reports_screen(demo, "karin", "en") as (pilot, app, screen):
        assert screen.shown_layer == "coder:karin"  # her own first, in both phases
        await pilot.press("l")
        await settle(app, pilot)
        assert (screen.shown_layer == "coder:karin") is blind
        await pilot.press("a")
        await settle(app, pilot)
        tables = screen.query("#agreement-table")
        if blind:
            assert not tables
        else:
            table = tables.first(DataTable)
            assert table.row_count > 0

"""The reports screen splits the consensus by document attributes, never by coder (eyes33).

A consensus coding is recorded as the deciding lead's, so the consensus split by coder
read "ada 0, bo 0, cilla 0, lena 4": the lead seemed to have coded every passage herself
and the coders nothing. `b` now leaves the coder out on the consensus layer, and a layer
switched to the consensus while split by coder goes back to the first attribute."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import reports_screen, settle
from tests.tui.test_reports_default_layer import reconcile_all

pytestmark = pytest.mark.slow  # a whole app through the reports screen


def _header(screen) -> list[str]:  # type: ignore[no-untyped-def]
    table = screen.query_one("#frequencies", DataTable)
    return [str(c.label) for c in table.columns.values()]


async def test_b_never_splits_the_consensus_by_coder(demo: Path) -> None:
    reconcile_all(demo)
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        assert screen.shown_layer == "consensus"
        seen = []
        for _ in range(len(screen.attribute_choices) + 1):
            seen.append(screen.attribute)
            assert "lena" not in _header(screen), _header(screen)
            await pilot.press("b")
            await settle(app, pilot)
        assert "coder" not in seen and "municipality" in seen
        # all coders' codings: by coder is there, and kept while on that layer
        while screen.shown_layer != "coder":
            await pilot.press("l")
            await settle(app, pilot)
        while screen.attribute != "coder":
            await pilot.press("b")
            await settle(app, pilot)
        assert {"johan", "karin", "mira"} <= set(_header(screen))
        while screen.shown_layer != "consensus":  # back to the consensus: by an attribute
            await pilot.press("l")
            await settle(app, pilot)
        assert screen.attribute != "coder" and "lena" not in _header(screen)

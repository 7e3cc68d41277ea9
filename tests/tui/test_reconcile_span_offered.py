"""``s`` on a case offers the case's own span to change (eyes39: at 80 columns the
line's placeholder naming the span and its codes was cut at "(case 1567-1806;", and the
lead had to type character offsets with nothing to start from)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import documents_screen, open_reconcile

pytestmark = pytest.mark.slow  # drives the reconcile screen on the demo


async def test_s_offers_the_case_span_and_typing_replaces_it(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        case = screen.views[0].case
        await pilot.press("s")
        await pilot.pause()
        line = screen.query_one("#rationale", Input)
        code = f":{case.codes[0]}" if len(case.codes) > 1 else ""
        assert line.value == f"{case.start}-{case.end}{code}"
        await pilot.press(*"12-34")
        await pilot.pause()
        assert line.value == "12-34"  # offered selected: typed offsets replace it

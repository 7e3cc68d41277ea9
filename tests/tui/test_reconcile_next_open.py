"""After a decision the reconcile screen goes on to the next case still open, and deciding
a decided case again says which decision it replaces (eyes34).

A lead deciding case after case by keys went on to the next row whether it was decided or
not: back at the top to take up a case she had skipped, her next keys re-decided the cases
she had already decided, each replacing its decision without a word on the screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settled

# slow: drives a whole Textual app through the reconcile screen
pytestmark = pytest.mark.slow


async def test_a_decision_goes_on_past_the_decided_cases(demo: Path) -> None:
    async with documents_screen(demo, "lena", "sv", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        table = screen.query_one(DataTable)
        assert len(screen.views) > 3 and not any(v.verdict for v in screen.views[:3])
        await pilot.press("down")  # the second case first
        await pilot.pause()
        await settled(pilot, app, "u", *"båda delarna hör dit", "enter")
        assert screen.views[1].verdict == "union" and table.cursor_row == 2
        await pilot.press("up", "up")  # back to the first, skipped
        await pilot.pause()
        assert table.cursor_row == 0
        await settled(pilot, app, "u", *"frågan hör till svaret", "enter")
        # on past the second, decided, to the third: a key pressed now decides an open case
        assert screen.views[0].verdict == "union" and table.cursor_row == 2
        await pilot.press("up")  # on a decided case, a verdict's line names what it replaces
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        prompt = str(screen.query_one("#rationale", Input).placeholder)
        # who takes part before what it replaces, which 80 columns cut off (eyes40); the
        # lead alone decides "av lena", by her: "med lena" read as with someone else (eyes43)
        assert prompt.startswith("Motivering till avvisning, avgjort av lena, i stället för union")
        await pilot.press("escape")
        await pilot.pause()
        first, second = screen.views[0].case.id, screen.views[1].case.id
    with Project.open(demo) as project:
        decided = [e.payload["case"] for e in project.audit() if e.action == "reconcile.decide"]
    assert decided == [second, first]  # each decided once


async def test_with_every_case_decided_it_says_so(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(140, 45)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        kinds = [None, *screen.choices("kind")]
        fewest = min(kinds[1:], key=lambda k: sum(v.case.kind == k for v in screen.every))
        await pilot.press(*"t" * kinds.index(fewest))  # the kind with the fewest cases
        await pilot.pause()
        table = screen.query_one(DataTable)
        for n in range(len(screen.views)):
            await settled(pilot, app, "u", *f"reason {n}", "enter")
        assert all(v.verdict == "union" for v in screen.views)
        said = notifications(app)
        assert said[-1] == (
            "1 case here, and it is decided"
            if len(screen.views) == 1
            else f"All {len(screen.views)} cases here are decided"
        )
        assert table.cursor_row == len(screen.views) - 1

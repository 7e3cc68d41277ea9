"""The audit list at 80 columns names a decision's codes short enough to show its verdict.
Every decision's details began with the code's whole name, and the demo's four turning
points all begin "From ...": the lead of three who had just decided cases read
"From separating…" and "From individual…" down the Details column, never the verdict or the
rationale, at 80x24 and at 120 too (tui50). The row names a code as the reconcile table
does where it is narrow; the entry below the list, which has the room, keeps whole names."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import documents_screen, settled

pytestmark = pytest.mark.slow  # a whole Textual app through the audit screen


def _decide_one(demo: Path) -> None:
    """lena takes the first case with a version of johan's, with a rationale."""
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        case = next(v for v in project.cases() if "johan" in v.case.versions)
        project.decide(case.case.id, "accept:johan", "hela svaret", "lena")


@pytest.mark.parametrize(("lang", "verdict"), [("en", "johan's version"), ("sv", "johans version")])
async def test_the_row_shows_the_verdict_at_80_columns(demo: Path, lang: str, verdict: str) -> None:
    from qualcode.tui.screens.audit import AuditScreen, TrailTable

    _decide_one(demo)
    async with documents_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        row = str(screen.query_one(TrailTable).get_row_at(0)[4])
        detail = str(screen.query_one("#audit-detail").render())
    assert verdict in row, row
    assert not row.startswith(("From ", "Från "))
    # below the list the entry reads whole, its code by its whole name
    assert "hela svaret" in detail
    assert any(name in detail for name in ("From ", "Från "))

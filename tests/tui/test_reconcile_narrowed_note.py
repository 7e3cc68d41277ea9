"""A late coder who finishes one document narrows the lead's reconcile to it: "4 coders, 1
of 15 documents (without nina: 6)". That is the designed rule (a case counts where every
coder finished), but the lead met it with nothing saying so (tui48). The screen now says,
once, who narrows it and how to count the others: P opens the reports, where t names the
coders, and back here the cases are theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.prompt import PromptScreen
from qualcode.tui.screens.reconcile import ReconcileScreen
from qualcode.tui.screens.reports import ReportsScreen
from tests.tui.conftest import documents_screen, notifications, open_reconcile, settle

pytestmark = pytest.mark.slow  # the demo and a whole app per test


def _nina_finishes_one(path: Path) -> None:
    """nina joins the demo's team late, codes aby_01 (which the others finished) and
    finishes it: the documents every coder finished are that one."""
    with Project.open(path) as project:
        project.act_as("lena")
        project.add_coder("nina")
        project.act_as("nina")
        doc = next(d.id for d in project.documents() if d.name.startswith("aby_01"))
        unit = project.units(doc)[3]
        project.add_coding(doc, unit.start, unit.end, "integration", "nina")
        project.set_status(doc, "nina", "done")


def _narrowing_notes(app: object) -> list[str]:
    return [n for n in notifications(app) if n.startswith("nina has finished")]


async def test_the_lead_is_told_who_narrows_the_cases_and_how_to_count_others(
    demo: Path,
) -> None:
    _nina_finishes_one(demo)
    async with documents_screen(demo, "lena", size=(80, 24)) as (pilot, app, _):
        screen = await open_reconcile(pilot, app)
        await settle(app, pilot)
        assert "4 coders, 1 of 15 documents (without nina: 6)" in screen.scope
        (note,) = _narrowing_notes(app)
        assert "nina has finished 1 of 15 documents" in note
        assert "documents every coder finished: 1 now, 6 without nina" in note
        assert "P opens the reports, where t names the coders counted here" in note
        screen.reload()  # after each verdict: the header stays, the note is said once
        await pilot.pause()
        assert len(_narrowing_notes(app)) == 1
        # the way the note gives: P, t, the three who finished six, and back
        await pilot.press("P")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportsScreen)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("ctrl+u", *"johan, karin, mira", "enter")
        await settle(app, pilot)
        await pilot.press("q")
        await settle(app, pilot)
        assert app.screen is screen
        assert isinstance(screen, ReconcileScreen)
        assert screen.team == ["johan", "karin", "mira"]
        assert "3 coders, 6 of 15 documents" in screen.scope
        assert "without" not in screen.scope


async def test_the_note_in_swedish(demo: Path) -> None:
    _nina_finishes_one(demo)
    async with documents_screen(demo, "lena", "sv", size=(80, 24)) as (pilot, app, _):
        await open_reconcile(pilot, app)
        await settle(app, pilot)
        notes = [n for n in notifications(app) if n.startswith("nina har gjort klart")]
    assert len(notes) == 1, notifications(app)
    assert "1 nu, 6 utan nina" in notes[0] and "där t väljer kodarna" in notes[0], notes

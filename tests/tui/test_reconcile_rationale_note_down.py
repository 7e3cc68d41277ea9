"""The note asking the lead for a rationale goes once she types it (tui46, as the lead in
tmux): "A decision needs a rationale: type it and press Enter" stood over the right half of
the line she types in, and stayed beside "karin's version: decided" after the decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import documents_screen, notifications, open_reconcile

pytestmark = pytest.mark.slow  # drives a whole Textual app through the reconcile screen

ASKED = "A decision needs a rationale"


async def test_typing_the_rationale_takes_the_note_asking_for_it_down(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        await open_reconcile(pilot, app)
        await pilot.press("2", "enter")  # karin's version, no rationale yet
        await pilot.pause()
        assert any(note.startswith(ASKED) for note in notifications(app))
        await pilot.press(*"the whole passage")
        await pilot.pause()
        assert not any(note.startswith(ASKED) for note in notifications(app))
        await pilot.press("enter")
        await pilot.pause()
        said = notifications(app)
        assert not any(note.startswith(ASKED) for note in said)
        # the decision itself is said in the header, over nothing (tui49b)
        assert app.screen.sub_title.endswith("karin's version: decided"), said


async def test_typing_without_having_been_asked_takes_no_note_down(demo: Path) -> None:
    async with documents_screen(demo, "lena", size=(100, 30)) as (pilot, app, _):
        await open_reconcile(pilot, app)
        app.notify("a note of its own")
        await pilot.press("2", *"the whole")
        await pilot.pause()
        assert "a note of its own" in notifications(app)

"""`u` right after `a` takes the acceptance back, not only its coding: the suggestion is
pending again and shown as one (issue 10, item 8). It stayed "accepted" with nothing
coded, so the screen never proposed it again; `U` (redo) accepts it once more."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _state(path: Path) -> tuple[int, list[str]]:
    """karin's live codings and the statuses of the document's suggestions."""
    with Project.open(path) as check:
        check.act_as("karin")
        return len(check.codings(coder="karin")), [s.status for s in check.suggestions(status=None)]


async def test_u_after_a_proposes_the_suggestion_again_and_redo_accepts_it(
    project_file: Path,
) -> None:
    pending_suggestions(project_file, [0.95])
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        first = screen.pending_suggestions[0].id
        await pilot.press("a")
        await pilot.pause()
        assert _state(project_file) == (1, ["accepted"])
        assert screen.pending_suggestions == []
        await pilot.press("u")
        await pilot.pause()
        assert _state(project_file) == (0, ["pending"])
        assert [s.id for s in screen.pending_suggestions] == [first]  # proposed again
        notes = notifications(app)  # type: ignore[attr-defined]
        assert len(notes) == 1 and notes[0].startswith("Undone: ")  # not under a note
        await pilot.press("a")  # and it can be accepted again, from the screen
        await pilot.pause()
        assert _state(project_file) == (1, ["accepted"])
        await pilot.press("u")
        await pilot.pause()
        assert _state(project_file) == (0, ["pending"])
        await pilot.press("U")  # redo brings the coding and the acceptance back
        await pilot.pause()
        assert _state(project_file) == (1, ["accepted"])
        assert screen.pending_suggestions == []

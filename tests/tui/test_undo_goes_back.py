"""`u` goes back to the passage it undid and names it. `a` and `r` move the selection on
to the next suggestion, so a bare "Undone" left the suggestion proposed again behind the
cursor: the next `a` accepted the suggestion after it, not the one the coder took back."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _statuses(path: Path) -> list[str]:
    """The document's suggestions' statuses, by where they start."""
    with Project.open(path) as check:
        check.act_as("karin")
        return [s.status for s in sorted(check.suggestions(status=None), key=lambda s: s.start)]


def _note(app: object) -> str:
    notes = notifications(app)  # type: ignore[attr-defined]
    assert len(notes) == 1  # the undo's note replaces the decision's
    return notes[0]


async def test_u_after_a_selects_the_suggestion_again_and_names_it(project_file: Path) -> None:
    pending_suggestions(project_file, [0.95, 0.9, 0.85])
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        first = min(screen.pending_suggestions, key=lambda s: s.start)
        await pilot.press("a")  # accepted; the selection moves on to the second
        await pilot.pause()
        assert screen.transcript.selection[0] > first.start
        await pilot.press("u")
        await pilot.pause()
        assert screen.transcript.selection == (first.start, first.end)
        opening = screen.transcript.text[first.start : first.end].split()[0]
        note = _note(app)
        assert note.startswith("Undone: ") and f"“{opening}" in note, note
        await pilot.press("a")  # decides the suggestion in view: the one taken back
        await pilot.pause()
        assert _statuses(project_file) == ["accepted", "pending", "pending"]


async def test_u_after_r_and_redo_go_to_the_rejected_passage(project_file: Path) -> None:
    pending_suggestions(project_file, [0.95, 0.9, 0.85])
    async with karins_coding_screen(project_file, (100, 30), "sv") as (pilot, app, screen):
        first = min(screen.pending_suggestions, key=lambda s: s.start)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("j", "j")  # the coder reads on before taking it back
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert screen.transcript.selection == (first.start, first.end)
        assert _note(app).startswith("Ångrat: ")
        await pilot.press("j", "j", "U")  # redo goes there too and rejects it again
        await pilot.pause()
        assert screen.transcript.selection == (first.start, first.end)
        assert _note(app).startswith("Gjort om: ")
        assert _statuses(project_file) == ["rejected", "pending", "pending"]

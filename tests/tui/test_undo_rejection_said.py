"""`u` after `r` says that a rejection was taken back, not a coding: "Undone: integration at
“…”" read as though a coding of integration had been removed, where the suggestion had
been proposed again (eyes42, a new coder's first round). Redo says it rejects it again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


@pytest.mark.parametrize(
    ("lang", "undone", "redone"),
    [
        ("en", "Undone: the rejection of ", "Redone: the rejection of "),
        ("sv", "Ångrat: avvisningen av ", "Gjort om: avvisningen av "),
    ],
)
async def test_undoing_a_rejection_says_so(
    project_file: Path, lang: str, undone: str, redone: str
) -> None:
    pending_suggestions(project_file, [0.95, 0.9])
    async with karins_coding_screen(project_file, (100, 30), lang) as (pilot, app, _):
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        after_undo = notifications(app)
        await pilot.press("U")
        await pilot.pause()
        after_redo = notifications(app)
    assert after_undo[-1].startswith(undone), after_undo
    assert after_redo[-1].startswith(redone), after_redo


async def test_undoing_an_acceptance_names_no_rejection(project_file: Path) -> None:
    pending_suggestions(project_file, [0.95, 0.9])
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        said = notifications(app)
    assert said[-1].startswith("Undone: ") and "rejection" not in said[-1], said

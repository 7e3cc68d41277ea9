"""The coding a coder picked with `e` or `x` (two of hers on the passage) removed from
another window before she finished (review31).

The change went onto the other coding under the cursor without a word when the screen
had reloaded its marks meanwhile, and a removal of the gone one ended the app. Now she
reads one line that the coding is gone, and nothing else changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.coding_choice import CodingChoiceScreen
from tests.conftest import removed_meanwhile
from tests.tui.conftest import karins_coding_screen, notifications


def _live(path: Path) -> dict[str, str]:
    with Project.open(path) as check:
        return {c.id: c.code for c in check.codings(coder="karin")}


async def _two_codes(pilot, screen):  # type: ignore[no-untyped-def]
    """The third sentence coded 1 (mission dialogue) and 2 (integration)."""
    await pilot.press("j", "j", "1", "2")
    await pilot.pause()
    assert len(screen._codings_here()) == 2


@pytest.mark.slow
@pytest.mark.parametrize("reloaded", [True, False])
async def test_a_change_of_a_coding_gone_meanwhile_changes_nothing(
    project_file: Path, reloaded: bool
) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await _two_codes(pilot, screen)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, CodingChoiceScreen)
        chosen = app.screen.choices[1][0]
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, PickCodeScreen)
        removed_meanwhile(project_file, coding=chosen)
        if reloaded:  # the screen read its marks again meanwhile (a background job's end)
            screen.refresh_marks()
        before = _live(project_file)
        await pilot.press(*"caseload", "enter")
        await pilot.pause()
        assert app.is_running
        notes = notifications(app)
        assert any("gone" in n for n in notes), notes
        assert len(screen._codings_here()) == 1
    assert _live(project_file) == before


@pytest.mark.slow
async def test_a_removal_of_a_coding_gone_meanwhile_says_so(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await _two_codes(pilot, screen)
        await pilot.press("x")
        await pilot.pause()
        chosen = app.screen.choices[0][0]
        removed_meanwhile(project_file, coding=chosen)
        before = _live(project_file)
        await pilot.press("1")
        await pilot.pause()
        assert app.is_running
        notes = notifications(app)
        assert any("gone" in n for n in notes), notes
        assert len(screen._codings_here()) == 1
    assert _live(project_file) == before

"""`m`, `e` and `x` on a passage with two of the coder's codings ask which one (eyes31).

They took the first coding there without a word: the memo went onto one code, the change
or the removal hit one, and the coder could not choose the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.coding_choice import CodingChoiceScreen
from qualcode.tui.screens.memo_edit import MemoEditor
from tests.tui.conftest import karins_coding_screen


async def _two_codes(pilot, app, screen):  # type: ignore[no-untyped-def]
    """The third sentence coded 1 (mission dialogue) and 2 (integration)."""
    await pilot.press("j", "j", "1", "2")
    await pilot.pause()
    assert len(screen._codings_here()) == 2


@pytest.mark.slow
async def test_m_asks_which_coding_and_writes_the_memo_on_the_one_chosen(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await _two_codes(pilot, app, screen)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CodingChoiceScreen)
        await pilot.press("2")  # the second listed
        await pilot.pause()
        assert isinstance(app.screen, MemoEditor)
        chosen = app.screen._title
        await pilot.press(*"why", "ctrl+s")
        await pilot.pause()
    with Project.open(project_file) as check:
        codings = {c.id: c.code for c in check.codings(coder="karin")}
        memos = check.memos("coding")
    assert len(memos) == 1
    code = codings[memos[0].target_id]
    assert ("Integration" in chosen) == (code == "integration")


@pytest.mark.slow
async def test_x_removes_the_coding_chosen_and_esc_removes_nothing(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await _two_codes(pilot, app, screen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, CodingChoiceScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen._codings_here()) == 2
        await pilot.press("x")
        await pilot.pause()
        first = app.screen.choices[0][0]
        await pilot.press("1")
        await pilot.pause()
    with Project.open(project_file) as check:
        left = [c.id for c in check.codings(coder="karin")]
    assert len(left) == 1 and first not in left

"""q closes the dialogs that ask which passage or coding, as Esc does. A new coder pressed
m, then q to go back as q does everywhere; the memo dialog stayed, and the letters she typed
next chose 'd' and wrote a document memo of what followed (eyes40). Neither dialog has a
line to type into, so q is free to mean back there."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # the coding screen with its dialogs


async def test_q_closes_the_memo_dialog_and_nothing_is_written(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await pilot.press("j", "m")
        await pilot.pause()
        assert app.screen is not screen
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and isinstance(screen, CodingScreen)
        await pilot.press("d")  # a key typed next is not taken as "the document"
        await pilot.pause()
        assert app.screen is screen
    with Project.open(project_file) as check:
        assert not check.memos("document", screen.doc_id)


async def test_q_closes_the_which_coding_dialog_and_removes_nothing(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await pilot.press("j", "j", "1", "2", "x")
        await pilot.pause()
        assert app.screen is not screen
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen
        assert len(screen._codings_here()) == 2

"""The themes view opens on something Enter lists. Its hint says "Enter lists passages",
but the cursor stood on the heading "Codes under no theme", and Enter there did nothing at
all: a new coder's first Enter on the view seemed a dead key (eyes44). It opens on the
first code; Enter on a heading says to put the cursor on a code."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.tui.screens.retrieval import RetrievalScreen
from qualcode.tui.screens.themes import ThemesScreen
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # a whole Textual app


async def test_the_first_enter_lists_the_first_codes_passages(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        await pilot.press("T")
        await pilot.pause()
        themes = app.screen
        assert isinstance(themes, ThemesScreen)
        first = next(row for row in themes.rows if row is not None)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RetrievalScreen), app.screen
        assert app.screen.code == first[1]


async def test_enter_on_the_heading_says_what_to_do(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        await pilot.press("T")
        await pilot.pause()
        await pilot.press("home", "enter")  # the heading "Codes under no theme"
        await pilot.pause()
        assert isinstance(app.screen, ThemesScreen)
        assert notifications(app)[-1] == "Put the cursor on a code first"

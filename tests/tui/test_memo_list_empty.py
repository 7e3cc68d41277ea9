"""A new coder's memo list (N) before she wrote any: it said "No memo matches", as if a
search had failed; it says there are none yet and how one is written. A search that finds
nothing still says it matched nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from qualcode.tui.screens.memo_list import MemoListScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_an_empty_list_says_how_to_write_a_memo(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        await pilot.press("N")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MemoListScreen) and not screen.views
        listed = screen.query_one(OptionList)
        said = str(listed.get_option_at_index(0).prompt)
        assert said.startswith("No memos yet: in a document, m writes one")
        await pilot.press("slash", *"norrvik", "enter")
        await pilot.pause()
        assert str(listed.get_option_at_index(0).prompt) == "No memo matches"

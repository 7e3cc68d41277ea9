"""Letters typed straight after the key that opens a dialog all reach its field.

On a loaded machine ``f`` then ``municipality=Åby …`` opened the filter prompt and lost the
``m`` (the filter read ``unicipality=Åby``; test_retrieval_filtered_snapshot flaked so):
the field's focus event arrived after the first letter, selected it (select on focus),
and the next letter replaced it. Each test delivers the events in that order and failed
before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.events import Focus, Key
from textual.widgets import Input

from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.prompt import PromptScreen
from tests.tui.conftest import documents_screen, karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _letter_focus_letter(box: Input, first: str, second: str) -> None:
    box.post_message(Key(first, first))
    box.post_message(Focus())
    box.post_message(Key(second, second))


async def test_the_prompt_keeps_a_letter_typed_before_its_focus(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        app.push_screen(PromptScreen("Filter", "", lambda value: None))
        await pilot.pause()
        box = app.screen.query_one("#prompt-value", Input)
        _letter_focus_letter(box, "m", "u")
        await pilot.pause()
        assert box.value == "mu"


async def test_the_prompt_still_replaces_its_old_value(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        app.push_screen(PromptScreen("Filter", "coder=karin", lambda value: None))
        await pilot.pause()
        await pilot.press(*"role")
        await pilot.pause()
        assert app.screen.query_one("#prompt-value", Input).value == "role"


async def test_the_code_picker_keeps_a_letter_typed_before_its_focus(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickCodeScreen)
        box = picker.query_one("#pick-filter", Input)
        _letter_focus_letter(box, "c", "a")
        await pilot.pause()
        assert box.value == "ca" and picker.shown[0] == "caseload"

"""Letters that match no code are said in the code finder's list (tui47): a new coder typed
"xyz" after `c`, the list went empty, Enter did nothing and nothing said why, as though the
finder had hung. The line says what was typed and what to do; Enter still codes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from qualcode import Project
from qualcode.tui.screens.code_pick import PickCodeScreen
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # the whole app, driven with Pilot


@pytest.mark.parametrize(("lang", "words"), [("en", "No code has"), ("sv", "Ingen kod har")])
async def test_letters_matching_no_code_are_said(project_file: Path, lang: str, words: str) -> None:
    async with karins_coding_screen(project_file, ui_lang=lang) as (pilot, app, screen):
        await pilot.press("j", "c")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickCodeScreen)
        await pilot.press(*"xyz")
        await pilot.pause()
        listed = picker.query_one(OptionList)
        assert listed.option_count == 1
        line = listed.get_option_at_index(0)
        assert line.disabled and words in str(line.prompt) and "xyz" in str(line.prompt)
        assert picker.shown == []
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is picker  # nothing chosen, the finder still open to type again
        await pilot.press("backspace", "backspace", "backspace", "enter")
        await pilot.pause()
        assert app.screen is screen  # the letters gone, the first code is back and codes
    with Project.open(project_file) as check:
        assert len(check.codings(coder="karin")) == 1

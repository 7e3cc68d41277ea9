"""`e` where nothing is coded opens the code picker for the selection (as `c` does). It
said "nothing here" and the name the coder went on to type ran as keys: in "integr" the
n jumped to the next suggestion and the r rejected it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.code_pick import PickCodeScreen
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_e_on_an_uncoded_sentence_codes_the_selection(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, PickCodeScreen)
        assert app.screen.title_text == app.t("pick_code")
        await pilot.press(*"integr", "enter")
        await pilot.pause()
    with Project.open(project_file) as check:
        check.act_as("karin")
        codings = check.codings(coder="karin")
        actions = [entry.action for entry in check.audit()]
    assert [c.code for c in codings] == ["integration"]
    assert "suggestion.reject" not in actions

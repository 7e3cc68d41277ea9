"""The lead's code form holds a code's parts beside its keywords, one line a language as
`codebook edit --parts-sv` takes them (stems by ',', parts by ';'): shown as stored, saved
through ``update_code``, and a malformed line refused under the form, which stays open."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from qualcode import Project
from qualcode.tui.screens.code_form import CodeFormScreen
from tests.tui.codebook_entry_kit import first_code_with
from tests.tui.conftest import documents_screen, open_codebook

pytestmark = pytest.mark.slow  # the whole app


async def test_the_form_shows_saves_and_refuses_parts(tmp_path: Path) -> None:
    path = tmp_path / "cb.db"
    first_code_with(path, parts={"sv": (("budget", "kostnad"), ("flerår",))})
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
    async with documents_screen(path, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        await pilot.press("slash", *"mission_dialogue", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CodeFormScreen)
        assert form.query_one("#f-parts-sv", Input).value == "budget, kostnad; flerår"
        assert form.query_one("#f-parts-en", Input).value == ""
        form.query_one("#f-parts-en", Input).value = "fund;;year"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = str(form.query_one(".cb-dialog-error", Static).render())
        assert "part 2 is empty" in error
        form.query_one("#f-parts-en", Input).value = "fund, cost; multi-year"
        form.query_one("#f-parts-sv", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
    with Project.open(path) as check:
        assert check.code("mission_dialogue").parts == {"en": (("fund", "cost"), ("multi-year",))}
        assert [e.action for e in check.audit()][-1] == "code.edit"

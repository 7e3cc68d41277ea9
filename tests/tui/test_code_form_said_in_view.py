"""The new-code form says how to save, and why a save was refused, where an 80x24 screen
shows them: both stood at the form's foot, below the screen, and Ctrl+S on a form whose
key was not typed yet did nothing a new lead could see (eyes43)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.code_form import CodeFormScreen
from tests.tui.conftest import documents_screen, open_codebook

pytestmark = pytest.mark.slow  # the whole app


def _in_view(app: object, widget: Static) -> bool:
    screen = app.screen  # type: ignore[attr-defined]
    return screen.region.contains_region(widget.region) and widget.region.height > 0


async def test_the_hint_and_the_refusal_are_on_screen(project_file: Path) -> None:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    async with documents_screen(project_file, "lena", "sv", size=(80, 24)) as (pilot, app, _):
        await open_codebook(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CodeFormScreen)
        hint = form.query_one(".cb-dialog-hint", Static)
        assert _in_view(app, hint) and "Ctrl+S" in str(hint.render())
        await pilot.press("ctrl+s")  # no key typed: refused
        await pilot.pause()
        error = form.query_one(".cb-dialog-error", Static)
        assert app.screen is form and str(error.render()).strip()
        assert _in_view(app, error)

"""The lead's codebook keys keep what is typed after them in one go: ``a`` (add), ``r``
(rename) and the others open a form or a prompt as the key arrives. As ordinary bindings
they ran only once the tree got to the key, after the app had sent it the letters behind:
"a workload" renamed (``r``), switched the language (``l``) and moved (``m``) before the
form opened (eyes14). The keys are sent as a terminal sends fast typing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.screens.code_form import CodeFormScreen
from qualcode.tui.screens.codebook import CodebookScreen
from tests.tui.conftest import documents_screen, type_fast, typed_through

pytestmark = pytest.mark.slow  # drives the codebook screen


@pytest.fixture
def lead_file(project_file: Path) -> Path:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    return project_file


async def _codebook(pilot: Any, app: Any) -> CodebookScreen:
    for _ in range(2):
        await pilot.pause()
    await pilot.press("ctrl+b")
    await pilot.pause()
    assert isinstance(app.screen, CodebookScreen)
    return app.screen


async def test_the_new_code_form_takes_the_key_typed_ahead(lead_file: Path) -> None:
    async with documents_screen(lead_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _codebook(pilot, app)
        language = screen.lang
        type_fast(app, ["a", *"workload"])
        await typed_through(pilot)
        form = app.screen
        assert isinstance(form, CodeFormScreen)
        assert form.query_one("#f-key", Input).value == "workload"
        assert screen.lang == language  # no "l" reached the tree


async def test_a_rename_typed_ahead_renames(lead_file: Path) -> None:
    async with documents_screen(lead_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _codebook(pilot, app)
        old = screen.current_key
        assert old
        type_fast(app, ["r", *"arbetsbelastning", "enter"])
        await typed_through(pilot)
        assert app.screen is screen
    with Project.open(lead_file) as check:
        keys = [c.key for c in check.codebook()]
    assert "arbetsbelastning" in keys and old not in keys


async def test_form_keys_in_the_search_box_are_letters(lead_file: Path) -> None:
    async with documents_screen(lead_file, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _codebook(pilot, app)
        type_fast(app, ["slash", *"aermMd"])
        await typed_through(pilot)
        assert app.screen is screen
        assert screen.query_one(Input).value == "aermMd"

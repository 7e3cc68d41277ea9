"""The keys that open a box with a filter and Enter keep what is typed after them in one
go: the coding screen's code picker (``c``, ``e``) and the passages' filter prompt, code
picker and translation (``f``, ``c``, ``t``). As ordinary bindings they ran only once the
focused list or transcript got to the key, after the keys behind it had been sent there:
"c case Enter" accepted (``a``), suggested (``s``) and opened a second picker (``e``)
before the first opened, and coded the passage with the first code of the whole list; "f
coder=karin Enter" left the passages unfiltered. The keys are sent as a terminal sends
fast typing, all before the app has handled the first."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode.tui.screens.retrieval import RetrievalScreen
from tests.tui.conftest import karins_coding_screen, type_fast, typed_through

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_the_code_picker_typed_ahead_codes_what_it_shows(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["c", *"case", "enter"])
        await typed_through(pilot)
        assert app.screen is screen
        assert [c.code for c in app.project.codings()] == ["caseload"]


async def test_a_picker_key_in_the_search_box_is_a_letter(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["slash", *"ce"])
        await typed_through(pilot)
        assert app.screen is screen
        assert screen.query_one("#prompt", Input).value == "ce"


async def test_the_passage_filter_typed_ahead_applies(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("v")
        await typed_through(pilot)
        screen = app.screen
        assert isinstance(screen, RetrievalScreen)
        type_fast(app, ["f", *"coder", "equals_sign", *"karin", "enter"])
        await typed_through(pilot)
        assert app.screen is screen
        assert screen.filters.coders == ("karin",)

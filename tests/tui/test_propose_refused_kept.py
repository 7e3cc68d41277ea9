"""A proposed code name the project refuses stays in the line with every word typed. ``p``
closed its line on Enter and then showed the refusal (a name taken already, a read-only or
busy project): the name the coder had typed was gone, to be typed again from memory. The
line now stays open with the words, and the toast says so (as the memo editor, fed3bc6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.screens.modals import TextPrompt
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # the whole app (run_test)

TAKEN = "Integrering"  # a code of the tiny codebook already
MINE = "Chefens översättning av uppdraget"


async def _propose(pilot: object, name: str) -> None:
    await pilot.press("ctrl+u", *name, "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_a_taken_name_stays_in_the_line_to_mend(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, _screen):
        await pilot.press("p")
        await pilot.pause()
        await _propose(pilot, TAKEN)
        assert isinstance(app.screen, TextPrompt)  # closed before: the words were gone
        assert app.screen.query_one(Input).value == TAKEN
        said = notifications(app)[-1]
        assert "exists already" in said and "still in the line" in said, said
        await _propose(pilot, MINE)  # mended: proposed, and the line closes
        assert not isinstance(app.screen, TextPrompt)
        assert notifications(app)[-1] == f"Proposed {MINE}"
    with Project.open(project_file) as project:
        assert MINE in {c.name("sv") for c in project.codebook()}


async def test_a_read_only_project_keeps_the_name_in_swedish(read_only_copy: Path) -> None:
    async with karins_coding_screen(read_only_copy, ui_lang="sv") as (pilot, app, _screen):
        await pilot.press("p")
        await pilot.pause()
        await _propose(pilot, MINE)
        assert isinstance(app.screen, TextPrompt)
        assert app.screen.query_one(Input).value == MINE
        assert "dina ord finns kvar på raden" in notifications(app)[-1]
        await pilot.press("enter")  # tried again: refused again, still there
        await pilot.pause()
        assert app.screen.query_one(Input).value == MINE
        await pilot.press("escape")  # she drops it herself
        await pilot.pause()
        assert not isinstance(app.screen, TextPrompt)
    with Project.open(read_only_copy) as project:
        assert MINE not in {c.name("sv") for c in project.codebook()}


async def test_a_taken_name_is_refused_in_swedish(project_file: Path) -> None:
    """eyes36 proposed 'Uppföljning av arbetsmiljö' a second time with the Swedish
    interface and read "a code named '...' exists already: code with it · inte föreslagen;
    dina ord finns kvar på raden": the service's English inside the interface's Swedish."""
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, _screen):
        await pilot.press("p")
        await pilot.pause()
        await _propose(pilot, TAKEN)
        said = notifications(app)[-1]
        assert said.startswith(f"Det finns redan en kod som heter ”{TAKEN}”: koda med den")
        assert "exists" not in said and "dina ord finns kvar på raden" in said, said

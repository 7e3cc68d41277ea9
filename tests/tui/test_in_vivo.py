"""In vivo coding: `p` offers the selected words as the new code's name (selected, so that
typing replaces them, as before), as NVivo and MAXQDA name a code from the speaker's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import in_vivo_name
from tests.tui.conftest import karins_coding_screen


@pytest.mark.parametrize(
    ("selected", "name"),
    [
        ("Ärendemängden var för hög.", "Ärendemängden var för hög"),
        ("  ”vi fick\nbara göra”  ", "vi fick bara göra"),
        ("", ""),
        (
            "Ja, alltså, förr kom allt uppifrån och politikerna bestämde vad vi skulle "
            "göra varje år",
            "Ja, alltså, förr kom allt uppifrån och politikerna bestämde",
        ),
    ],
)
def test_the_selected_words_become_a_name(selected: str, name: str) -> None:
    assert in_vivo_name(selected) == name
    assert len(in_vivo_name(selected)) <= 60


@pytest.mark.slow
async def test_enter_proposes_the_selected_words_as_the_code(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, _, screen):
        start, end = screen.transcript.selection
        offered = in_vivo_name(screen.doc.text[start:end])
        assert offered
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        with Project.open(project_file) as check:
            check.act_as("karin")
            (coding,) = check.codings()
            names = {c.key: c.name("sv") for c in check.codebook()}
        assert (coding.start, coding.end) == (start, end)
        assert names[coding.code] == offered


@pytest.mark.slow
async def test_the_prompt_says_its_keys_over_the_offered_words(project_file: Path) -> None:
    """The keys were said only in the field's placeholder ("Name, Enter proposes it"), which
    the selected words offered in vivo cover: a new coder read a name and no way to send or
    leave it (eyes44). The heading says them."""
    from textual.widgets import Input, Label

    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("p")
        await pilot.pause()
        assert app.screen.query_one(Input).value  # the words offered hide the placeholder
        heading = " ".join(str(label.render()) for label in app.screen.query(Label))
        assert "Enter proposes, Esc cancels" in heading, heading


@pytest.mark.slow
async def test_the_prompt_says_typing_replaces_the_offered_words(project_file: Path) -> None:
    """At 80x24 in tmux the offered words looked typed, not selected: a new coder took them
    for words she had to delete first (tui48). A line under the heading says what typing
    does, and → keeps them to edit, as it says."""
    from textual.widgets import Input, Label

    async with karins_coding_screen(project_file, size=(80, 24)) as (pilot, app, _):
        await pilot.press("p")
        await pilot.pause()
        field = app.screen.query_one(Input)
        offered = field.value
        assert offered
        lines = " ".join(str(label.render()) for label in app.screen.query(Label))
        assert "Typing replaces the offered words; → keeps them to edit" in lines, lines
        await pilot.press("right", "s")
        await pilot.pause()
        assert field.value == offered + "s"

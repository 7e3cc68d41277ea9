"""`t` selects the whole turn the cursor is in. Coding a whole answer is what an interview
study codes most, and it took a `J` per sentence: eyes36 coded a demo transcript with the
keyboard only, nine codings in 83 keys, and 19 of them were `J`s widening five answers to
their end (a seven-sentence answer: `} } J J J J J J 1`). With `t` it is `} } t 1`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

TEXT = (
    "I: Hur var hösten?\n"
    "R: Vi var fyra på gruppen. Två gick på föräldraledighet samtidigt. Chefen tog in en "
    "konsult för resten av året. Det hjälpte, men hon kände inte familjerna.\n"
    "I: Och nu?\n"
    "R: Nu är vi fulla igen. Det märks på utredningarna.\n"
)


async def test_t_selects_the_answer_and_one_key_codes_it(
    karins_text: Callable[..., Path],
) -> None:
    path = karins_text("hosten.txt", TEXT)
    async with karins_coding_screen(path, size=(100, 30)) as (pilot, _app, screen):
        view = screen.transcript
        await pilot.press("j", "j", "j")  # into the first answer's middle
        await pilot.pause()
        answer_start = TEXT.index("Vi var fyra")
        answer_end = TEXT.index("familjerna.") + len("familjerna.")
        assert answer_start < view.selection[0]  # not yet the whole answer
        await pilot.press("t")
        await pilot.pause()
        assert view.selection == (answer_start, answer_end)
        await pilot.press("1")
        await pilot.pause()
    with Project.open(path) as project:
        project.act_as("karin")
        (coding,) = project.codings(coder="karin")
        assert (coding.start, coding.end) == (answer_start, answer_end)


async def test_t_keeps_to_the_turn_the_cursor_is_in(karins_text: Callable[..., Path]) -> None:
    """From a selection reaching into the next turn's question, or a question itself, `t`
    takes the cursor's own turn: never the interviewer's words with the answer."""
    path = karins_text("hosten.txt", TEXT)
    async with karins_coding_screen(path, size=(100, 30)) as (pilot, _app, screen):
        view = screen.transcript
        await pilot.press("}", "}")  # the second question
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert TEXT[slice(*view.selection)] == "Och nu?"
        await pilot.press("}", "t")  # the last answer, whole
        await pilot.pause()
        assert TEXT[slice(*view.selection)] == "Nu är vi fulla igen. Det märks på utredningarna."

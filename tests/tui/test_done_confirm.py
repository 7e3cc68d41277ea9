"""`D` with suggestions still undecided asks first, naming how many; without, it just marks.
With nothing coded on the document by whoever presses it, `D` asks too (eyes37): done, she
counts in the agreement as a coder who found nothing there.

The count is the service's (``Project.undecided_suggestions``), the same the CLI's
``status DOC done`` reports; the suggestions are the engine's own (keywords and n-grams).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.confirm import ConfirmScreen
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # a whole Textual app per test


def _code_last(project: Project) -> None:
    """karin codes the document's last sentence: she has coded on it."""
    doc = project.documents()[0].id
    last = project.units(doc)[-1]
    project.add_coding(doc, last.start, last.end, "mission_dialogue", "karin")


def _suggest(path: Path) -> int:
    with Project.open(path) as project:
        project.act_as("karin")
        project.suggest(coder="karin", semantic=False, min_score=0.0)
        _code_last(project)
        return project.undecided_suggestions(project.documents()[0].id)


def _status(path: Path, name: str) -> str:
    with Project.open(path) as check:
        doc = next(d for d in check.documents() if d.name == name)
        return check.statuses("karin")[doc.id]


async def test_d_asks_with_the_count_and_marks_only_on_yes(project_file: Path) -> None:
    waiting = _suggest(project_file)
    assert waiting >= 2
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.message == (
            f"{waiting} suggestions on this document are still undecided. Mark it done anyway?"
        )
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert _status(project_file, "aby_01.txt") == "in_progress"
        await pilot.press("D")
        await pilot.pause()
        await pilot.press("enter")  # No has the focus: Enter declines as well
        await pilot.pause()
        assert _status(project_file, "aby_01.txt") == "in_progress"
        await pilot.press("D", "y")
        await pilot.pause()
        assert app.screen is screen
        assert _status(project_file, "aby_01.txt") == "done"


async def test_a_second_d_says_yes(project_file: Path) -> None:
    _suggest(project_file)
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert _status(project_file, "aby_01.txt") == "in_progress"
        await pilot.press("D")
        await pilot.pause()
        assert app.screen is screen
        assert _status(project_file, "aby_01.txt") == "done"


async def test_one_left_is_said_in_the_singular_in_swedish(project_file: Path) -> None:
    _suggest(project_file)
    with Project.open(project_file) as project:
        pending = project.suggestions(project.documents()[0].id)
        project.reject_suggestions([s.id for s in pending[1:]], "karin")
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, _):
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.message.startswith("1 förslag i dokumentet är ännu inte avgjort.")


async def test_no_suggestions_no_question(project_file: Path) -> None:
    with Project.open(project_file) as project:
        project.act_as("karin")
        _code_last(project)
    async with karins_coding_screen(project_file) as (pilot, app, _):
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)  # no dialog
        assert _status(project_file, "aby_01.txt") == "done"


async def test_the_question_names_the_keys_that_answer_it(project_file: Path) -> None:
    """A modal has no footer: the buttons say which key answers ("Ja (y)"), and a remapped
    key (keys.toml) is the one named."""
    from textual.widgets import Button

    _suggest(project_file)
    remapped = {"confirm.yes": "j"}  # as keys.toml would
    async with karins_coding_screen(project_file, ui_lang="sv", keymap=remapped) as (pilot, app, _):
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert labels == ["Ja (j)", "Nej (n)"]
        await pilot.press("j")  # the key the button names answers yes
        await pilot.pause()
        assert _status(project_file, "aby_01.txt") == "done"


async def test_nothing_coded_asks_first(project_file: Path) -> None:
    """A lead who had only read the transcript pressed D: she became a fourth rater who
    found nothing, and the team's alpha fell from 0.56 to 0.36 (eyes37)."""
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, app, screen):
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.message.startswith("Du har inte kodat något i dokumentet.")
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert _status(project_file, "aby_01.txt") == "todo"
        await pilot.press("D", "D")
        await pilot.pause()
        assert _status(project_file, "aby_01.txt") == "done"

"""The TUI tells a lead which speaker qualcode takes for the interviewer, and how to
overrule it: ``I`` on the documents list (and in the transcript) lists each speaker's part,
a guess read off the turns marked as one; the attributes prompt, where the overruling
``interviewer`` attribute is typed, and the opened transcript say so too. Before, only the
CLI's `pseudonym suggest` did, and a lead in the TUI saw a participant missing from the
citations with nothing to say why."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.prompt import PromptScreen
from qualcode.tui.screens.speakers import SpeakersScreen
from tests.tui.conftest import documents_screen, notifications, open_first_document

pytestmark = pytest.mark.slow

ASKED = {
    "sv": (
        "Maria: Hur ser ditt uppdrag ut i dag?\n\n"
        "Per: Vi har fått mer att säga till om.\n\n"
        "Maria: Hur märks det i vardagen?\n\n"
        "Per: Vi träffas varje månad.\n\n"
        "Maria: Och arbetsmiljön, har den blivit bättre?\n\n"
        "Per: Ja, mycket bättre än förr.\n"
    ),
    "en": (
        "Fiona: How is your assignment set today?\n\n"
        "Tom: We have more say now.\n\n"
        "Fiona: How does that show day to day?\n\n"
        "Tom: We meet every month.\n\n"
        "Fiona: And the work environment, has it improved?\n\n"
        "Tom: Yes, much better than before.\n"
    ),
}
ASKER = {"sv": "Maria", "en": "Fiona"}
GUESSED = {"sv": "GISSAT", "en": "GUESSED"}
ATTRIBUTE = {"sv": "intervjuare=", "en": "interviewer="}


def _project(path: Path, lang: str) -> Path:
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.act_as("lena")
        project.import_text(f"ip_{lang}.txt", ASKED[lang], lang=lang)
    return path


def _shown(screen: SpeakersScreen) -> str:
    return "\n".join(str(s.render()) for s in screen.query(Static))


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_the_lead_sees_the_guessed_interviewer_and_how_to_overrule(
    tmp_path: Path, lang: str
) -> None:
    path = _project(tmp_path / "p.db", lang)
    async with documents_screen(path, "lena", lang) as (pilot, app, _):
        await pilot.press("I")
        await pilot.pause()
        assert isinstance(app.screen, SpeakersScreen)
        shown = _shown(app.screen)
        await pilot.press("escape")
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        prompt = app.screen.title_text
        await pilot.press("escape")
        await open_first_document(pilot, app)
        told = notifications(app)
    asker, other = shown.splitlines()[1:3]
    typed = ATTRIBUTE[lang]  # as the documents list heads the column (A reads it so)
    assert asker.startswith(ASKER[lang]) and GUESSED[lang] in asker, shown
    assert "IP1" in other and typed in shown, shown
    assert ASKER[lang] in prompt and typed in prompt, prompt
    assert any(ASKER[lang] in n and typed in n for n in told), told


async def test_a_coder_is_told_no_guess_and_no_citation(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.db", "en")
    async with documents_screen(path, "karin") as (pilot, app, _):
        await pilot.press("I")
        await pilot.pause()
        shown = _shown(app.screen)
        await pilot.press("escape")
        await open_first_document(pilot, app)
        told = notifications(app)
    assert "GUESSED" in shown and "IP1" not in shown, shown
    assert not any("interviewer=" in n for n in told), told

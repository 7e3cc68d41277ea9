"""A note names every code as the codebook pane lists it, alike (tui47): once one name is
too long for a note, a short one is named from the word that tells it apart too. "Coded
From individual to systems perspective" took a line more at 80x24 than the pane's
"individual to systems perspective", and read beside "mission monologue to mission
dialogue" as another kind of name (as eyes33 found for the pane)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.code_names_kit import lead_names_codes
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

NAMES = {
    "mission_dialogue": {
        "sv": "Från uppdragsmonolog till uppdragsdialog",
        "en": "From mission monologue to mission dialogue",
    },
    "integration": {
        "sv": "Från individ- till systemperspektiv",
        "en": "From individual to systems perspective",
    },
}
SAID = {
    "en": ("Coded individual to systems perspective", "mission monologue to mission dialogue"),
    "sv": ("Kodat individ- till systemperspektiv", "uppdragsmonolog till uppdragsdialog"),
}


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_a_short_name_is_said_from_its_telling_word_as_the_long_ones(
    project_file: Path, lang: str
) -> None:
    lead_names_codes(project_file, NAMES)
    short, long = SAID[lang]
    async with karins_coding_screen(project_file, ui_lang=lang) as (pilot, app, screen):
        await pilot.press("j", "2")  # integration: its whole name fits 40 characters
        await pilot.pause()
        coded = notifications(app)[-1]
        pane = screen.sidebar.shown("codebook")
        await pilot.press("1")
        await pilot.pause()
        other = notifications(app)[-1]
    assert coded == short, coded
    assert long in other, other
    assert short.split(maxsplit=1)[1].split()[0] in pane  # the pane's word, as the note's

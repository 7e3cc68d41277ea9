"""Every note names a code as the codebook pane lists it: the suggestion round said
"Rejected long-term economic governance" (where the turning point goes) and `u` then
"Undone: the rejection of short-term to long-term economic governance" (the part of the
name that tells it apart), one code under two names in one minute (minor46)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.code_names_kit import lead_names_codes
from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)

NAMES = {
    "integration": {
        "sv": "Från kortsiktighet till långsiktighet i den ekonomiska styrningen",
        "en": "From short-term to long-term economic governance",
    },
    "mission_dialogue": {
        "sv": "Från uppdragsmonolog till uppdragsdialog",
        "en": "From mission monologue to mission dialogue",
    },
}
TAILS = {
    "sv": "kortsiktighet till långsiktighet i den ekonomiska styrningen",
    "en": "short-term to long-term economic governance",
}


@pytest.mark.parametrize(
    ("lang", "rejected", "undone"),
    [
        ("en", "Rejected ", "Undone: the rejection of "),
        ("sv", "Avvisat: ", "Ångrat: avvisningen av "),
    ],
)
async def test_a_rejection_and_its_undoing_name_the_code_alike(
    project_file: Path, lang: str, rejected: str, undone: str
) -> None:
    lead_names_codes(project_file, NAMES)
    pending_suggestions(project_file, [0.95, 0.9])
    async with karins_coding_screen(project_file, (100, 30), lang) as (pilot, app, screen):
        await pilot.press("r")
        await pilot.pause()
        after_reject = notifications(app)[-1]
        await pilot.press("u")
        await pilot.pause()
        after_undo = notifications(app)[-1]
        pane = screen.sidebar.shown("codebook")
    tail = TAILS[lang]
    assert after_reject.startswith(f"{rejected}{tail}"), after_reject
    assert after_undo.startswith(f"{undone}{tail} "), after_undo
    assert tail.split()[0] in pane  # the pane lists it from the same word

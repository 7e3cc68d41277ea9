"""The reports screen's exports tell the lead which names in the transcripts' talk the key
does not replace (Project.names_off_key), as the CLI's exports do: the places, labels and
memos off the key had their notes, the talk none, and "Jag pratade med Åsa" went out."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import export_to, notifications, reports_screen

pytestmark = pytest.mark.slow

INTERVIEW = (
    "Intervjuare: Vem stöttade dig?\n"
    "Mats: Jag pratade med Åsa om det, hon var bra.\n"
    "Intervjuare: Och nu?\n"
    "Mats: Nu är det bättre.\n"
)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "Names in the transcripts not on"), ("sv", "Namn i transkripten som inte")],
)
async def test_an_export_names_the_talks_names_off_the_key(
    tmp_path: Path, lang: str, words: str
) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        project.act_as("sara")
        project.import_text("ekstad_01.txt", INTERVIEW, lang="sv")
        project.apply_suggested_pseudonyms("sara")  # Mats, the speaker, alone
    async with reports_screen(path, "sara", lang) as (pilot, app, _):
        await export_to(app, pilot, "x", tmp_path / "p.qdpx")
        said = notifications(app)
    assert any(m.startswith(words) and "Åsa" in m for m in said), said

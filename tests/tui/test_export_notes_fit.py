"""After an export the notes fit a 24-line screen and the file's place is said last: 31
names of a Swedish plan off the pseudonym key made one note taller than the screen, and
"Skrev …/demo-summary.docx", shown first, was pushed off its top (eyes43). A list of
names says its first six and how many more."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import export_to, names_file, notifications, reports_screen

pytestmark = pytest.mark.slow

NAMES = ["Åsa", "Bertil", "Cecilia", "David", "Erik", "Fatima", "Gustav", "Hanna", "Ingrid"]
INTERVIEW = (
    "Intervjuare: Vem stöttade dig?\n"
    + "".join(f"Mats: Jag pratade med {name} om det, och det hjälpte.\n" for name in NAMES)
    + "Intervjuare: Och nu?\nMats: Nu är det bättre.\n"
)


@pytest.mark.parametrize(("lang", "more"), [("en", "… and 3 more"), ("sv", "… och 3 till")])
async def test_the_names_are_few_and_the_file_is_said_last(
    tmp_path: Path, lang: str, more: str
) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sara", role="lead")
        project.act_as("sara")
        project.import_text("ekstad_01.txt", INTERVIEW, lang="sv")
        project.apply_suggested_pseudonyms("sara")  # Mats, the speaker, alone
        assert len(project.names_off_key("sara")) == len(NAMES)
    target = tmp_path / "p.qdpx"
    async with reports_screen(path, "sara", lang) as (pilot, app, _):
        await export_to(app, pilot, "x", target)
        said = notifications(app)
    (names,) = [m for m in said if "Bertil" in m]
    assert more in names and "Ingrid" not in names, names
    assert names_file(said[-1], target), said

"""`qualcode pseudonym suggest` on an English study (a UK team, eyes7): the places it
proposes are in the documents' language ("Municipality A", not "Kommun A"), a Swedish
document's place still gets "Kommun", a list item's first word is not a name
("• Strategic workforce planning"), nor is "County" of "Ashbourne County Council"."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

INTERVIEW = (
    "Interviewer: Could you describe your role?\n"
    "Margaret Whitfield: I manage a team at Ashbourne County Council. We moved to "
    "Harrowfield last year,.\n"
)
POLICY = (
    "Adult social care workforce\n\n"
    "The council works with providers in five priority areas:\n\n"
    "  • Strategic workforce planning\n"
    "  • Growing and developing the workforce\n"
)
SWEDISH = "Intervjuare: Hur började det?\nEva Lund: Jag har jobbat i Åby i tio år.\n"


def english_study(path: Path) -> Path:
    """A UK team's study (lead sam): an interview from Ashbourne, a policy from Leeds, and
    one Swedish interview from Åby."""
    with Project.create(path) as project:
        project.add_coder("sam", role="lead")
        project.import_text(
            "int_01.txt", INTERVIEW, lang="en", attributes={"municipality": "Ashbourne"}
        )
        project.import_text("plan.txt", POLICY, lang="en", attributes={"municipality": "Leeds"})
        project.import_text("aby_01.txt", SWEDISH, lang="sv", attributes={"municipality": "Åby"})
    return path


def test_an_english_study_gets_english_pseudonyms(tmp_path: Path) -> None:
    path = english_study(tmp_path / "study.db")
    result = CliRunner(env={"QUALCODE_CODER": "sam"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    found = {row["real"]: row for row in json.loads(result.stdout)}
    assert found["Ashbourne"]["pseudonym"] == "Municipality A"
    assert found["Leeds"]["pseudonym"] == "Municipality B"
    assert found["Åby"]["pseudonym"] == "Kommun C"  # the Swedish interview's place
    assert found["Margaret Whitfield"]["pseudonym"] == "IP2"  # interviews in name order
    assert found["Harrowfield"]["kind"] == "place"
    assert found["Harrowfield"]["pseudonym"] == "Place A"
    assert "Strategic" not in found and "Growing" not in found
    assert "County" not in found and "Council" not in found

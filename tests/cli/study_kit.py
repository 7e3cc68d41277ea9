"""Studies the pseudonym tests build: a UK team's English study with one Swedish
interview (``english_study``), and the same study coded with the tiny codebook
(``place_study``)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import CODEBOOK, code_add, ok

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


def place_study(tmp_path: Path) -> Path:
    """The English study with the tiny codebook, one coding of mission in each document."""
    path = english_study(tmp_path / "study.db")
    (tmp_path / "tiny.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "--coder", "sam", "codebook", "load", str(tmp_path / "tiny.yaml"))
    for doc in ("int_01", "plan", "aby_01"):
        code_add(path, doc, 0, 20, "mission", "--coder", "sam")
    return path

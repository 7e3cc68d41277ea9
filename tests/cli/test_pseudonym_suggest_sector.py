"""`qualcode pseudonym suggest` on an English interview does not take a sector for a place:
"I have worked in Health" proposed "Health" as "Place A" (eyes12), since "in" says place
and the lemma tables that tell an ordinary word list "health" nowhere (it does not
inflect). English writes "health" in lower case far more often than "Health", so after an
English preposition it is the sector; a town there ("in Harrowfield", "near Leeds") is
still a place."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.cli.cli_kit import proposed

INTERVIEW = (
    "Interviewer: How did you come to this job?\n"
    "Respondent: I have worked in Health for ten years, first in Harrowfield and now "
    "near Leeds. Before that I was in Care, and a friend from Housing got me the post.\n"
)


def test_a_sector_after_in_is_no_place(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("sam", role="lead")
        project.import_text("int_01.txt", INTERVIEW, lang="en")
    found = proposed(path, "sam")
    assert "Health" not in found and "Care" not in found and "Housing" not in found
    assert found["Harrowfield"]["kind"] == "place"
    assert found["Leeds"]["kind"] == "place"

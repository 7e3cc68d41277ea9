"""UK transcripts number their interviewees in each interview ("R1:" answering
"Interviewer:"). `pseudonym suggest` proposed the first interview's "R1" for the key as
IP1, and applied, the "R1" of every other interview was cited as IP1 too: two women's
words under one citation in a paper. And the head naming the interviewee ("Participant:
Margaret Okafor") above "R1:" turns proposed her as a person of her own (N4), not under
her citation (user50b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.project.pseudonym_suggest import part_label
from tests.conftest import project_with

# Invented for this test.
FIRST = (
    "Interviewer: Helen Carter\n\nParticipant: Margaret Okafor, team manager\n\n"
    "Interviewer: How are the caseloads?\n\n"
    "R1: They went up every month. Nobody can manage thirty cases.\n\n"
    "Interviewer: And the families?\n\n"
    "R1: They get a new social worker every few months.\n"
)
SECOND = (
    "Interviewer: What is the biggest pressure?\n\n"
    "R1: The rotas. Carers have fifteen minutes per visit.\n\n"
    "Interviewer: What happens when carers leave?\n\n"
    "R1: The clients suffer. Continuity of care goes first.\n"
)


def test_each_interview_s_r1_keeps_its_own_citation(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", ("northfield.txt", FIRST), lang="en") as project:
        project.import_text("eastbrook.txt", SECOND, lang="en")
        project.act_as("lena")
        proposed = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
        assert "R1" not in proposed  # a part's label with a number names no one person
        assert proposed["Margaret Okafor"] == proposed["Okafor"] == "IP2", proposed
        project.apply_suggested_pseudonyms("lena", ("speaker", "person", "other"))
        cited = sorted(c for each in project.speaker_pseudonyms().values() for c in each.values())
    assert cited == ["IP1", "IP2"]


@pytest.mark.parametrize(
    ("label", "part"),
    [("R1", True), ("Respondent 3", True), ("P2", False), ("IP12b", True), ("Rosa", False)],
)
def test_which_labels_are_a_part_s(label: str, part: bool) -> None:
    assert part_label(label) is part

"""Every face reads a coder as the exports print her, by one rule (``printed_coders``).

A coder is printed by her own pseudonym, else by the lead's typed entry for her name, else
by her name, or by a label ("Kodare B") where the participants' key replaces it. The check
that keeps a participant's pseudonym from reading as a coder kept a copy of that rule, and
the copy read karin beside the participant "Karin Holm" as the key's "IP1" (study46). Here
one team has a coder of each kind, and what the key prints for each is what the reports
list, what a typed team reads back and what a participant's pseudonym is refused as.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.project.coder_label_kit import two_speakers_coded

TEAM = ("karin", "johan", "mira", "per")


def _team(project: Project) -> None:
    """karin and johan are participants too (labels), per has her own pseudonym, mira the
    lead's typed entry for her name; all four code one passage."""
    two_speakers_coded(project, TEAM, {c: 20 + 5 * i for i, c in enumerate(TEAM)})
    project.set_coder_pseudonym("per", "Forskare P", "lena")
    project.set_pseudonym("mira", "Forskare M", "lena")


def test_each_kind_of_coder_is_printed_as_the_rule_says(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        sv = project.pseudonym_key(viewer="lena", lang="sv")
        en = project.pseudonym_key(viewer="lena", lang="en")
        assert [sv.coder(c) for c in ("lena", *TEAM)] == [
            "lena",
            "Kodare B",
            "Kodare C",
            "Forskare M",
            "Forskare P",
        ]
        assert [en.coder(c) for c in ("karin", "johan")] == ["Coder B", "Coder C"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_reports_and_a_typed_team_read_the_keys_printing(tmp_path: Path, lang: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        key = project.pseudonym_key(viewer="lena", lang=lang)
        printed = [key.coder(c) for c in TEAM]
        assert sorted(project.agreement(bootstrap=0).coders) == sorted(
            project.pseudonym_key(viewer="lena").coder(c) for c in TEAM
        )
        assert project.team_scope(printed).coders == TEAM


@pytest.mark.parametrize("coder", ["lena", "mira", "per"])
def test_a_participant_printed_as_a_coder_is_refused_as_the_key_prints_her(
    tmp_path: Path, coder: str
) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        printed = project.pseudonym_key(viewer="lena").coder(coder)
        with pytest.raises(ValidationError, match=f"reads as the coder '{printed}' as exports"):
            project.set_pseudonym("Zelda", printed, "lena")


def test_a_participant_given_a_coders_label_moves_her_on(tmp_path: Path) -> None:
    """A label is passed over where a name on the key reads as it: the participant is
    "Kodare B" and karin is printed by the next free letter, never as the participant."""
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        project.set_pseudonym("Zelda", "Kodare B", "lena")
        assert project.pseudonym_key(viewer="lena").coder("karin") not in ("Kodare B", "karin")

"""A team typed as the reports print it counts those coders (team46).

karin joined before johan, and both are participants too, so a lead's reports print them
"Kodare B" and "Kodare C" (lena, the lead, joined first). The reports screen's `t` offered
the counted coders so and `agree --coders` took names copied from `agree`'s output; the
service refused both as unknown coders. A coder is named by her name or as the project
prints her, in either language; a label printed for nobody, or reading as two coders, is
refused in one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import AmbiguousError, NotFoundError
from tests.project.coder_label_kit import two_speakers_coded


def _team(project: Project) -> None:
    """karin, johan and mira code one passage, each with her own end, all done."""
    two_speakers_coded(project, ("karin", "johan", "mira"), {"karin": 50, "johan": 20, "mira": 35})


def test_a_team_typed_as_printed_counts_those_coders(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        printed = project.agreement(bootstrap=0)
        assert printed.coders == ["Kodare B", "Kodare C", "Kodare D"]  # what `t` offers
        assert project.team_scope(printed.coders).coders == ("karin", "johan", "mira")
        # in English words, in any case, beside a name
        assert project.team_scope(["coder c", "mira"]).coders == ("johan", "mira")
        assert project.team_scope(["Coder B", "johan"]).coders == ("karin", "johan")
        # the agreement of the team typed so is the default team's, printed as before
        chosen = project.agreement(["Kodare B", "Kodare C"], bootstrap=0)
        named = project.agreement(["karin", "johan"], bootstrap=0)
    assert chosen.coders == named.coders == ["Kodare B", "Kodare C"]
    assert chosen.scope == named.scope
    assert chosen.scope.startswith("2 coders (Kodare B, Kodare C), 1 of 1"), chosen.scope
    assert [r.alpha for r in chosen.rows] == [r.alpha for r in named.rows]


def test_a_label_printed_for_nobody_is_refused_in_one_line(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        with pytest.raises(NotFoundError) as refused:
            project.team_scope(["Kodare Q", "mira"])
        # one coder counted twice, by name and as printed, is one coder: too few
        with pytest.raises(Exception, match="names 1 coder"):
            project.team_scope(["Kodare B", "karin"])
    said = str(refused.value)
    assert "\n" not in said
    assert said == (
        "no coder is printed as 'Kodare Q'; the reports print the coders as "
        "Coder B, Coder C, Coder D, lena"  # the service's line is English, its labels too
    )
    assert refused.value.key == "coder_label_unknown"


def test_a_label_that_reads_as_two_coders_is_refused(tmp_path: Path) -> None:
    """A project made before coders were refused names shaped like a label can hold a
    coder called "Kodare B" beside karin, printed so: typed, it is neither."""
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        project.store.coders.add("Kodare B", "coder")  # as an older project's file holds her
        assert project.pseudonym_key().coder("karin") == "Kodare B"
        with pytest.raises(AmbiguousError) as refused:
            project.team_scope(["Kodare B", "mira"])
    said = str(refused.value)
    assert "\n" not in said
    assert said.startswith("coder 'Kodare B' reads as two coders, Kodare B and karin"), said


def test_who_took_part_in_a_decision_is_read_as_printed_too(tmp_path: Path) -> None:
    """`reconcile decide --with` names a team as well: "Kodare C" is johan there."""
    with Project.create(tmp_path / "p.db") as project:
        _team(project)
        case = project.cases()[0].case.id
        project.decide(case, "union", "läst", "lena", participants=["Kodare C", "mira"])
        taken = project.case(case).participants
        with pytest.raises(NotFoundError, match="no coder is printed as 'Coder Q'"):
            project.decide(case, "union", "läst", "lena", participants=["Coder Q"])
    assert sorted(taken) == ["johan", "mira"]

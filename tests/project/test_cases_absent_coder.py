"""A coder who never started a document is no version in its cases. A lead reconciling
four coders' two documents, the fourth having coded only the first, found every passage
of the second that the other three coded alike listed as a "presence" disagreement
("dag: –") to decide one by one, and `reconcile confirm` left them out of the consensus
(lead32)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.project.team_kit import absent_coder_study

TEAM = ["karin", "johan", "sara"]


def _study(path: Path) -> tuple[str, str]:
    """karin, johan and sara code the first unit of the first document alike; karin and
    johan code the first unit of the second alike and part on its last (karin alone);
    sara never opens the second."""
    project, first, second = absent_coder_study(path, coded=(0,))
    with project:
        project.act_as("karin")
        last = project.units(second)[3]
        project.add_coding(second, last.start, last.end, "mission", "karin")
    return first, second


def test_the_absent_coder_is_no_version_and_agreements_confirm(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    first, second = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        views = project.cases(TEAM, [first, second], include_agreements=True)
        in_second = [v.case for v in views if v.case.document_id == second]
        assert [c.kind for c in in_second] == ["agreement", "presence"]
        assert all(set(c.versions) == {"karin", "johan"} for c in in_second)
        in_first = [v.case for v in views if v.case.document_id == first]
        assert [set(c.versions) for c in in_first] == [set(TEAM)]
        assert project.confirm_agreements("lena", TEAM, [first, second]) == 2
        open_case = in_second[1]
        project.decide(open_case.id, "accept:karin", "karin read it right", "lena", coders=TEAM)
        assert project.open_cases(TEAM, [first, second]) == 0
        consensus = project.store.codings.list(document_ids=[second], layer="consensus")
    assert len(consensus) == 2


def test_a_coder_who_started_it_keeps_her_empty_version(tmp_path: Path) -> None:
    """Marked in progress, she read it: her "nothing here" is a version."""
    path = tmp_path / "p.db"
    _, second = _study(path)
    with Project.open(path) as project:
        project.act_as("sara")
        project.set_status(second, "sara", "in_progress")
        project.act_as("lena")
        views = project.cases(TEAM, [second], include_agreements=True)
    assert [v.case.kind for v in views] == ["presence", "presence"]
    assert all(set(v.case.versions) == set(TEAM) for v in views)

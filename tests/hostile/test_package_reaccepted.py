"""A rejection the coder took back and then accepted arrives as her accepted coding.

Johan rejected a suggestion in his copy, the lead merged it, he took it back (``u``) and
accepted it. His next package carried the coding and the taking back, not the
acceptance: the lead's merge reopened the rejection and left it pending, a passage
proposed to him again beside the coding he had made of it, and the coding named no
suggestion (small36b).
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def test_a_rejection_taken_back_and_accepted_is_her_accepted_coding_here(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    team, doc = blind_team
    with team:
        team.act_as("lena")
        team.handout("johan", tmp_path / "johan.db")
    with Project.open(tmp_path / "johan.db") as copy:
        copy.act_as("johan")
        made = copy.suggest([doc], coder="johan", min_score=0.0)[0]
        copy.reject_suggestions([made.id], "johan")
        first = copy.export_coder("johan", tmp_path / "first.json")
    with Project.open(team.path) as p:
        p.act_as("lena")
        assert p.merge_package(first).rejections == 1
    with Project.open(tmp_path / "johan.db") as copy:
        copy.act_as("johan")
        copy.reopen_suggestions([made.id], "johan")
        [coding] = copy.accept_suggestions([made.id], "johan")
        second = copy.export_coder("johan", tmp_path / "second.json")
    with Project.open(team.path) as p:
        p.act_as("lena")
        report = p.merge_package(second)
        assert (report.added, report.reopened, report.accepted) == (1, 1, 1)
        assert (p.merge_package(second).added, p.merge_package(first).rejections) == (0, 0)
    with Project.open(team.path) as p:  # nobody named: every suggestion, pending too
        [held] = p.suggestions(status=None)
        assert (held.id, held.status, held.decided_by) == (made.id, "accepted", "johan")
        [merged] = [c for c in p.codings(doc) if c.id == coding]
        assert merged.suggestion_id == made.id
    with Project.open(tmp_path / "johan.db") as copy:  # he removes the coding: pending there
        copy.act_as("johan")
        copy.remove_coding(coding, "johan")
        third = copy.export_coder("johan", tmp_path / "third.json")
    with Project.open(team.path) as p:
        p.act_as("lena")
        assert (p.merge_package(third).removed, p.merge_package(second).accepted) == (1, 0)
    with Project.open(team.path) as p:
        assert [s.status for s in p.suggestions(status=None)] == ["pending"]

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
from tests.hostile.package_kit import in_his_copy, rejected_in_his_copy


def test_a_rejection_taken_back_and_accepted_is_her_accepted_coding_here(
    blind_team: tuple[Project, str], tmp_path: Path
) -> None:
    path, first, made = rejected_in_his_copy(blind_team, tmp_path)
    copy = tmp_path / "johan.db"
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.merge_package(first).rejections == 1
    with Project.open(copy) as his:  # u after r, then a: his coding of it
        his.act_as("johan")
        his.reopen_suggestions([made.id], "johan")
        [coding] = his.accept_suggestions([made.id], "johan")
        second = his.export_coder("johan", tmp_path / "second.json")
    with Project.open(path) as p:
        p.act_as("lena")
        report = p.merge_package(second)
        assert (report.added, report.reopened, report.accepted) == (1, 1, 1)
        assert (p.merge_package(second).added, p.merge_package(first).rejections) == (0, 0)
    with Project.open(path) as p:  # nobody named: every suggestion, pending too
        [held] = p.suggestions(status=None)
        assert (held.id, held.status, held.decided_by) == (made.id, "accepted", "johan")
        [merged] = [c for c in p.codings(made.document_id) if c.id == coding]
        assert merged.suggestion_id == made.id
    # he removes the coding: pending in his copy
    third = in_his_copy(copy, lambda p: p.remove_coding(coding, "johan"), "third.json")
    with Project.open(path) as p:
        p.act_as("lena")
        assert (p.merge_package(third).removed, p.merge_package(second).accepted) == (1, 0)
    with Project.open(path) as p:
        assert [s.status for s in p.suggestions(status=None)] == ["pending"]

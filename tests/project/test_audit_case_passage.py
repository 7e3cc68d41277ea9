"""A reconciliation entry of the audit trail names its case's passage, as a coding's does:
its payload names the case, not where it is, so Enter on a lead's decision in the audit
screen opened the document at its top instead of at the passage decided (eyes43)."""

from __future__ import annotations

from pathlib import Path

from tests.project.team_kit import agreed_and_decided


def test_a_decision_and_a_comment_carry_their_cases_passage(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    with project:
        second = project.units(doc)[1]  # the sentence karin alone coded: the case
        (case,) = project.cases()
        project.comment(case.case.id, "lena", "karin read the turn as a whole")
        trail = project.audit_trail("lena", real_names=True)
    comment, decision = trail[:2]
    assert decision.action == "reconcile.decide" and comment.action == "reconcile.comment"
    assert decision.span == (second.start, second.end)
    assert comment.span == decision.span
    assert decision.document_id == comment.document_id == doc

"""How far reconciliation has come counts each case once: a case decided before a late
coder finished its document is open again (its versions changed), and the reports' line
counted it both as decided and as open: "2 of 15 disagreement cases decided" beside the
reconcile screen's "14 of 14 cases" (tui48, the demo with a fourth coder). Decisions on
documents outside the counted ones were counted too."""

from __future__ import annotations

from pathlib import Path

from tests.project.team_kit import agreed_and_decided


def test_a_case_open_again_is_counted_once(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "team.db")
    with project:
        before = project.reconciling()
        assert before is not None and (before.decided, before.open) == (1, 0)
        project.add_coder("nina")
        project.act_as("nina")
        project.set_status(doc, "nina", "done")  # finished, coding nothing: versions change
        project.act_as("lena")
        views = project.cases()
        progress = project.reconciling()
    assert progress is not None
    assert progress.decided + progress.open == len(views), (progress, len(views))
    in_force = sum(1 for v in views if v.verdict and not v.stale)
    assert progress.decided == in_force

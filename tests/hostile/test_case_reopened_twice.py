"""A decision reopened from two of the lead's windows at once (red team 15).

reopen read the case's verdict before the write lock, so while the other window's
reopening held it the second went through after it: the case's discussion held the
reason twice, and the audit a second 'reconcile.reopen' that reopened nothing
('reopens': []). The case is read under the lock now; the second window is told it has
no decision to reopen.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import racing
from tests.project.team_kit import agreed_and_decided


def test_a_case_reopened_meanwhile_is_reopened_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, _ = agreed_and_decided(path)
    with made:
        case_id = next(c.case.id for c in made.cases() if c.verdict is not None)

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return project.reopen(case_id, "lena", "johan was away")

    with Project.open(path) as other:
        other.act_as("lena")
        _, raised = racing(action, other, lambda p: p.reopen(case_id, "lena", "johan was away"))
    assert isinstance(raised, ValidationError), raised
    assert "has no decision to reopen" in str(raised) and "\n" not in str(raised)
    with Project.open(path) as project:
        project.act_as("lena")
        reopened = [e.payload for e in project.audit(action="reconcile.reopen")]
        assert len(reopened) == 1 and reopened[0]["reopens"], reopened
        view = project.case(case_id)
        assert [c.text for c in view.comments].count("johan was away") == 1

"""A case decided (or reopened) by someone else between the lead's reading and her decision.

Two `reconcile decide` on one case at one moment, without --seen (two leads, or one lead's
two windows): both read the case undecided, and the second wrote over the first; both
stood in the history, and the lead whose decision was replaced was never told. With --seen
(and in the TUI) the stamp held only the coders' versions, so a stamp read before a
decision still passed after it. The decision in force is read again under the write lock:
one made or taken back since the lead read the case (since this call read it, without a
stamp) is refused in one line, and nothing is written. Read again, the lead decides again
and replaces it, knowingly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import finish_first_unit, team_project
from tests.hostile.hostile_kit import racing


def _case(path: Path) -> str:
    """johan coded the first unit, karin nothing, both done: the open case's id."""
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("johan",))
        return project.cases()[0].case.id


def _lena(path: Path) -> Project:
    return Project.open(path).act_as("lena", "lena")


def _decisions(path: Path) -> list[tuple[str, str, bool]]:
    """Every decision on the file, in force or not: verdict, rationale, superseded."""
    with _lena(path) as p:
        view = p.cases()[0]
        past = [(d.verdict, d.rationale, True) for d in view.history]
        now = [(view.verdict, view.rationale or "", False)] if view.verdict else []
        return past + now


def test_two_decisions_at_one_moment_the_second_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    case_id = _case(path)

    def decide() -> object:  # lena's second window: reads the case undecided, then waits
        with _lena(path) as lena:
            return lena.decide(case_id, "accept:karin", "not about the mission", "lena")

    with _lena(path) as first:  # ... while her first window decides and commits
        written, raised = racing(
            decide, first, lambda p: p.decide(case_id, "accept:johan", "it is the mission", "lena")
        )
    assert written is None and isinstance(raised, ValidationError), (written, raised)
    said = str(raised)
    assert "was decided meanwhile (accept:johan by lena)" in said and "\n" not in said
    assert raised.key == "case_decided_meanwhile"
    assert _decisions(path) == [("accept:johan", "it is the mission", False)]
    with _lena(path) as lena:
        assert len(lena.audit(action="reconcile.decide")) == 1
        consensus = [c for c in lena.codings() if c.layer == "consensus"]
        assert len(consensus) == 1  # johan's version, as the first window decided
        # read again, she decides again, and replaces that decision knowingly
        assert lena.decide(case_id, "accept:karin", "not about the mission", "lena") == []
    assert _decisions(path) == [
        ("accept:johan", "it is the mission", True),
        ("accept:karin", "not about the mission", False),
    ]


def test_a_stamp_read_before_a_decision_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    case_id = _case(path)
    with _lena(path) as lena:
        listed = lena.case(case_id).stamp
        assert listed == lena.case(case_id).case.digest  # undecided: the versions' digest
    with _lena(path) as other:  # another lead's (her other window's) decision meanwhile
        other.decide(case_id, "accept:johan", "it is the mission", "lena")
    with _lena(path) as lena:
        with pytest.raises(ValidationError, match="was decided meanwhile") as refused:
            lena.decide(case_id, "accept:karin", "not about it", "lena", seen=listed)
        assert "\n" not in str(refused.value)
        fresh = lena.case(case_id).stamp
        assert fresh != listed  # the decision in force is in the stamp
    assert _decisions(path) == [("accept:johan", "it is the mission", False)]
    with _lena(path) as lena:  # read again: her decision replaces the one she now saw
        lena.decide(case_id, "accept:karin", "not about it", "lena", seen=fresh)
        with pytest.raises(ValidationError, match="was decided meanwhile"):
            lena.decide(case_id, "accept:johan", "after all", "lena", seen=fresh)
    assert [v for v, _, _ in _decisions(path)] == ["accept:johan", "accept:karin"]


def test_a_decision_reopened_meanwhile_is_not_decided_over(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    case_id = _case(path)
    with _lena(path) as lena:
        lena.decide(case_id, "accept:johan", "it is the mission", "lena")
        listed = lena.case(case_id).stamp
    with _lena(path) as other:
        other.reopen(case_id, "lena", "karin was away")
    with _lena(path) as lena:
        with pytest.raises(ValidationError, match="reopened meanwhile") as refused:
            lena.decide(case_id, "accept:karin", "not about it", "lena", seen=listed)
        assert refused.value.key == "case_reopened_meanwhile"
        assert lena.cases()[0].verdict is None  # still open for the discussion


def test_a_coder_changing_the_case_is_still_said_as_such(tmp_path: Path) -> None:
    """A stamp of a decided case, the versions changed since: the coder's change is what
    the lead is told, as before decisions counted in the stamp."""
    path = tmp_path / "p.db"
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("johan",))
        case_id = project.cases()[0].case.id
        project.decide(case_id, "accept:johan", "it is the mission", "lena")
        listed = project.case(case_id).stamp
        unit = project.units(doc)[0]
        project.act_as("karin", "karin").add_coding(doc, unit.start, unit.end, "mission", "karin")
    with _lena(path) as lena, pytest.raises(ValidationError) as refused:
        lena.decide(case_id, "accept:karin", "both", "lena", seen=listed)
    assert "changed since you read it" in str(refused.value)

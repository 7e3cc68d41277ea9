"""A decision's consensus changes only with the decision (red team, round 7).

Reconciliation writes the consensus: a decision's codings are linked to it, and deciding
the case again or reopening it retires them. lena gave one of them another code by hand
(``qualcode code change``/``Project.change_coding``): the new row was tied to no decision,
so when the team then decided the case 'reject' (no code) the hand-made code stayed in the
consensus every summary quotes, as if decided; and ``restore_coding`` brought back a
consensus coding an earlier decision had written and a later one retired, so two verdicts
stood on one passage. Such codings are now changed by deciding or reopening the case only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import finish_first_unit, team_project
from tests.hostile.export_kit import counts


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    target = tmp_path / "p.db"
    made, doc = team_project(target)
    made.add_code("other", {"sv": "Annat"})
    finish_first_unit(made, doc, ["karin"])
    made.close()
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    return target


def _consensus(p: Project) -> list[str]:
    return sorted(c.code for c in p.codings(layer="consensus"))


def test_a_decided_consensus_coding_is_not_changed_or_removed_by_hand(path: Path) -> None:
    with Project.open(path) as p:
        case = p.cases()[0].case.id
        (coding,) = p.decide(case, "accept:karin", "karin läste rätt", by="lena")
        before = counts(path)
        with pytest.raises(QualcodeError, match="decide its case again or reopen it"):
            p.change_coding(coding, "other", "lena")
        with pytest.raises(QualcodeError, match="decide its case again or reopen it"):
            p.remove_coding(coding, "lena")
        assert counts(path) == before
        p.decide(case, "reject", "ingen kod här", by="lena")
        assert _consensus(p) == []
        with pytest.raises(QualcodeError, match="decide its case again or reopen it"):
            p.restore_coding(coding, "lena")
        assert _consensus(p) == []


def test_a_consensus_coding_the_lead_added_by_hand_is_still_hers_to_change(path: Path) -> None:
    with Project.open(path) as p:
        doc = p.documents()[0].id
        made = p.add_coding(doc, 0, 9, "mission", "lena", layer="consensus")
        changed = p.change_coding(made.id, "other", "lena")
        p.remove_coding(changed.id, "lena")
        assert _consensus(p) == []

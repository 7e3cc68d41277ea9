"""A reconciliation decision names the lead who made it (red team, round 7).

A project may have two leads. lena, acting as herself, passed ``by="erik"`` to
``Project.decide`` (or ran ``qualcode reconcile decide --coder erik``, as a lead may act
for a coder) and the decision, its consensus codings, the agenda's history and the
appendix all said erik had decided, with a rationale he never gave; ``add_coding`` wrote a
consensus coding under erik's name the same way. Now a decision, a reopening, a
confirmation and a consensus coding are recorded under the lead at the keyboard only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import finish_first_unit, team_project
from tests.hostile.export_kit import counts


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    target = tmp_path / "p.db"
    made, doc = team_project(target)
    made.add_coder("erik", role="lead")
    finish_first_unit(made, doc, ["karin"])
    made.close()
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    return target


def test_a_lead_decides_reopens_and_confirms_only_as_herself(path: Path) -> None:
    with Project.open(path) as p:
        case = p.cases()[0].case.id
        doc = p.documents()[0].id
        before = counts(path)
        with pytest.raises(QualcodeError, match="lena cannot reconcile as erik"):
            p.decide(case, "accept:karin", "erik tyckte så", by="erik")
        with pytest.raises(QualcodeError, match="lena cannot reconcile as erik"):
            p.confirm_agreements("erik")
        with pytest.raises(QualcodeError, match="lena cannot write the consensus as erik"):
            p.add_coding(doc, 0, 9, "mission", "erik", layer="consensus")
        assert counts(path) == before
        p.decide(case, "accept:karin", "karin läste rätt", by="lena")
        with pytest.raises(QualcodeError, match="lena cannot reconcile as erik"):
            p.reopen(case, "erik", "erik ville ta upp det igen")
        assert [v.decided_by for v in p.cases(include_agreements=True)] == ["lena"]


def test_the_cli_acting_for_another_lead_does_not_decide_in_his_name(path: Path) -> None:
    with Project.open(path) as p:
        case = p.cases()[0].case.id
    before = counts(path)
    args = ["reconcile", "decide", case, "--verdict", "accept:karin", "--rationale", "så blev det"]
    got = CliRunner().invoke(
        app,
        ["-p", str(path), *args, "--coder", "erik"],
        env={"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"},
    )
    assert got.exit_code == 1, got.output
    assert "lena cannot reconcile as erik" in got.stderr
    assert counts(path) == before

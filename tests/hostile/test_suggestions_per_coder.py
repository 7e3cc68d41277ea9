"""Pending suggestions belong to the engine that made them (red team, round 2): johan's
`qualcode suggest` stored suggestions from an engine fitted on his codings, and karin, blind,
saw them in her list and accepted one by id, so what johan's coding taught showed through;
and her own run then replaced his pending ones. A coder sees and decides only the pending
suggestions of her own engine; a lead (or nobody named) the team engine's; a run replaces
only its own engine's pending rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


@pytest.fixture
def project(blind_team: tuple[Project, str]) -> Path:
    p, _ = blind_team
    p.close()
    return p.path


def _as(path: Path, name: str) -> Project:
    return Project.open(path).act_as(name, name)


def test_a_coder_never_sees_or_decides_a_colleagues_suggestions(project: Path) -> None:
    with _as(project, "johan") as johan:
        his = johan.suggest(["aby_02"], coder="johan", min_score=0.0)
        assert his
    with _as(project, "karin") as karin:
        assert karin.suggestions("aby_02") == [] and karin.undecided_suggestions("aby_02") == 0
        with pytest.raises(QualcodeError, match="among karin's"):
            karin.accept_suggestions([his[0].id], "karin")
        hers = karin.suggest(["aby_02"], coder="karin", min_score=0.0)
        assert {s.id for s in karin.suggestions("aby_02")} == {s.id for s in hers}
    with _as(project, "johan") as johan:  # karin's run left his pending suggestions alone
        assert {s.id for s in johan.suggestions("aby_02")} == {s.id for s in his}
        johan.accept_suggestions([his[0].id], "johan")
        assert [c.coder for c in johan.codings()] == ["johan"]


def test_unblinded_each_still_sees_their_own_engines(project: Path) -> None:
    with _as(project, "lena") as lena:
        lena.set_blind(False)
        team = lena.suggest(["aby_02"], min_score=0.0)
    with _as(project, "karin") as karin:
        hers = karin.suggest(["aby_02"], coder="karin", min_score=0.0)
        assert {s.id for s in karin.suggestions("aby_02")} == {s.id for s in hers}
    with _as(project, "lena") as lena:
        assert {s.id for s in lena.suggestions("aby_02")} == {s.id for s in team}

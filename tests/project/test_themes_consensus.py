"""The theme view names who coded a code: the coders, and the consensus as the consensus.
The lead who reconciled was listed among the coders ("johan, karin, lena, mira"), as
if she had coded, because consensus codings carry her name."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import finish_first_unit, team_project


def test_consensus_codings_are_counted_as_the_consensus_not_as_the_lead(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "t.db")
    with project:
        finish_first_unit(project, doc, coded_by=("karin", "johan"))
        assert project.confirm_agreements("lena")
        loose = project.themes("lena")[-1]
        item = next(c for c in loose.codes if c.code.key == "mission")
        assert item.coders == ("johan", "karin") and "lena" not in item.coders
        assert item.consensus == 1 and item.codings == 3
        assert loose.consensus == 1 and loose.coders == ("johan", "karin")
        project.act_as("karin")  # blind: her own coding only, no consensus
        mine = next(c for c in project.themes("karin")[-1].codes if c.code.key == "mission")
        assert mine.coders == ("karin",) and mine.consensus == 0

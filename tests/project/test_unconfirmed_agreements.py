"""Passages the coders agreed on are not in the consensus until a lead confirms them: a
lead who decided every disagreement (in the TUI, which had no way to confirm) got a
summary saying nothing was open while the agreed passages were missing from it (eyes6)."""

from __future__ import annotations

from pathlib import Path

from tests.project.team_kit import agreed_and_decided


def test_unconfirmed_agreements_are_counted_and_said_in_the_summary(tmp_path: Path) -> None:
    project, doc = agreed_and_decided(tmp_path / "p.db")
    first = project.units(doc)[0]
    assert project.open_cases() == 0
    assert project.unconfirmed_agreements() == 1
    consensus = {(c.start, c.end) for c in project.codings(layer="consensus")}
    assert (first.start, first.end) not in consensus
    path = project.export_summary(tmp_path / "s.md", layer="consensus", lang="en")
    said = path.read_text(encoding="utf-8")
    assert "No disagreement case is left open." in said
    assert "Passages the coders agreed on but not yet confirmed into the consensus: 1" in said
    assert project.confirm_agreements("lena") == 1
    assert project.unconfirmed_agreements() == 0
    again = project.export_summary(tmp_path / "s2.md", layer="consensus", lang="sv")
    assert "inte förts in i konsensus" not in again.read_text(encoding="utf-8")
    project.close()

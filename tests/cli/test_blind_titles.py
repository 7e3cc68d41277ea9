"""What a coder under blind coding is told about the team's numbers: her own codings are
titled as hers (not "every coder's codings pooled"), and a consensus she may not see yet
is not called empty ("reconcile first") but blind, with how a lead opens it."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_kit import cli_run
from tests.conftest import finish_first_unit, team_project


def _agreed(path: Path) -> None:
    """karin and johan code the same sentence, both done; lena confirms it into the
    consensus."""
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, coded_by=("karin", "johan"))
        assert project.confirm_agreements("lena")


def test_a_blind_coder_is_told_the_counts_are_her_own(tmp_path: Path) -> None:
    path = tmp_path / "blind.db"
    _agreed(path)
    code, out, _ = cli_run(path, "karin", "report", "frequencies")
    assert code == 0
    assert out.startswith("Frequencies: karin's codings (blind coding: only your own)")
    code, out, _ = cli_run(path, "karin", "report", "frequencies", "--layer", "coder:karin")
    assert out.startswith("Frequencies: karin's codings (blind coding: only your own)")
    code, out, _ = cli_run(path, "lena", "report", "frequencies")
    assert out.startswith("Frequencies: every coder's codings pooled")


def test_a_blind_coder_asking_for_the_consensus_summary_is_told_why(tmp_path: Path) -> None:
    path = tmp_path / "blind.db"
    _agreed(path)
    target = tmp_path / "s.md"
    code, _, err = cli_run(
        path, "karin", "export", "summary", "--layer", "consensus", "-o", str(target)
    )
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "no codings that karin may see (blind coding" in err and "reconcile first" not in err
    assert not target.exists()
    code, _, _ = cli_run(
        path, "lena", "export", "summary", "--layer", "consensus", "-o", str(target)
    )
    assert code == 0 and target.exists()  # the lead sees the consensus it holds


def test_a_blind_coders_summary_is_of_her_own_codings(tmp_path: Path) -> None:
    """Without --layer she was refused the consensus and told to run 'team unblind', a
    lead's command; her summary is of her own codings, as her reports screen shows."""
    path = tmp_path / "blind.db"
    _agreed(path)
    target = tmp_path / "mine.md"
    code, _, err = cli_run(path, "karin", "export", "summary", "-o", str(target))
    assert code == 0, err
    assert "karin" in target.read_text(encoding="utf-8").split("\n\n", 2)[1]
    code, _, err = cli_run(
        path, "karin", "export", "summary", "--layer", "consensus", "-o", str(tmp_path / "c.md")
    )
    assert code == 1 and "layer coder: your own codings" in err and "unblind" not in err

"""`agree` on a project whose default team finished no document together printed "0 of 15
documents" and "agreement is undefined" and left the lead to guess whom to name, where the
TUI's agreement tab lists the teams that finished documents together (user50)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import two_finish_aby_05

runner = CliRunner()


def agree(demo: Path, *more: str) -> str:
    """`agree` on ``demo`` as its lead lena: what it prints."""
    result = runner.invoke(app, ["-p", str(demo), "--coder", "lena", "agree", *more])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_agree_names_the_teams_that_finished_together(demo: Path) -> None:
    two_finish_aby_05(demo)  # omar finished only aby_05, with karin: the team counts none
    said = agree(demo)
    assert "Teams that finished documents together (--coders counts one):" in said, said
    assert "  johan, karin: 8 documents\n" in said
    assert "  karin, omar: 1 document\n" in said
    named = agree(demo, "--coders", "johan,karin")
    assert "Teams that finished" not in named and "8 of 15 documents" in named


def test_no_teams_where_the_default_team_counts(demo: Path) -> None:
    assert "Teams that finished" not in agree(demo)

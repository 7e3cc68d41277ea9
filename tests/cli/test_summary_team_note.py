"""A lead whose default team finished no document together wrote a theme summary whose
methods section read "agreement is undefined" under the reconciliation of the coders who
had: her third coder had coded only a policy plan (user50). `export summary` now says so
in one line, naming the teams that finished documents together and the option that
counts the first."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import two_finish_aby_05

runner = CliRunner()


def summary(demo: Path, out: Path, *more: str) -> tuple[str, str]:
    """`export summary` of all coders' codings on ``demo`` as its lead lena (nothing is
    reconciled there): the Markdown written and stderr."""
    args = ["-p", str(demo), "--coder", "lena", "export", "summary", "--layer", "coder"]
    args += ["-o", str(out), *more]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output + result.stderr
    return out.read_text("utf-8"), result.stderr


def test_the_lead_is_told_which_team_counts(demo: Path, tmp_path: Path) -> None:
    two_finish_aby_05(demo)  # omar finished only aby_05, with karin: the team counts none
    text, said = summary(demo, tmp_path / "summary.md")
    assert "Intercoder agreement is undefined" in text
    note = next(line for line in said.splitlines() if "agreement counts no document" in line)
    assert note.startswith("note: the summary's agreement counts no document: none was ")
    assert "johan, karin: 8; johan, karin, mira: 6; karin, omar: 1" in note, note
    assert note.endswith('--coders "johan,karin"'), note
    text, said = summary(demo, tmp_path / "team.md", "--coders", "johan,karin")
    assert "agreement counts no document" not in said
    assert "Intercoder agreement is undefined" not in text


def test_no_note_where_the_team_counts(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        assert project.team_scope().documents  # the demo's three finished six together
    _, said = summary(demo, tmp_path / "summary.md")
    assert "agreement counts no document" not in said

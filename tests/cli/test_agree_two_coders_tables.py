"""`qualcode agree` between two coders printed a bare "nothing to show" under the
per-document table: the per-coder table, which exists among three coders or more, was
printed empty, and a lead reading the report took it for a table whose rows were lost."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app


def test_two_coders_get_no_empty_per_coder_table(demo: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    got = runner.invoke(
        app, ["-p", str(demo), "agree", "--bootstrap", "0", "--coders", "karin,johan"]
    )
    assert got.exit_code == 0, got.output
    assert "Per document (codes pooled)" in got.stdout
    assert "nothing to show" not in got.stdout
    assert "Per coder (codes pooled)" not in got.stdout


def test_three_coders_keep_the_per_coder_table(demo: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    got = runner.invoke(app, ["-p", str(demo), "agree", "--bootstrap", "0"])
    assert got.exit_code == 0, got.output
    assert "Per coder (codes pooled)" in got.stdout

"""`reconcile list` names the coders of one reading together: with five coders the "who"
column read "johan: mission; karin: –; mira: mission; omar: mission; ulrika: –", 150
characters a case in the demo, seven lines of a table at 120 columns (team39)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import team_project


def test_the_coders_of_one_reading_share_their_names(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    project, doc = team_project(path)
    with project:
        for name in ("mira", "omar", "ulrika"):
            project.add_coder(name)
        unit = project.units(doc)[0]
        for coder in ("johan", "mira", "omar"):
            project.act_as(coder)
            project.add_coding(doc, unit.start, unit.end, "mission", coder)
        for coder in ("karin", "johan", "mira", "omar", "ulrika"):
            project.act_as(coder)
            project.set_status(doc, coder, "done")
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "reconcile", "list"]
    )
    assert result.exit_code == 0, result.stderr
    assert "johan, mira, omar: mission; karin, ulrika: –" in result.stdout

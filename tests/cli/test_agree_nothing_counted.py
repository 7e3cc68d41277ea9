"""`qualcode agree` where no document counts says why in two lines, not sixty lines of
'undefined' (eyes31: a fourth coder who finished another document left the default team
with nothing in common, and the scope line saying whom to name scrolled away)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import MISSION_TEXT, team_project


def test_no_document_counted_prints_the_scope_and_why(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        other = project.import_text("ip2.txt", MISSION_TEXT.replace("nämnden", "chefen"), lang="sv")
        unit = project.units(doc)[0]
        project.act_as("karin")
        project.add_coding(doc, unit.start, unit.end, "mission", "karin")
        project.set_status(doc, "karin", "done")
        project.act_as("johan")
        project.set_status(other.id, "johan", "done")
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    got = runner.invoke(app, ["-p", str(tmp_path / "p.db"), "agree"])
    assert got.exit_code == 0, got.output
    assert "Counted: 2 coders (johan, karin), 0 of 2 documents" in got.output
    assert "no document had been worked on by every rater" in got.output
    assert "undefined  undefined" not in got.output and "Per code" not in got.output

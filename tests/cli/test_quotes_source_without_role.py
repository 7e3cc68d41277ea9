"""``report quotes`` cites a participant of a document without a role attribute (a Teams
transcript imported as it came) as 'IP1, turn 2', not 'IP1 ?, turn 2'."""

from __future__ import annotations

from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.project import Project

runner = CliRunner(env={"QUALCODE_CODER": "lena"})


def test_no_question_mark_for_a_missing_role(project: Project) -> None:
    project.act_as("lena")
    project.import_text(
        "teams.txt",
        "Speaker 1: Hur är veckan?\nSpeaker 2: Mest möten, tyvärr.\n"
        "Speaker 1: Och fredagar?\nSpeaker 2: Då planerar vi.\n",
        lang="sv",
    )
    at = project.document("teams.txt").text.index("Mest")
    project.add_coding("teams.txt", at, at + 10, "integration", "lena")
    got = runner.invoke(app, ["-p", str(project.path), "report", "quotes", "--code", "integration"])
    assert got.exit_code == 0, got.output
    assert "teams, IP" in got.output and ", turn 2" in got.output
    assert "?" not in got.output.split("teams, IP", 1)[1].split("turn", 1)[0]

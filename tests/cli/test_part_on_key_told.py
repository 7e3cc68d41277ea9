"""A speaker label naming a part ("Participant") that a project put on the key before
1714c629 stays there, and the key keeps rewriting the exports' own words ("IP1:s who voiced
it"): `pseudonym suggest` tells the lead, with the command that takes it off (user49)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

TALK = (
    "Interviewer: How are the caseloads?\n\n"
    "Participant: Too high, and people leave after a year.\n\n"
    "Interviewer: What changed?\n\n"
    "Participant: The council listens to us now.\n"
)


def test_a_part_on_the_key_is_told_with_its_remedy(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        project.import_text("leeds_03.txt", TALK, lang="en")
        project.set_pseudonym("Participant", "IP1", "lena", kind="speaker")
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    asked = runner.invoke(app, ["-p", str(path), "pseudonym", "suggest"])
    assert asked.exit_code == 0, asked.output
    told = [line for line in asked.stderr.splitlines() if "names a part" in line]
    assert len(told) == 1 and "'Participant' (IP1)" in told[0]
    assert "`qualcode pseudonym remove Participant`" in told[0]
    removed = runner.invoke(app, ["-p", str(path), "pseudonym", "remove", "Participant"])
    assert removed.exit_code == 0, removed.output
    again = runner.invoke(app, ["-p", str(path), "pseudonym", "suggest"])
    assert "names a part" not in again.stderr

"""`pseudonym suggest` names the label a coder will be printed under when a participant
shares her name (user49). A participant "Johan" put on the key made coder johan print as
"Kodare C" (the third coder to join) in the methods paragraph, "3 kodare (karin, Kodare C,
omar)", while the note said exports print her as 'Coder B' or 'Kodare B': the lead could
not tell which coder the label in her draft was, nor how to name him otherwise."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

TALK = (
    "Intervjuare: Vem pratade du med?\n\n"
    "Margareta: Jag pratade med Johan Lindqvist på HR om det.\n\n"
    "Intervjuare: Och sedan?\n\n"
    "Margareta: Han höll med om att vi behövde fler tjänster.\n"
)


def _team(path: Path) -> Path:
    with Project.create(path) as project:
        for name, role in (("lena", "lead"), ("karin", "coder"), ("johan", "coder")):
            project.add_coder(name, role=role)
        project.act_as("lena")
        project.import_text("storvik_07.txt", TALK, lang="sv")
    return path


def _note(result_stderr: str) -> str:
    told = [line for line in result_stderr.splitlines() if "also a coder's name" in line]
    assert len(told) == 1, result_stderr
    return told[0]


def test_the_note_names_the_coder_and_her_label_once_the_key_holds_her_name(
    tmp_path: Path,
) -> None:
    path = _team(tmp_path / "p.db")
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    put = runner.invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "--apply", "--kinds", "speaker,person"]
    )
    assert put.exit_code == 0, put.output
    note = _note(put.stderr)
    assert "coder johan as 'Kodare C'" in note, note
    assert "Kodare B" not in note and "Coder B" not in note
    assert "pseudonym set johan PSEUDONYM --kind coder" in note
    listed = runner.invoke(app, ["-p", str(path), "pseudonym", "list"])
    assert "Kodare C" in listed.stdout  # what the note said is what the key prints


def test_before_the_key_holds_it_the_note_says_a_label_follows(tmp_path: Path) -> None:
    path = _team(tmp_path / "p.db")
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    asked = runner.invoke(app, ["-p", str(path), "pseudonym", "suggest"])
    assert asked.exit_code == 0, asked.output
    note = _note(asked.stderr)
    assert "Kodare B" not in note and "Coder B" not in note
    assert "coder johan" in note and "a letter by the order the coders joined" in note

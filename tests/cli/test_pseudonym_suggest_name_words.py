"""`qualcode pseudonym suggest` asks about a first name that is also an ordinary word
(pseudo36): "Sten", "Will" and "Mark" were dropped whole because the texts also write
"sten", "will" and "mark" in lower case, so the lead was never asked and the names went out
as written. They are proposed, marked ``also_word``, and `--apply` leaves them for the lead
to key one by one (on the key, every capitalised "Will" would be replaced, "Will you come?"
too), saying so in one line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.cli.cli_kit import proposed

SV = (
    "Intervjuare: Vem leder arbetet?\n"
    "Svar: Det gör Sten. Han har en sten i skon ibland. Vi pratade med Sten om planen.\n"
)
EN = (
    "Interviewer: Who leads the work?\n"
    "Respondent: I think Will does, and he will keep doing it. Mark said we should mark "
    "the dates. I asked Will about it, and Mark agreed. Will you come? Anders Holm came.\n"
)


def _study(path: Path) -> Path:
    with Project.create(path) as p:
        p.add_coder("lena", role="lead")
        p.import_text("ip_01.txt", SV, lang="sv")
        p.import_text("ip_02.txt", EN, lang="en")
    return path


def test_a_first_name_that_is_also_a_word_is_proposed_marked(tmp_path: Path) -> None:
    found = proposed(_study(tmp_path / "study.db"), "lena")
    # mid-sentence, and "Mark said" opening a sentence: a verb of saying after it (pseudo40)
    for name, seen in (("Sten", 2), ("Will", 2), ("Mark", 2)):
        assert found[name]["kind"] == "person" and found[name]["also_word"], found
        assert found[name]["seen"] == seen
    assert not found["Anders Holm"]["also_word"]
    assert "sten" not in found and "Han" not in found


def test_apply_leaves_them_to_the_lead_and_says_so(tmp_path: Path) -> None:
    path = _study(tmp_path / "study.db")
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(path), "pseudonym", "suggest", "--apply", "--kinds", "person,other"]
    )
    assert result.exit_code == 0, result.output
    assert "'Sten'" in result.stderr and "also ordinary words" in result.stderr
    assert result.stderr.count("not put on the key") == 1
    with Project.open(path) as p:
        keyed = {k.real for k in p.act_as("lena", "lena").pseudonyms("lena")}
    assert "Anders Holm" in keyed
    assert not keyed & {"Sten", "Will", "Mark"}

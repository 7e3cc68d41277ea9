"""A policy's or minutes' numbered lines are not speakers: since a participant's number
("094:") became a label (cd8e167), sections numbered twice ("1: Inledning" ... and an
appendix's list from "1:") read as turns of speakers "1" and "2", and a minutes' "1: ...",
"2: ..." items made its "Beslut:" lines a dialogue. Numbers that only climb, starting
over at 1, count; a participant's number speaks again. Tested on imported .txt and .docx
through `qualcode import` and `qualcode docs show`."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from qualcode.cli import app

POLICY = [
    "1: Inledning",
    "Kommunen ska erbjuda stöd till alla som behöver det.",
    "2: Bakgrund",
    "Behovet har ökat sedan förra året.",
    "Bilaga",
    "1: Alla ska få en kontaktperson.",
    "2: Ingen ska vänta mer än en vecka.",
]
MINUTES = [
    "1: Mötets öppnande",
    "Beslut: Ordföranden öppnar mötet.",
    "2: Val av justerare",
    "Beslut: Anna Berg väljs.",
    "§ 3: Budget",
    "Beslut: Budgeten godkänns.",
]
AGENDA = [
    "10:30 Inledning: Ordföranden hälsar välkommen.",
    "11:00 Presentation: Förvaltningen visar siffrorna.",
    "12:00 Lunch: Serveras i matsalen.",
]
CHAPTERS = ["1:1 Inledning", "Text om syftet.", "1:2 Syfte", "Mer text.", "2:1 Ansvar", "Text."]
INTERVIEW = [
    "INT: What is your role on the ward?",
    "094: I help patients eat and drink.",
    "INT: How long have you worked here?",
    "094: Four years.",
    "095: I came later, in 2019.",
    "094: She did.",
    "095: Yes.",
]


def _write(path: Path, paragraphs: list[str]) -> Path:
    if path.suffix == ".docx":
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        document.save(str(path))
    else:
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _speakers(tmp_path: Path, name: str, paragraphs: list[str]) -> list[str | None]:
    """The speakers `qualcode docs show -f json` lists for the file imported."""
    project = str(tmp_path / "p.db")
    runner = CliRunner()
    file = _write(tmp_path / name, paragraphs)
    for args in (["init"], ["import", str(file)], ["docs", "show", name, "-f", "json"]):
        result = runner.invoke(app, ["-p", project, *args])
        assert result.exit_code == 0, result.output
    return [turn["speaker"] for turn in json.loads(result.stdout)["turns"]]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("paragraphs", [POLICY, MINUTES, AGENDA, CHAPTERS])
def test_numbered_lines_are_no_speakers(tmp_path: Path, suffix: str, paragraphs: list[str]) -> None:
    speakers = _speakers(tmp_path, f"doc{suffix}", paragraphs)
    assert speakers and set(speakers) == {None}


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_participants_numbers_still_speak(tmp_path: Path, suffix: str) -> None:
    speakers = _speakers(tmp_path, f"int{suffix}", INTERVIEW)
    assert speakers == ["INT", "094", "INT", "094", "095", "094", "095"]

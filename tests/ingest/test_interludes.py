"""What stands between a transcript's turns is nobody's words: a pause on a line of its own
("Paus 12:00", "(paus)", "[Paus]", "Lunch 12.00-13.00"), a heading of the interview guide
("Tema 2: Arbetsmiljö") and a small table of background facts are turns without a speaker,
in a .txt, a Teams-style transcript and a Word document's table."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from qualcode.ingest import read_document

TRANSCRIPT = """I: Hur ser det ut i gruppen nu?
R: Det är lugnare än förra året.
Paus 12:00
I: Vad hände efter uppehållet?
R: Vi fick en ny chef.
(paus)
Och sedan blev det lugnare.
I: Och sedan?
R: Det blev bättre med tiden.
[Paus]
Lunch 12.00-13.00
I: Något mer om det?
R: Nej, inte just nu.
Tema 2: Arbetsmiljö
I: Hur är arbetsmiljön i dag?
R: Den är bra, tycker jag.
Bakgrund
Ålder\t45
Yrke\tsocialsekreterare
Anställd sedan\t2015
I: Tack för att du tog dig tid.
R: Tack själv."""


def _turns(path: Path) -> list[tuple[str | None, str]]:
    raw = read_document(path)
    return [(turn.speaker, raw.text[turn.start : turn.end]) for turn in raw.turns]


def test_pauses_headings_and_tables_are_nobodys_words(tmp_path: Path) -> None:
    path = tmp_path / "intervju.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    turns = _turns(path)
    # before: each fell into the turn above it, and "Tema 2" was a speaker
    for line in ("Paus 12:00", "(paus)", "[Paus]", "Lunch 12.00-13.00", "Tema 2: Arbetsmiljö"):
        assert (None, line) in turns
    assert ("R", "Det är lugnare än förra året.") in turns
    assert ("R", "Den är bra, tycker jag.") in turns
    assert (None, "Bakgrund") in turns and (None, "Ålder\t45") in turns
    assert (None, "Anställd sedan\t2015") in turns
    # what the respondent says after a pause is still hers
    assert ("R", "Vi fick en ny chef.") in turns and ("R", "Och sedan blev det lugnare.") in turns
    assert {speaker for speaker, _ in turns} == {"I", "R", None}


def test_a_pause_is_no_speaker_in_a_teams_transcript(tmp_path: Path) -> None:
    path = tmp_path / "teams.txt"
    path.write_text(
        "Lena Berg 0:03\nVälkommen, vi börjar med din bakgrund.\n\n"
        "Omar Said 0:10\nJag har arbetat här i sex år.\n\n"
        "Paus 0:42\n\n"
        "Lena Berg 0:50\nVi fortsätter med arbetsmiljön.\n\n"
        "Omar Said 0:58\nDen har blivit bättre.\n",
        encoding="utf-8",
    )
    turns = _turns(path)
    # before: "Paus" was a speaker whose words were the next line's
    assert "Paus" not in {speaker for speaker, _ in turns}
    assert (None, "Paus 0:42") in turns
    assert ("Omar Said", "Jag har arbetat här i sex år.") in turns


def test_a_word_tables_rows_after_a_turn_are_their_own(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("I: Berätta om dig själv.")
    document.add_paragraph("R: Jag har arbetat länge inom socialtjänsten.")
    document.add_paragraph("Bakgrundsfakta")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Ålder", "52"), ("Yrke", "enhetschef")], strict=True):
        row.cells[0].text, row.cells[1].text = cells
    document.add_paragraph("I: Hur började du?")
    document.add_paragraph("R: Som handläggare.")
    path = tmp_path / "intervju.docx"
    document.save(str(path))
    turns = _turns(path)
    assert ("R", "Jag har arbetat länge inom socialtjänsten.") in turns
    assert (None, "Bakgrundsfakta") in turns
    assert (None, "Ålder\t52") in turns and (None, "Yrke\tenhetschef") in turns


@pytest.mark.parametrize(
    "line",
    [
        "Lunch var det inte tal om.",  # a sentence about lunch
        "Del av det var ekonomin",  # "Del" with no number: talk
        # a number that runs on into the sentence, or a line wrapped in lower case: talk
        "Del 2 av problemet var pengarna",
        "del 3 av ärendena gick till konsulter",
        "Part 2 of it was the budget",
        "Vi tog en paus i arbetet då.",
    ],
)
def test_talk_that_mentions_a_pause_or_a_part_stays_talk(tmp_path: Path, line: str) -> None:
    path = tmp_path / "intervju.txt"
    path.write_text(
        f"I: Hur var våren?\nR: Den var tung.\n{line}\nI: Och nu?\nR: Bättre.", encoding="utf-8"
    )
    assert ("R", f"Den var tung.\n{line}") in _turns(path)


def test_a_forms_fields_are_no_speakers(tmp_path: Path) -> None:
    path = tmp_path / "intervju.txt"
    path.write_text(
        "I: Berätta om dig.\nR: Jag är chef sedan länge.\n"
        "Ålder: 52\nYrke: enhetschef\nKommun: Byholm\n"
        "I: Hur började det?\nR: Som handläggare.\n"
        "Anna: Ja\nBo: Nej\nI: Tack.",
        encoding="utf-8",
    )
    turns = _turns(path)
    # before: "Ålder", "Yrke" and "Kommun" were three participants who spoke once
    assert (None, "Ålder: 52") in turns and (None, "Yrke: enhetschef") in turns
    assert (None, "Kommun: Byholm") in turns
    assert ("R", "Jag är chef sedan länge.") in turns
    # two people answering once each are still people
    assert ("Anna", "Ja") in turns and ("Bo", "Nej") in turns


def test_talk_running_on_in_lower_case_after_fields_stays_the_speakers(tmp_path: Path) -> None:
    """A respondent's own 'label: words' lines (an unpunctuated transcript) read as a
    form's fields; what she says after them, running on in lower case, is still hers
    (before: nobody's, cited without a speaker)."""
    path = tmp_path / "intervju.txt"
    path.write_text(
        "I: Vad är viktigast?\nR: Vi har två saker som är viktiga\n"
        "Först: bemanningen\nSen: introduktionen\noch det har hjälpt oss mycket\n"
        "I: Okej.\nR: Ja.",
        encoding="utf-8",
    )
    assert ("R", "och det har hjälpt oss mycket") in _turns(path)

"""A transcript's head line holding several of the interview's facts at once ("Datum:
2024-05-14. Intervjuare: Sofia Ek. Deltagare: Margareta Öberg.") read "Datum" as a speaker
(user49): a participant heard once, so the interview became a pair interview, its real
interviewee cited as "IP2b" beside an "IP2a" who was a date, and `pseudonym suggest
--apply` put "Datum" on the key (the .qdpx's text read "IP2a: 2024-05-14")."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import find_turns, read_document
from tests.conftest import project_with

# Invented for this test.
TALK = (
    "Datum: 2024-05-14. Intervjuare: Sofia Ek. Deltagare: Margareta Öberg.\n\n"
    "Intervjuare: Hur såg det ut när du började?\n\n"
    "Margareta: Ärendemängden var orimlig.\n\n"
    "Intervjuare: Vad hände sedan?\n\n"
    "Margareta: Politikerna kom och lyssnade.\n"
)


def test_a_line_of_fields_is_no_speaker() -> None:
    turns = find_turns(TALK)
    assert [t.speaker for t in turns] == [None] + ["Intervjuare", "Margareta"] * 2
    head = TALK.split("\n", 1)[0]
    assert TALK[turns[0].start : turns[0].end] == head  # a passage of nobody's


def test_a_head_line_with_a_month_s_name_is_no_speaker() -> None:
    talk = TALK.split("\n", 1)[1].replace("Margareta", "Anna")
    for head in (
        "Date: 14 May 2024. Interviewer: Sofia Ek. Participant: Anna Berg.",
        "Datum: den 3 mars 2024, Plats: Storvik. Intervjuare: Sofia Ek.",
    ):
        # under a title, as a Word document has it: the line is no title itself
        turns = find_turns(f"Intervju 7\n\n{head}\n{talk}")
        assert [t.speaker for t in turns] == [None, None] + ["Intervjuare", "Anna"] * 2


def test_a_speaker_heard_once_still_speaks() -> None:
    # one answer said once, with a number in it and another name after a colon, is talk
    for said in ("45 ärenden. Chefen sa: nej.", "I maj. Chefen sa: nej."):
        text = TALK + f"\nPer: {said}\n"
        assert "Per" in {t.speaker for t in find_turns(text)}


def test_the_docx_interviewee_is_cited_alone(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in TALK.strip().split("\n\n"):
        document.add_paragraph(line)
    path = tmp_path / "intervju.docx"
    document.save(str(path))
    assert "Datum" not in {t.speaker for t in read_document(path).turns}
    with project_with(tmp_path / "p.db") as project:
        project.import_files([path], lang="sv", actor="lena")
        proposed = {c.real: c.pseudonym for c in project.suggest_pseudonyms("lena")}
    assert "Datum" not in proposed
    assert proposed["Margareta"] == "IP1"

"""A transcript laid out as a table, a row per turn (a time, the speaker, the words), as
transcription services and many transcribers deliver them in Word, was read as paragraphs
without speakers: the speaker's name was in every sentence unit, quotes cited "paragraph 4"
and no pseudonym could be given. Its rows are now the speakers' turns; a plan's table of
who does what stays a table."""

from __future__ import annotations

from pathlib import Path

import docx

from qualcode.ingest import find_turns, read_document

# Invented for this test.
ROWS = [
    ("00:00:03", "Intervjuare", "Hur började det?"),
    ("00:00:07", "Respondent", "Med en omorganisation. Sen blev det bättre."),
    ("00:00:15", "Intervjuare", "Hur då?"),
    ("00:00:18", "Respondent", "Vi fick en mottagningsgrupp."),
]


def test_a_word_table_s_rows_are_the_speakers_turns(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Intervju 7, Norrby")
    table = document.add_table(rows=len(ROWS) + 1, cols=3)
    for i, row in enumerate([("Tid", "Talare", "Text"), *ROWS]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_paragraph("Inspelningen slutar.")
    path = tmp_path / "intervju.docx"
    document.save(str(path))
    raw = read_document(path)
    said = [(t.speaker, t.start_time, raw.text[t.start : t.end]) for t in raw.turns]
    assert said == [
        (None, None, "Intervju 7, Norrby"),
        (None, None, "Tid\tTalare\tText"),
        ("Intervjuare", 3.0, "Hur började det?"),
        ("Respondent", 7.0, "Med en omorganisation. Sen blev det bättre."),
        ("Intervjuare", 15.0, "Hur då?"),
        ("Respondent", 18.0, "Vi fick en mottagningsgrupp."),
        (None, None, "Inspelningen slutar."),
    ]


def test_two_columns_without_times() -> None:
    text = "\n\n".join(f"{who}\t{words}" for _, who, words in ROWS)
    turns = find_turns(text)
    assert [(t.speaker, text[t.start : t.end]) for t in turns] == [
        (who, words) for _, who, words in ROWS
    ]


def test_a_plan_s_table_of_who_does_what_stays_a_table() -> None:
    text = (
        "HR\tMentorskap för nya\n\nEnhetschef\tSchema för introduktion\n\n"
        "HR\tUppföljning av sjukfrånvaro\n\nNämnden\tBudget på tre år"
    )
    assert all(t.speaker is None for t in find_turns(text))

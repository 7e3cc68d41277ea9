"""An RTF file's paragraphs are paragraphs, its table rows read as a Word table's. striprtf
ends a paragraph with one line break, which the stored text reads as wrapping: a plan saved
as RTF without empty paragraphs between its own came in as one paragraph (a heading read
into the sentence under it), and a minutes' front table as "Datum|2026-11-12|"."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.reading_kit import read_written

PLAN = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}"
    r"\pard\sa200 M\'e5l\par"
    r"\pard\sa200 N\'e4mnden ska h\'e5lla \'e4rendetaket. Alla ska ha en mentor.\par"
    r"\pard\sa200 Uppf\'f6ljning\par"
    r"\pard\sa200 Planen f\'f6ljs upp varje tertial av n\'e4mnden.\par"
    r"\trowd\cellx2000\cellx5000 Datum\cell 2026-11-12\cell\row"
    r"\trowd\cellx2000\cellx5000 Plats\cell Kommunhuset\cell\row"
    r"\pard Slut p\'e5 protokollet.\par}"
)


def test_each_paragraph_and_row_stands_apart(tmp_path: Path) -> None:
    doc = read_written(tmp_path / "plan.rtf", PLAN, "ascii")
    assert doc.text.split("\n\n") == [
        "Mål",
        "Nämnden ska hålla ärendetaket. Alla ska ha en mentor.",
        "Uppföljning",
        "Planen följs upp varje tertial av nämnden.",
        "Datum\t2026-11-12",
        "Plats\tKommunhuset",
        "Slut på protokollet.",
    ]
    assert len(doc.turns) == 7  # a paragraph each, the headings their own


def test_an_escaped_backslash_before_par_is_text(tmp_path: Path) -> None:
    typed = r"{\rtf1\ansi Mappen C:\\par ligger kvar.\par}"
    assert read_written(tmp_path / "path.rtf", typed, "ascii").text == "Mappen C:\\par ligger kvar."

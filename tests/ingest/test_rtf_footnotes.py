"""An RTF file's footnotes were dropped (striprtf skips a ``{\\footnote}`` group), so a plan
saved as RTF lost the sources and reservations the same plan kept as .docx, .odt or PDF.
They now come after the text, numbered as the body refers to them, apart from the last
speaker's words."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest.rtf_notes import notes_after_text
from tests.ingest.reading_kit import read_written, turn_texts

# Invented for this test, written as Word saves RTF (code page 1252, \u escapes).
RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}"
    r"{\footer \pard\plain \qc Sida 1\par}"
    r"\pard\plain Intervju 14\par "
    r"\pard\plain I: Hur ser det ut med \u228\'e4rendena nu?\par "
    r"R: B\'e4ttre. Vi har f\'e5tt en mottagningsgrupp{\super\chftn{\footnote\pard\plain "
    r"{\super\chftn} Sedan 2030, se \{bilaga\}.}}, och det har hj\'e4lpt.\par "
    r"I: Och budgeten?\par "
    r"R: Den g\'e4ller tre \'e5r{\super\chftn{\footnote\pard\plain {\super\chftn} "
    r"Beslut i n\'e4mnden.}}.\par}"
)


def test_rtf_footnotes_come_after_the_text(tmp_path: Path) -> None:
    said = turn_texts(read_written(tmp_path / "intervju.rtf", RTF, "ascii"))
    assert said == [
        (None, "Intervju 14"),
        ("I", "Hur ser det ut med ärendena nu?"),
        ("R", "Bättre. Vi har fått en mottagningsgrupp, och det har hjälpt."),
        ("I", "Och budgeten?"),
        ("R", "Den gäller tre år."),
        (None, "1 Sedan 2030, se {bilaga}."),
        (None, "2 Beslut i nämnden."),
    ]


def test_a_file_without_notes_or_with_one_left_open_is_as_it_was() -> None:
    plain = r"{\rtf1\ansi Inga noter h\'e4r.\par}"
    assert notes_after_text(plain) == plain
    broken = r"{\rtf1\ansi Text{\footnote en not som aldrig slutar\par}"
    assert notes_after_text(broken) == broken

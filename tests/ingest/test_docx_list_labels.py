"""A Word document's list items keep the number or bullet Word draws before them. Word
keeps "1." and "•" out of the paragraph's text, so a plan's numbered goals came in as bare
sentences (a researcher citing goal 2 could not tell which it was) and a bullet reading
"Ärendetak: ..." in a transcript was taken for a speaker named Ärendetak."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document


def _plan(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Nämnden har tre mål för perioden.")
    for goal in ("Ärendetaket ska hållas.", "Sjukfrånvaron ska minska.", "Fler ska stanna."):
        document.add_paragraph(goal, style="List Number")
    document.add_paragraph("Åtgärder:")
    document.add_paragraph("Ärendetak: femton utredningar per handläggare.", style="List Bullet")
    document.add_paragraph("Mentorskap för nyanställda.", style="List Bullet")
    for line in ("I: Hur tog ni emot beslutet?", "R: Med lättnad.", "I: Och sedan?", "R: Bra."):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_numbered_goals_and_bullets_keep_their_labels(tmp_path: Path) -> None:
    text = read_document(_plan(tmp_path / "plan.docx")).text
    paragraphs = text.split("\n\n")
    assert paragraphs[1:4] == [
        "1. Ärendetaket ska hållas.",
        "2. Sjukfrånvaron ska minska.",
        "3. Fler ska stanna.",
    ]
    assert paragraphs[5:7] == [
        "• Ärendetak: femton utredningar per handläggare.",
        "• Mentorskap för nyanställda.",
    ]
    assert paragraphs[0] == "Nämnden har tre mål för perioden."


def test_a_bullet_with_a_colon_is_no_speaker(tmp_path: Path) -> None:
    doc = read_document(_plan(tmp_path / "plan.docx"))
    assert {t.speaker for t in doc.turns if t.speaker} == {"I", "R"}


def test_letters_and_roman_numerals_as_word_counts_them() -> None:
    from qualcode.ingest.docx_lists import formatted as _formatted

    assert [_formatted("lowerLetter", n) for n in (1, 2, 26, 27)] == ["a", "b", "z", "aa"]
    assert [_formatted("upperRoman", n) for n in (1, 4, 9, 14, 2026)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "MMXXVI",
    ]
    assert _formatted("decimal", 12) == "12" and _formatted("none", 3) == ""

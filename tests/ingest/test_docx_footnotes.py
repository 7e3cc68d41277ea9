"""A Word document's footnotes are read, after its text and numbered as the body refers
to them: python-docx reads none, so a plan's sources and reservations were dropped without
a word, while the same plan saved as PDF kept them. Text written for the test."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from qualcode.ingest import read_document
from qualcode.ingest.interludes import notes_start
from tests.ingest.reading_kit import turn_texts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES = (
    f'<w:footnotes xmlns:w="{W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>'
    "<w:r><w:t>Siffran gäller hela förvaltningen.</w:t></w:r></w:p></w:footnote>"
    '<w:footnote w:id="5"><w:p><w:r><w:t>Enligt nämndens beslut i mars.</w:t></w:r>'
    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Dold anteckning.</w:t></w:r></w:p></w:footnote>"
    '<w:footnote w:id="9"><w:p><w:r><w:t>Ingen hänvisar hit.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
REF = '<w:r><w:footnoteReference w:id="{}"/></w:r>'


PLAN = ("Nämnden beslutade att anställa fler handläggare.", "Sjukfrånvaron minskade under året.")


def _plan(path: Path, paragraphs: tuple[str, ...] = PLAN, notes: str = NOTES) -> Path:
    """A .docx whose two last paragraphs refer to note 5, then note 7 (ids are not
    numbers)."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    body = parts["word/document.xml"].decode()
    for paragraph, note in zip(paragraphs[-2:], (5, 7), strict=True):
        body = body.replace(
            f"{paragraph}</w:t></w:r>", f"{paragraph}</w:t></w:r>{REF.format(note)}"
        )
    parts["word/document.xml"] = body.encode()
    parts["word/footnotes.xml"] = notes.encode()
    rels = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
        )
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace(
            "</Types>",
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.footnotes+xml"/></Types>',
        )
    )
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def test_footnotes_follow_the_text_numbered_as_referred_to(tmp_path: Path) -> None:
    text = read_document(_plan(tmp_path / "plan.docx")).text
    assert text.split("\n\n") == [
        "Nämnden beslutade att anställa fler handläggare.",
        "Sjukfrånvaron minskade under året.",
        "1 Enligt nämndens beslut i mars.",  # its hidden run left out, as the body's
        "2 Siffran gäller hela förvaltningen.",
    ]


def test_a_document_without_notes_reads_as_before(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Bara text.")
    document.save(str(tmp_path / "kort.docx"))
    assert read_document(tmp_path / "kort.docx").text == "Bara text."


def test_a_transcripts_footnotes_are_nobodys_words(tmp_path: Path) -> None:
    """The transcriber's notes follow the last answer; they are not the respondent's
    (before: her last turn ran on over both notes, cited and coded as her words)."""
    said = ("I: Hur är det?", "R: Vi har för många ärenden.", "I: Och chefen?", "R: Hon lyssnar.")
    found = read_document(_plan(tmp_path / "intervju.docx", said))
    turns = turn_texts(found)
    assert turns == [
        ("I", "Hur är det?"),
        ("R", "Vi har för många ärenden."),
        ("I", "Och chefen?"),
        ("R", "Hon lyssnar."),
        (None, "1 Enligt nämndens beslut i mars."),
        (None, "2 Siffran gäller hela förvaltningen."),
    ]


def test_a_note_opening_with_a_number_is_a_note(tmp_path: Path) -> None:
    """A note whose sentence opens with a year or a figure ("2019 års ...") is a note too
    (review31: only a note opening with a letter was cut from the last answer)."""
    said = ("I: Hur gick det?", "R: Budgeten räckte inte.")
    notes = NOTES.replace("Enligt nämndens", "2019 års beslut, enligt nämndens").replace(
        "Siffran gäller", "12 av 15 tjänster, siffran gäller"
    )
    found = read_document(_plan(tmp_path / "intervju.docx", said, notes))
    turns = turn_texts(found)
    assert turns == [
        ("I", "Hur gick det?"),
        ("R", "Budgeten räckte inte."),
        (None, "1 2019 års beslut, enligt nämndens beslut i mars."),
        (None, "2 12 av 15 tjänster, siffran gäller hela förvaltningen."),
    ]


@pytest.mark.parametrize(
    "ending",
    [
        "1 000 kronor i månaden, mer blev det inte.",  # a figure with its thousands apart
        "1 500 ärenden om året.\n\n2 000 nästa år, tror vi.",
    ],
)
def test_a_figure_closing_an_answer_stays_her_words(ending: str) -> None:
    """Talk that closes a transcript with a figure said in Swedish ("1 000 kronor") is not
    taken for a footnote: its number is a thousands group, not a note's."""
    text = f"I: Vad fick ni?\n\nR: Vi fick\n\n{ending}"
    assert notes_start(text) is None

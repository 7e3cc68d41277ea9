"""An .odt's footnotes were dropped, so a plan saved as .odt lost the sources and
reservations the same plan kept as .docx or PDF (whose readers put the notes after the
text). They now come after the text, numbered as the body refers to them."""

from __future__ import annotations

from pathlib import Path

import docx

from qualcode.ingest import read_document

# Invented for this test.
SAID = "Nämnden planerar budgeten på tre år"
NOTES = ["Beslutet gäller från 2029.", "Se bilaga 2 om placeringar."]


def _odt(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, Note, NoteBody, NoteCitation, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Handlingsplan"))
    for number, (sentence, note_text) in enumerate(
        [(SAID, NOTES[0]), ("Kostnaderna följs upp varje kvartal", NOTES[1])], 1
    ):
        paragraph = P(text=sentence)
        note = Note(noteclass="footnote")
        note.addElement(NoteCitation(text=str(number)))
        body = NoteBody()
        body.addElement(P(text=note_text))
        note.addElement(body)
        paragraph.addElement(note)
        paragraph.addText(".")
        document.text.addElement(paragraph)
    document.save(str(path))
    return path


def _docx(path: Path) -> Path:
    """The same plan as .docx, its notes as Word keeps them, for comparison."""
    document = docx.Document()
    document.add_heading("Handlingsplan", 1)
    document.add_paragraph(f"{SAID}.")
    document.add_paragraph("Kostnaderna följs upp varje kvartal.")
    document.save(str(path))
    return path


def test_an_odt_s_footnotes_come_after_its_text(tmp_path: Path) -> None:
    raw = read_document(_odt(tmp_path / "plan.odt"))
    assert raw.text.split("\n\n") == [
        "Handlingsplan",
        f"{SAID}.",
        "Kostnaderna följs upp varje kvartal.",
        f"1 {NOTES[0]}",
        f"2 {NOTES[1]}",
    ]
    # the body reads as the .docx of the same plan does, the notes after it
    plain = read_document(_docx(tmp_path / "plan.docx")).text
    assert raw.text.startswith(plain + "\n\n1 ")

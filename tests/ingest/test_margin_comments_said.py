"""Comments in a transcript's margin (Word's, or an OpenDocument writer's) are no part of
the text and stay out of it, but the import said nothing of them: a transcriber's "check
this figure with HR" vanished without a word. The import now says how many it left out."""

from __future__ import annotations

from pathlib import Path

import docx

from qualcode import Project

# Invented for this test.
LINES = ["I: Hur många ärenden hade du?", "R: Fyrtio, ungefär.", "I: Och nu?", "R: Tjugo."]


def _docx(path: Path) -> Path:
    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in LINES]
    document.add_comment(paragraphs[1].runs[0], text="Kolla siffran med HR", author="Lena")
    document.add_comment(paragraphs[3].runs[0], text="Gäller 2031?", author="Lena")
    document.save(str(path))
    return path


def _odt(path: Path) -> Path:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="Intervju 2"))  # another text than the .docx's
    for i, line in enumerate(LINES):
        paragraph = P(text=line)
        if i == 1:
            note = Annotation()
            note.addElement(P(text="Kolla siffran med HR"))
            paragraph.addElement(note)
        document.text.addElement(paragraph)
    document.save(str(path))
    return path


# Invented for this test, as Word saves a comment in RTF.
RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}"
    "\n\\pard\\plain I: Hur m\\'e5nga \\'e4renden hade du?\\par\n"
    r"R: Fyrtio{\*\atrfstart 1}, ungef\'e4r{\*\atrfend 1}{\*\atnid LB}"
    r"{\*\atnauthor Lena}\chatn{\*\annotation{\*\atnref 1}\pard\plain \chatn "
    r"Kolla siffran med HR}.\par"
    "\n"
    r"I: Och nu?\par"
    "\n"
    r"R: Tjugo, i tre grupper.\par"
    "\n}"
)


def test_an_rtf_file_s_comment_is_said_too(tmp_path: Path) -> None:
    path = tmp_path / "c.rtf"
    path.write_text(RTF, encoding="ascii")
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([path], lang="sv")
        text = project.document(report.imported[0].id).text
    assert report.notes == [
        (
            "c.rtf",
            "1 comment in the margin left out (no part of the text; copy what matters into a memo)",
        )
    ]
    assert "Kolla" not in text and "Fyrtio, ungefär." in text


def test_the_import_says_how_many_comments_it_left_out(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files(
            [_docx(tmp_path / "a.docx"), _odt(tmp_path / "b.odt")], lang="sv"
        )
        texts = [project.document(d.id).text for d in report.imported]
    assert not report.failed and len(texts) == 2
    assert dict(report.notes) == {
        "a.docx": "2 comments in the margin left out (no part of the text; copy what "
        "matters into a memo)",
        "b.odt": "1 comment in the margin left out (no part of the text; copy what "
        "matters into a memo)",
    }
    assert all("Kolla" not in text for text in texts)

"""Text a .docx holds in wrappers (red team, round 7).

python-docx reads a paragraph's own runs and a body's or a cell's own paragraphs and
tables. Word wraps text in more than that: a tracked insertion left unaccepted (a
transcript proofread with track changes on), a content control (municipal templates fill
them), a smart tag, a table inside a table's cell. The import dropped all of them without
a word: a respondent's answer lost half its words and no error said so. Now they are
read where they stand, and what Word does not show (a tracked deletion) stays out.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from qualcode import Project
from qualcode.ingest.formats import read_docx

W = nsdecls("w")
_INS = f'<w:ins {W} w:id="1" w:author="IP" w:date="2024-01-01T00:00:00Z">'
_DEL = f'<w:del {W} w:id="2" w:author="IP" w:date="2024-01-01T00:00:00Z">'


def _wrapped(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("I: Hur började det?")
    p = document.add_paragraph("R: Det började ")._p
    p.append(parse_xml(f'{_INS}<w:r><w:t xml:space="preserve">med en dialog </w:t></w:r></w:ins>'))
    p.append(parse_xml(f"{_DEL}<w:r><w:delText>STRUKET </w:delText></w:r></w:del>"))
    p.append(
        parse_xml(
            f'<w:smartTag {W} w:uri="urn:x" w:element="place">'
            '<w:r><w:t xml:space="preserve">i nämnden </w:t></w:r></w:smartTag>'
        )
    )
    p.append(parse_xml(f"<w:sdt {W}><w:sdtContent><w:r><w:t>om resurserna.</w:t></w:r>"
                       "</w:sdtContent></w:sdt>"))  # fmt: skip
    body = document.element.body
    body.insert(
        len(body) - 1,  # before the section properties
        parse_xml(
            f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>I: Och sedan?</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "R:"
    cell = table.cell(0, 1)
    cell.text = "Vi svarade så här:"
    cell.add_table(rows=1, cols=1).cell(0, 0).text = "Den inre tabellens mening."
    document.add_paragraph("Slut.")
    document.save(path)
    return path


def test_every_shown_word_is_read_and_no_deleted_one(tmp_path: Path) -> None:
    text = read_docx(_wrapped(tmp_path / "wrapped.docx"))
    assert text.split("\n\n")[:3] == [
        "I: Hur började det?",
        "R: Det började med en dialog i nämnden om resurserna.",
        "I: Och sedan?",
    ]
    assert "R:\tVi svarade så här:\nDen inre tabellens mening." in text
    assert "STRUKET" not in text


def test_the_import_keeps_them(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as p:
        report = p.import_files([_wrapped(tmp_path / "wrapped.docx")], lang="sv")
        (doc,) = report.imported
        stored = p.store.documents.get(doc.id).text
    for words in ("med en dialog", "i nämnden", "om resurserna", "Och sedan", "inre tabellens"):
        assert words in stored


def test_hidden_text_stays_out(tmp_path: Path) -> None:
    """Hidden text (``w:vanish``) is neither shown nor printed by Word, as an .rtf's
    ``\\v`` is not: an interviewer's hidden note read as the respondent's words."""
    document = docx.Document()
    paragraph = document.add_paragraph("R: Vi fick mer tid ")
    paragraph.add_run("DOLD ANTECKNING ").font.hidden = True
    paragraph.add_run("till varje ärende.")
    paragraph.add_run(" synlig").font.hidden = False
    document.save(tmp_path / "hidden.docx")
    assert read_docx(tmp_path / "hidden.docx") == "R: Vi fick mer tid till varje ärende. synlig"

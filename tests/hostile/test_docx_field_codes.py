"""Text inside a Word field's code (red team, round 11).

A field (``w:fldChar`` begin, its code, separate, its result, end) shows its result; the
code between begin and separate is not shown unless the reader asks Word for field
codes. A conditional field whose result is empty (``{ IF 1 = 2 "{ QUOTE "Anna Berg" }"
"" }``) holds a name in its code, as the nested field's result there, and text a file
puts there directly reads the same way: the reader took every run's text, so the name
came into the transcript. The result of a field (a mail merge's «Namn», a page number, a
table of contents) is still read.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.parser import parse_xml

from qualcode import Project

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(inner: str) -> str:
    return f"<w:r>{inner}</w:r>"


def _mark(kind: str) -> str:
    return _run(f'<w:fldChar w:fldCharType="{kind}"/>')


def _text(text: str) -> str:
    return _run(f'<w:t xml:space="preserve">{text}</w:t>')


def _code(text: str) -> str:
    return _run(f'<w:instrText xml:space="preserve">{text}</w:instrText>')


def test_a_fields_code_is_not_read_its_result_is(tmp_path: Path) -> None:
    hidden_if = (
        _mark("begin")
        + _code(' IF 1 = 2 "')
        + _mark("begin")
        + _code(' QUOTE "Anna Berg" ')
        + _mark("separate")
        + _text("Anna Berg")
        + _mark("end")
        + _code('" "" ')
        + _mark("separate")
        + _mark("end")
    )
    planted = _mark("begin") + _text("Elin Sjöberg 070-123 45 67") + _mark("end")
    merged = _mark("begin") + _code(" MERGEFIELD Namn ") + _mark("separate")
    merged += _text("Kommun A") + _mark("end")
    paragraph = (
        f'<w:p xmlns:w="{W}">{_text("R: Jag pratade med ")}{hidden_if}{planted}'
        f"{_text('chefen i ')}{merged}{_text('.')}</w:p>"
    )
    document = docx.Document()
    document.add_paragraph("I: Hur gick det?")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(paragraph))
    path = tmp_path / "ip_01.docx"
    document.save(str(path))
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        text = project.document(doc.id).text
    assert text == "I: Hur gick det?\n\nR: Jag pratade med chefen i Kommun A."

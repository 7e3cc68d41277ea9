"""A Word document's text boxes and inserted parts are imported (user report): the text of
a text box (``w:txbxContent``: a fact box, a pull quote) and of a part the document
inserts whole (``w:altChunk``: a page pasted in as HTML) was left out without a word. A
box is read once, though Word keeps it twice (DrawingML in ``mc:Choice``, VML in
``mc:Fallback``), after the paragraph it is anchored in; an inserted part where it
stands; and the import report says what it read, and what kind it could not."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
BOX = "Faktaruta: ärendemängden per socialsekreterare halverades på två år."


def _box_run(text: str) -> str:
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _chunk(document: docx.document.Document, name: str, kind: str, data: bytes) -> None:
    part = Part(PackURI(f"/word/{name}"), kind, data, document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {NS} r:id="{rid}"/>'))


def _write(path: Path) -> Path:
    document = docx.Document()
    anchor = document.add_paragraph("I: Hur har det gått med uppdraget och dialogen?")
    anchor._p.append(parse_xml(_box_run(BOX)))
    document.add_paragraph("R: Vi har dialog med politikerna om uppdraget varje månad.")
    page = (
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<h1>Bilaga</h1><p>Nämnden beslutade om &aring;tg&auml;rder.</p>"
        "<table><tr><td>Mål</td><td>Utfall</td></tr></table></body></html>"
    )
    _chunk(document, "afchunk.htm", "text/html", page.encode("utf-8"))
    _chunk(document, "afchunk.mht", "message/rfc822", b"MIME-Version: 1.0\r\n\r\nx")
    document.add_paragraph("R: Det var allt.")
    document.save(str(path))
    return path


def test_text_boxes_and_inserted_parts_are_read_in_order(tmp_path: Path) -> None:
    path = _write(tmp_path / "ip_01.docx")
    with Project.create(tmp_path / "p.db") as project:
        report = project.import_files([path], lang="sv")
        (doc,) = report.imported
        text = project.document(doc.id).text
    assert text.count(BOX) == 1  # once, not again from the VML fallback
    order = [text.index(s) for s in ("I: Hur", BOX, "R: Vi har", "Bilaga", "Nämnden beslutade")]
    assert order == sorted(order) and text.index("R: Det var allt.") > order[-1]
    assert "om åtgärder." in text and "Mål\tUtfall" in text and "p{}" not in text
    assert report.notes == [
        (
            "ip_01.docx",
            "read 1 text box and 1 inserted part where they stand; "
            "1 inserted part of a kind not read left out",
        )
    ]


def test_the_import_command_says_what_it_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "ip_01.docx")
    Project.create(tmp_path / "p.db").close()
    result = CliRunner().invoke(app, ["-p", str(tmp_path / "p.db"), "import", str(path)])
    assert result.exit_code == 0, result.output
    assert "note: ip_01.docx: read 1 text box and 1 inserted part" in result.output


def test_a_plain_document_has_no_note(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("R: Vi har dialog med politikerna om uppdraget.")
    document.save(str(tmp_path / "plain.docx"))
    with Project.create(tmp_path / "p.db") as project:
        assert project.import_files([tmp_path / "plain.docx"], lang="sv").notes == []

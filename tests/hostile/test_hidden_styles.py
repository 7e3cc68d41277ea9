"""Text a Word or OpenDocument file hides through a style (red team, round 10).

The Word reader left out a run formatted as hidden itself (``w:vanish``), as Word does not
show or print it. A template's character style with the Hidden effect (a "Dold" style for
the transcriber's notes: the participant's full name, a phone number), or a paragraph style
that hides its text, hides the same way in Word, but its text came into the transcript,
the coded passages and every export. A run's own setting still stands over its style's,
and a style hides what the style it is based on hides. An .odt keeps the Hidden effect
as a style of content.xml (``text:display="none"``), on a span or a whole paragraph; a
section shown as none and a paragraph a hidden-paragraph field hides are not shown either:
all of it was read as text.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from qualcode import Project
from tests.hostile.hostile_kit import odt_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _write(path: Path) -> Path:
    document = docx.Document()
    styles = document.styles
    dold = styles.add_style("Dold", WD_STYLE_TYPE.CHARACTER)
    dold.font.hidden = True
    child = styles.add_style("Dold namn", WD_STYLE_TYPE.CHARACTER)
    child.base_style = dold
    note = styles.add_style("Anteckning", WD_STYLE_TYPE.PARAGRAPH)
    note.font.hidden = True
    p = document.add_paragraph("R: Jag pratade med ")
    p.add_run("Anna Berg 070-123 45 67", style="Dold")
    p.add_run("chefen om det.")
    p = document.add_paragraph("R: Och ")
    p.add_run("Elin Sjöberg", style="Dold namn")
    p.add_run("hon höll med.")
    document.add_paragraph("Transkriberarens anteckning: Karin Ek ringde.", style="Anteckning")
    p = document.add_paragraph("R: Men ")
    shown = p.add_run("detta syns", style="Dold")
    shown.font.hidden = False  # the run's own word stands over its style's
    p.add_run(" ändå.")
    document.save(str(path))
    return path


def test_text_hidden_through_a_style_stays_out(tmp_path: Path) -> None:
    path = _write(tmp_path / "ip_01.docx")
    text = _imported(path)
    for hidden in ("Anna Berg", "070-123", "Elin", "Karin Ek", "Transkriberarens"):
        assert hidden not in text, hidden
    assert "R: Jag pratade med chefen om det." in text
    assert "R: Och hon höll med." in text
    assert "R: Men detta syns ändå." in text


ODT_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties text:display="none"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph">'
    '<style:text-properties text:display="none"/></style:style>'
    '<style:style style:name="T2" style:family="text">'
    '<style:text-properties text:display="true"/></style:style>'
    "</office:automatic-styles>"
)
ODT_BODY = (
    '<text:p>R: Jag pratade med <text:span text:style-name="T1">Anna Berg</text:span>'
    'chefen <text:span text:style-name="T2">om det</text:span>.</text:p>'
    '<text:p text:style-name="P1">Anteckning: Karin Ek ringde.</text:p>'
    '<text:section text:name="S1" text:display="none"><text:p>Elin Sjöberg</text:p>'
    "</text:section>"
    '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
    "Dolt stycke</text:p>"
    "<text:p>R: Vi fick tid att prata.</text:p>"
)


def test_an_odt_hides_what_its_styles_hide(tmp_path: Path) -> None:
    path = odt_file(tmp_path / "ip_02.odt", ODT_STYLES, ODT_BODY)
    text = _imported(path)
    assert text.split("\n\n") == ["R: Jag pratade med chefen om det.", "R: Vi fick tid att prata."]


def test_an_odt_hides_what_its_named_styles_hide(tmp_path: Path) -> None:
    """A named style the transcriber made ("Dold", in styles.xml), used by a span or by a
    paragraph directly or through content.xml's style based on it, hides as content.xml's
    own Hidden effect did; a style based on it that shows its text again shows it."""
    named = (
        "<office:styles>"
        '<style:style style:name="Dold" style:family="text">'
        '<style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="Anteckning" style:family="paragraph">'
        '<style:text-properties text:display="none"/></style:style>'
        "</office:styles>"
    )
    automatic = (
        "<office:automatic-styles>"
        '<style:style style:name="T1" style:family="text" style:parent-style-name="Dold">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text" style:parent-style-name="Dold">'
        '<style:text-properties text:display="true"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Anteckning"/>'
        "</office:automatic-styles>"
    )
    body = (
        '<text:p>R: Jag pratade med <text:span text:style-name="Dold">Anna Berg</text:span>'
        '<text:span text:style-name="T1">070-123 45 67</text:span>'
        'chefen <text:span text:style-name="T2">om det</text:span>.</text:p>'
        '<text:p text:style-name="Anteckning">Karin Ek ringde.</text:p>'
        '<text:p text:style-name="P1">Elin Sjöberg</text:p>'
        "<text:p>R: Vi fick tid att prata.</text:p>"
    )
    path = odt_file(tmp_path / "ip_03.odt", automatic, body, named)
    text = _imported(path)
    assert text.split("\n\n") == ["R: Jag pratade med chefen om det.", "R: Vi fick tid att prata."]


def test_a_word_document_inserted_whole_hides_what_its_styles_hide(tmp_path: Path) -> None:
    """A Word document inserted whole into another (``w:altChunk``) is read with its own
    styles: its "Dold" text came in, though the outer document's was left out."""
    inner = _write(tmp_path / "inner.docx").read_bytes()
    outer = docx.Document()
    outer.add_paragraph("I: Hur gick samtalet?")
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    part = Part(PackURI("/word/inner.docx"), kind, inner, outer.part.package)
    rid = outer.part.relate_to(part, RT.A_F_CHUNK)
    body = outer.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"/>'))
    path = tmp_path / "ip_04.docx"
    outer.save(str(path))
    text = _imported(path)
    for hidden in ("Anna Berg", "070-123", "Elin", "Karin Ek", "Transkriberarens"):
        assert hidden not in text, hidden
    assert "R: Jag pratade med chefen om det." in text and "R: Men detta syns ändå." in text


def _imported(path: Path) -> str:
    """The stored text of ``path`` imported into a new project beside it."""
    with Project.create(path.parent / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        return project.document(doc.id).text

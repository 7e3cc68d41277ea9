"""Text a Word document hides through its defaults (red team, round 11).

A run names its character style and its paragraph its style only when they differ from
the document's defaults: a paragraph naming no style is in the default paragraph style
("Normal"), a table naming none in the default table style, and under every style lie
the document's default run properties (``w:docDefaults``). A template whose "Normal"
hides its text (the transcriber's notes written plainly, the interview in a style of its
own that shows), or whose defaults hide everything but a run shown directly, showed
Word's reader none of that text; the reader looked only at styles a run or paragraph
names, so all of it came into the transcript, the coded passages and every export.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import parse_xml

from qualcode import Project
from tests.hostile.hostile_kit import odt_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_the_default_paragraph_style_hides_what_names_no_style(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.hidden = True
    shown = document.styles.add_style("Intervju", WD_STYLE_TYPE.PARAGRAPH)
    shown.base_style = document.styles["Normal"]
    shown.font.hidden = False
    document.add_paragraph("Anteckning: Karin Ek ringde, 070-123 45 67.")
    document.add_paragraph("R: Vi fick tid att prata.", style="Intervju")
    p = document.add_paragraph("Elin Sjöberg")
    p.style = None  # names no style: "Normal"
    p = document.add_paragraph("Anna Berg")
    p._p.get_or_add_pPr().get_or_add_pStyle().val = "Saknas"  # a style the file lacks
    text = _imported(document, tmp_path / "ip_01.docx")
    assert text == "R: Vi fick tid att prata."


def test_the_document_defaults_hide_all_but_what_a_run_shows(tmp_path: Path) -> None:
    document = docx.Document()
    defaults = document.styles.element.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
    defaults.append(parse_xml(f'<w:vanish xmlns:w="{W}"/>'))
    document.add_paragraph("Anteckning: Karin Ek ringde.")
    p = document.add_paragraph()
    p.add_run("R: Vi fick tid att prata.").font.hidden = False
    text = _imported(document, tmp_path / "ip_02.docx")
    assert text == "R: Vi fick tid att prata."


def test_the_default_table_style_hides_its_cells(tmp_path: Path) -> None:
    document = docx.Document()
    table_style = document.styles["Normal Table"]
    table_style.element.get_or_add_rPr().append(parse_xml(f'<w:vanish xmlns:w="{W}"/>'))
    document.add_paragraph("R: Vi fick tid att prata.")
    table = document.add_table(rows=1, cols=2)
    table.style = None  # names no style: the default table style
    table.cell(0, 0).text = "Karin Ek"
    table.cell(0, 1).text = "070-123 45 67"
    text = _imported(document, tmp_path / "ip_03.docx")
    assert text == "R: Vi fick tid att prata."


def _imported(document: object, path: Path) -> str:
    """The stored text of ``document`` saved at ``path`` and imported into a new project."""
    document.save(str(path))  # type: ignore[attr-defined]
    with Project.create(path.parent / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        return project.document(doc.id).text


MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_an_inserted_word_part_hides_what_the_styles_hide(tmp_path: Path) -> None:
    """A Word part inserted from the same package (``w:altChunk`` to a main part) is shown
    with the main document's styles when it has none of its own: its "Dold" text and its
    paragraphs naming no style under a hiding "Normal" came in, since the hiding was
    worked out for the main document's body only."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    dold = document.styles.add_style("Dold", WD_STYLE_TYPE.CHARACTER)
    dold.font.hidden = True
    document.add_paragraph("R: Vi fick tid att prata.")
    inner = Part(PackURI("/word/inner.xml"), MAIN, b"", document.part.package)
    inner._blob = (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t xml:space="preserve">Bilaga A </w:t>'
        '</w:r><w:r><w:rPr><w:rStyle w:val="Dold"/></w:rPr><w:t>Karin Ek</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    empty = Part(PackURI("/word/empty.xml"), MAIN, f'<w:document xmlns:w="{W}"/>'.encode(), None)
    body = document.element.body
    for part in (inner, empty):
        rid = document.part.relate_to(part, RT.A_F_CHUNK)
        marker = f'<w:altChunk xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"/>'
        body.insert(len(body) - 1, parse_xml(marker))
    text = _imported(document, tmp_path / "ip_04.docx")
    assert text == "R: Vi fick tid att prata.\n\nBilaga A"


def test_an_odt_default_paragraph_style_hides_too(tmp_path: Path) -> None:
    """An .odt's default paragraph style (``style:default-style``, in styles.xml) hides a
    paragraph naming no style and one whose style's chain says nothing; a style saying
    it shows still shows. A hidden-text field hiding its words (``text:hidden-text``
    while its condition holds) hides them. All of it was read as text."""
    named = (
        '<office:styles><style:default-style style:family="paragraph">'
        '<style:text-properties text:display="none"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph"/>'
        '<style:style style:name="Intervju" style:family="paragraph">'
        '<style:text-properties text:display="true"/></style:style></office:styles>'
    )
    automatic = (
        "<office:automatic-styles>"
        '<style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Standard"/></office:automatic-styles>'
    )
    body = (
        "<text:p>Anteckning: Karin Ek ringde.</text:p>"
        '<text:p text:style-name="Standard">Elin Sjöberg</text:p>'
        '<text:p text:style-name="P1">Anna Berg</text:p>'
        '<text:p text:style-name="Intervju">R: Vi fick tid <text:hidden-text '
        'text:condition="ooow:1" text:string-value="Lisa Holm" text:is-hidden="true">'
        "Lisa Holm</text:hidden-text>att prata.</text:p>"
    )
    path = odt_file(tmp_path / "ip_05.odt", automatic, body, named)
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        assert project.document(doc.id).text == "R: Vi fick tid att prata."


def test_an_odt_section_hidden_on_a_condition_that_holds_stays_out(tmp_path: Path) -> None:
    """LibreOffice writes a section hidden with the condition 1 (Format > Sections > Hide,
    With condition: 1) as ``text:display="condition" text:condition="ooow:1"``: never
    shown, but read; a condition it must evaluate still reads as shown."""
    body = (
        "<text:p>R: Vi fick tid att prata.</text:p>"
        '<text:section text:name="S1" text:display="condition" text:condition="ooow:1">'
        "<text:p>Karin Ek 070-123 45 67</text:p></text:section>"
        '<text:section text:name="S2" text:display="condition" text:condition="ooow:TRUE">'
        "<text:p>Elin Sjöberg</text:p></text:section>"
        '<text:section text:name="S3" text:display="condition" '
        'text:condition="ooow:Visad == 1"><text:p>R: Det syns.</text:p></text:section>'
    )
    path = odt_file(tmp_path / "ip_06.odt", "", body)
    with Project.create(tmp_path / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        assert project.document(doc.id).text == "R: Vi fick tid att prata.\n\nR: Det syns."

"""Hidden text in Word is a toggle between style levels (red team, round 12).

ECMA-376 17.7.3: ``w:vanish`` set in a style turns the hiding over at that level of the
hierarchy (the document's defaults, the table's style, the paragraph's, the character
style), and a style's "not hidden" leaves it as it was; only a run's own setting says
hidden or shown outright. A note's paragraph style hiding it and a "Dold" character style
inside it therefore show their text in Word, as do "Normal" hiding under defaults that
hide: round 11 kept text hidden at any level out, so the lines Word shows were missing
from the transcript, its codings and every export.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import parse_xml

from qualcode import Project

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _imported(document: object, path: Path) -> str:
    document.save(str(path))  # type: ignore[attr-defined]
    with Project.create(path.parent / "p.db") as project:
        (doc,) = project.import_files([path], lang="sv").imported
        return project.document(doc.id).text


def _hiding_defaults(document: object) -> None:
    styles = document.styles.element  # type: ignore[attr-defined]
    rpr = styles.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr")
    rpr.append(parse_xml(f'<w:vanish xmlns:w="{W}"/>'))


def test_text_hidden_at_two_levels_is_shown(tmp_path: Path) -> None:
    document = docx.Document()
    note = document.styles.add_style("Anteckning", WD_STYLE_TYPE.PARAGRAPH)
    note.font.hidden = True
    dold = document.styles.add_style("Dold", WD_STYLE_TYPE.CHARACTER)
    dold.font.hidden = True
    synlig = document.styles.add_style("Synlig", WD_STYLE_TYPE.CHARACTER)
    synlig.font.hidden = False
    p = document.add_paragraph("Anteckning: Karin Ek ringde. ", style="Anteckning")
    p.add_run("R: Vi fick tid att prata.", style="Dold")  # hidden twice: shown
    p.add_run(" Elin Sjöberg", style="Synlig")  # "not hidden" in a style changes nothing
    own = p.add_run(" Anna Berg", style="Dold")
    own.font.hidden = True  # the run's own word: hidden, whatever its styles say
    p = document.add_paragraph("R: Chefen lyssnade.")
    p.add_run(" Lisa Holm", style="Dold")
    text = _imported(document, tmp_path / "ip_01.docx")
    assert text == "R: Vi fick tid att prata.\n\nR: Chefen lyssnade."


def test_defaults_and_a_style_that_both_hide_show(tmp_path: Path) -> None:
    """Hidden by the defaults and again by "Normal": shown; a third level hides again."""
    document = docx.Document()
    _hiding_defaults(document)
    document.styles["Normal"].font.hidden = True
    dold = document.styles.add_style("Dold", WD_STYLE_TYPE.CHARACTER)
    dold.font.hidden = True
    table_style = document.styles["Normal Table"]
    table_style.element.get_or_add_rPr().append(parse_xml(f'<w:vanish xmlns:w="{W}"/>'))
    p = document.add_paragraph("R: Vi fick tid att prata.")
    p.add_run(" Karin Ek", style="Dold")
    table = document.add_table(rows=1, cols=2)
    table.style = None  # the default table style: a third level that hides
    table.cell(0, 0).text = "Elin Sjöberg"
    table.cell(0, 1).add_paragraph().add_run("R: Fyra gånger.", style="Dold")
    text = _imported(document, tmp_path / "ip_02.docx")
    assert text == "R: Vi fick tid att prata.\n\nR: Fyra gånger."

"""A list's number format is drawn at most a hundred characters long before each item.

Word draws a list item's label from its level's format (``lvlText``, "%1."), LibreOffice
from a prefix and suffix around the number; both are written once, in the numbering or
styles, and drawn before every item. A half-megabyte .docx whose format held "%1" five
thousand times, over twenty thousand random items, drew 65 kB before each: the import
ran past two minutes and half a gigabyte and was killed, a zip bomb the ratio check cannot
see (red team 39). A label is now drawn from at most the first hundred characters of
its format and cut at a hundred."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document

LABEL_MOST = 100  # the most characters a label is drawn (docx_lists.LABEL_MOST)


def test_a_word_format_repeating_its_number(tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Nämnden har mål.")
    for goal in ("Fler ska stanna.", "Sjukfrånvaron ska minska."):
        document.add_paragraph(goal, style="List Number")
    for lvl in document.part.numbering_part.element.iter(qn("w:lvl")):
        for tag, value in (("numFmt", "upperRoman"), ("lvlText", "%1" * 5000)):
            found = lvl.find(qn(f"w:{tag}"))
            if found is not None:
                found.set(qn("w:val"), value)
    document.save(str(tmp_path / "plan.docx"))
    paragraphs = read_document(tmp_path / "plan.docx").text.split("\n\n")
    assert paragraphs[1] == "I" * (LABEL_MOST // 2) + " Fler ska stanna."  # fifty "%1"
    assert paragraphs[2] == "II" * (LABEL_MOST // 2) + " Sjukfrånvaron ska minska."


def test_an_opendocument_prefix_of_a_hundred_thousand_letters(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    style = ListStyle(name="Mål")
    style.addElement(ListLevelStyleNumber(level=1, numformat="1", numprefix="§" * 100_000))
    document.automaticstyles.addElement(style)
    listed = List(stylename="Mål")
    for goal in ("Fler ska stanna.", "Sjukfrånvaron ska minska."):
        item = ListItem()
        item.addElement(P(text=goal))
        listed.addElement(item)
    document.text.addElement(listed)
    document.save(str(tmp_path / "plan.odt"))
    lines = read_document(tmp_path / "plan.odt").text.split("\n\n")
    assert [len(line.split(" ")[0]) for line in lines] == [LABEL_MOST, LABEL_MOST]
    assert lines[0].endswith(" Fler ska stanna.")

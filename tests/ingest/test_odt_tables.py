"""An OpenDocument table is read as a Word table is: a row a line, its cells tab-separated.
A council's minutes keep their front page in a table ("Plats och tid" beside the time) and a
plan its figures; a paragraph per cell left a label and its value two units apart."""

from __future__ import annotations

from pathlib import Path

from qualcode.ingest import read_document


def _minutes(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, Note, NoteBody, NoteCitation, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text="Protokoll"))
    table = Table(name="Framsida")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    rows = [("Plats och tid", "Kommunhuset kl. 9"), ("Beslutande", ""), ("", "")]
    for label, value in rows:
        row = TableRow()
        for text in (label, value):
            cell = TableCell()
            if text:
                cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    said = P(text="Nämnden beslutar enligt förslaget")
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Se bilaga."))
    note.addElement(body)
    said.addElement(note)
    document.text.addElement(said)
    document.save(str(path))
    return path


def test_a_table_row_is_one_line_of_tab_separated_cells(tmp_path: Path) -> None:
    raw = read_document(_minutes(tmp_path / "protokoll.odt"))
    assert raw.text.split("\n\n") == [
        "Protokoll",
        "Plats och tid\tKommunhuset kl. 9",
        "Beslutande",  # an empty last cell leaves no tab behind; an empty row is no line
        "Nämnden beslutar enligt förslaget",  # the footnote stays out of the sentence
        "1 Se bilaga.",  # and comes after the text, as a .docx's
    ]

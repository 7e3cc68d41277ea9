"""The codings workbook's columns are sized to their text, as the summary's are (eyes31).

It was written unsized: every column at Excel's default width, so a co-author opening it
read the document's name cut to 'Kommun_(' and each passage hidden behind the next
column until she widened them by hand."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from qualcode.project import Project


def test_the_name_and_the_text_columns_are_wide_enough_to_read(
    project: Project, tmp_path: Path
) -> None:
    doc = project.documents()[0]
    text = project.document(doc.id).text
    at = text.index("Politikerna")
    project.add_coding(doc.id, at, text.index(".", at) + 1, "mission_dialogue", "karin")
    target = project.export_codings(tmp_path / "codings.xlsx")
    sheet = load_workbook(target).active
    headers = {cell.value: cell.column_letter for cell in sheet[1]}
    width = {name: sheet.column_dimensions[letter].width for name, letter in headers.items()}
    assert width["document_name"] >= len("aby_01.txt")
    assert width["text"] >= len("Politikerna bestämde och vi fick bara göra.")
    assert width["start"] < width["text"]  # sized to each column, not one width for all

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


def test_the_workbook_opens_on_what_was_said_and_ends_with_the_ids(
    project: Project, tmp_path: Path
) -> None:
    """It opened on two columns of uuids (the coding's and the document's) before the
    document's name; a co-author reads document, participant, code and text first (eyes33).
    The .csv, read by scripts, keeps its columns; the translation sheet reads either."""
    doc = project.documents()[0]
    text = project.document(doc.id).text
    at = text.index("Politikerna")
    project.add_coding(doc.id, at, text.index(".", at) + 1, "mission_dialogue", "karin")
    sheet = load_workbook(project.export_codings(tmp_path / "codings.xlsx")).active
    headers = [cell.value for cell in sheet[1]]
    assert headers[:5] == ["document_name", "participant", "code", "text", "coder"]
    assert headers[-2:] == ["document", "id"]
    row = {h: cell.value for h, cell in zip(headers, sheet[2], strict=True)}
    assert row["text"].startswith("Politikerna") and row["code"] == "mission_dialogue"
    csv_text = project.export_codings(tmp_path / "codings.csv").read_text(encoding="utf-8-sig")
    assert csv_text.replace('"', "").split(",", 2)[:2] == ["id", "document"]

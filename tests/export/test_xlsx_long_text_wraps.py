"""Text longer than its column (held to 60 characters) wraps inside the cell in every
workbook qualcode writes (eyes34).

A co-author opening the summary's .xlsx read each quote cut off where the source column
began, and the methods paragraph as one line of some 2,000 characters (LibreOffice printed
it over twenty pages); the codings workbook hid the rest of each passage the same way.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qualcode import Project

# my own words: an answer long enough to run past a column of 60 characters
ANSWER = (
    "R: Vi har börjat prata om ärendemängden på varje möte, och chefen säger nu att för "
    "många ärenden ger sämre utredningar för familjerna.\n"
    "R: Ja.\n"
)


def _project(tmp_path: Path) -> Project:
    """Two coders who coded the answer alike and finished: the summary has its methods."""
    project = Project.create(tmp_path / "p.db")
    project.add_coder("lena", role="lead")
    project.add_code("integration", {"sv": "Integrering"})
    doc = project.import_text("ip1.txt", ANSWER, lang="sv")
    long_end = ANSWER.index("familjerna.") + len("familjerna.")
    short = ANSWER.index("Ja.")
    for coder in ("karin", "johan"):
        project.add_coder(coder)
        project.add_coding(doc.id, ANSWER.index("Vi har"), long_end, "integration", coder)
        project.add_coding(doc.id, short, short + 3, "integration", coder)
        project.set_status(doc.id, coder, "done")
    return project


def _cell(sheet: openpyxl.worksheet.worksheet.Worksheet, text: str) -> openpyxl.cell.Cell:
    return next(c for row in sheet.iter_rows() for c in row if c.value == text)


def test_a_long_passage_wraps_and_a_short_one_stays_a_line(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        sheet = openpyxl.load_workbook(project.export_codings(tmp_path / "c.xlsx")).active
    headers = {cell.value: cell.column_letter for cell in sheet[1]}
    assert sheet.column_dimensions[headers["text"]].width == 60
    passage = next(c for c in sheet[headers["text"]] if str(c.value).startswith("Vi har"))
    assert len(passage.value) > 60 and passage.alignment.wrap_text
    assert not _cell(sheet, "Ja.").alignment.wrap_text
    assert not sheet[f"{headers['text']}1"].alignment.wrap_text  # the header stays a line


def test_the_summarys_quotes_and_methods_paragraph_wrap(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        path = project.export_summary(tmp_path / "s.xlsx", layer="coder:karin", lang="sv")
    book = openpyxl.load_workbook(path)
    quotes = book["Citat"]
    quote = next(c for row in quotes.iter_rows(min_row=2) for c in row if "Vi har" in str(c.value))
    assert quote.alignment.wrap_text
    method = book["Metod"]
    paragraph = max((c for row in method.iter_rows() for c in row), key=lambda c: len(str(c.value)))
    assert len(str(paragraph.value)) > 200 and paragraph.alignment.wrap_text
    # its row is as tall as its lines (LibreOffice drew them over each other in one line's
    # height), and the column within an A4 page printed
    assert method.row_dimensions[paragraph.row].height >= 15 * len(paragraph.value) / 75
    assert method.column_dimensions[paragraph.column_letter].width <= 75

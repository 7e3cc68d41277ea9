"""A summary workbook's quote row, made tall by a quote wrapping over many lines, holds
its theme and its source at the top, level with the quote's first line. Every cell sat
at the foot of the row, so a reader met the theme level with the quote's last line and
read each row from the bottom up (render40)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qualcode import Project

QUOTE = (
    "Vi fick en mentor första året och det gjorde att man vågade fråga om allt, "
    "också om det man trodde att alla andra redan visste, och ingen pekade finger "
    "när något gick fel i ett ärende eller när man behövde mer tid än planerat."
)


def test_a_tall_quote_row_is_read_from_its_top(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("support", {"sv": "Stöd"})
        talk = project.import_text("ip1.txt", QUOTE + "\n", lang="sv")
        project.add_coding(talk.id, 0, len(QUOTE), "support", "lena")
        path = project.export_summary(tmp_path / "s.xlsx", layer="coder", lang="sv")
    book = openpyxl.load_workbook(path)
    rows = [
        row
        for sheet in book.worksheets
        for row in sheet.iter_rows(min_row=2)
        if any(cell.value == QUOTE for cell in row)
    ]
    assert rows, "the quote is in the workbook"
    for row in rows:
        filled = [cell for cell in row if cell.value is not None]
        assert len(filled) > 1
        assert all(cell.alignment.vertical == "top" for cell in filled), [
            (cell.value, cell.alignment.vertical) for cell in filled
        ]
    # a row of one line keeps the default: only the tall rows are styled
    sheet = book.worksheets[0]
    assert all(cell.alignment.vertical is None for cell in sheet[1])

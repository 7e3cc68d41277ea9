"""A workbook's sheets print with their grid, as the tables they are. Printed without it
(LibreOffice, the demo's Swedish summary), the themes' sheet ran a right-aligned count into
the memo beside it ("6Arbetsbelastning återkommer ...") and a quote's wrapped lines into
the next row's, with nothing to tell one cell from the next (render44)."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from qualcode.export.workbook import cell_by_cell, xlsx_bytes

# my own words
THEMES = pd.DataFrame(
    {
        "Tema": ["Uppdragsdialog", "Långsiktig ekonomi"],
        "Segment": [12, 8],
        "Dokument": [6, 3],
        "Memo": ["Belastningen återkommer i flera intervjuer: en fråga om systemet?", None],
    }
)


def test_every_sheet_prints_its_grid() -> None:
    sheets = {"Teman": THEMES, "Citat": THEMES.iloc[:, [0, 3]]}
    for data in (xlsx_bytes(sheets, wrap_headers=True), xlsx_bytes(sheets)):
        book = openpyxl.load_workbook(io.BytesIO(data))
        assert [sheet.print_options.gridLines for sheet in book] == [True, True]


def test_both_writers_print_the_grid() -> None:
    book = openpyxl.load_workbook(io.BytesIO(cell_by_cell({"Teman": THEMES})))
    assert book.active is not None and book.active.print_options.gridLines

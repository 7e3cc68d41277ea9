"""The summary workbook's tables with themes across the top print a page wide. Each theme's
column was as wide as its name (up to 60 characters) over counts of one or two digits:
the demo's 'Teman per roll' was 224 characters wide, too wide to shrink onto one page, and
LibreOffice printed it a theme a page (render40). The names now wrap over narrow columns."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd

from qualcode import Project
from qualcode.export.workbook import cell_by_cell, xlsx_bytes

THEMES = {
    "dialogue": "Från uppdragsmonolog till uppdragsdialog",
    "systems": "Från individ- till systemperspektiv",
    "integration": "Från separering till integrering av arbetsmiljö och verksamhetskvalitet",
    "economics": "Från kortsiktighet till långsiktighet i den ekonomiska styrningen",
}
ROLES = ("enhetschef", "fackligt ombud", "förvaltningschef", "politiker", "socialsekreterare")
SAID = "Vi talar om uppdraget och om vad det kostar på lång sikt för familjerna."


def test_themes_across_the_top_wrap_and_print_a_page_wide(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.act_as("lena")
        for key, name in THEMES.items():
            project.add_code(key, {"sv": name})
        for n, role in enumerate(ROLES):
            text = f"I: Berätta om intervju {n + 1}.\nR: {SAID}\n"
            doc = project.import_text(f"intervju_{n}.txt", text, lang="sv")
            project.set_attributes(doc.id, {"role": role, "municipality": "Åby"})
            start = text.index(SAID)
            for key in THEMES:
                project.add_coding(doc.id, start, start + len(SAID), key, "lena")
        book = openpyxl.load_workbook(
            project.export_summary(tmp_path / "s.xlsx", layer="coder", lang="sv")
        )
    sheet = book["Teman per roll"]
    headers = {cell.value: cell for cell in sheet[1]}
    for name in THEMES.values():
        cell = headers[name]
        width = sheet.column_dimensions[cell.column_letter].width
        assert width < len(name), (name, width)  # was len(name) + 2, at most 60
        assert cell.alignment.wrap_text
    assert sheet.row_dimensions[1].height >= 3 * 15  # the header's lines are shown
    assert sheet.page_setup.orientation == "landscape"  # was portrait, a theme a page
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    # every sheet prints a page wide at two thirds of its size or more: the quotes' sheet
    # (theme, quote, source, position at up to 60 characters each) printed its quotes
    # and their sources on separate pages in the demo
    for each in book:
        letters = [cell.column_letter for cell in each[1]]
        width = sum(each.column_dimensions[c].width for c in letters)
        assert width <= 165 or len(letters) == 1, (each.title, width)


def test_wrapped_headers_are_written_alike_by_both_writers() -> None:
    """The summary's workbook goes through the rows writer, a frame holding a date through
    openpyxl's cells: both wrap a header alike, byte for byte."""
    frame = pd.DataFrame(
        {
            "Roll": ["enhetschef (n=1)", "politiker (n=1)"],
            THEMES["integration"]: [1, 2],
            "=" + THEMES["economics"]: [0.5, 3.0],  # a header that starts like a formula
            "Kodade ord": [433, 54],
            "α": [0.7224274755312583, 0.3125],  # shown as 0.722 and 0.313
            "Memo": ["ord " * 30, None],  # long text still wraps below its header
            "Citat": ["citat " * 20, "kort"],  # three long columns: narrowed together
            "Källa": [None, "källa " * 20],
        }
    )
    sheets = {"Teman per roll": frame}
    assert _parts(xlsx_bytes(sheets, wrap_headers=True)) == _parts(
        cell_by_cell(sheets, wrap_headers=True)
    )
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(sheets, wrap_headers=True))).active
    assert sheet is not None
    wrapped = [c.alignment.wrap_text for c in sheet[1]]
    assert wrapped == [None, True, True, None, None, None, None, None]
    assert sum(sheet.column_dimensions[c].width for c in "ABCDEFGH") <= 165
    assert sheet.column_dimensions["E"].width == len("0.722") + 2  # was 20, for its repr


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # core.xml: the time it was made
        return [
            (i.filename, archive.read(i)) for i in archive.infolist() if "core" not in i.filename
        ]

"""A workbook prints as a co-author reads it: each small sheet of the summary on one page,
its header on every page (eyes35).

Printed as written (portrait, no scaling), a summary .xlsx of six sheets of a few rows each
took 15 pages in LibreOffice: the themes' counts and codes on a page after their names,
the quotes' sources two pages after the quotes. A sheet wider than a portrait page now
prints landscape, shrunk to one page wide where that keeps it at half size or more.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from qualcode.export.workbook import xlsx_bytes
from tests.export.libreoffice_kit import SOFFICE, needs_calc, needs_libreoffice

# my own words, a municipal plan's lines
PLAN = (
    "Nämnden vill att arbetsmiljön följs upp i samma rapport som kvaliteten i stödet.\n\n"
    "Kostnaden för inhyrda konsulter ska vägas mot vad en fast tjänst kostar över flera år.\n"
)


def _summary(tmp_path: Path) -> Path:
    """Two coders who coded the plan alike and finished: every sheet of the summary."""
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("integration", {"sv": "Från separering till integrering av arbetsmiljö"})
        project.add_code("economics", {"sv": "Från kortsiktighet till långsiktighet i ekonomin"})
        doc = project.import_text("plan.txt", PLAN, lang="sv")
        second = PLAN.index("Kostnaden")
        for coder in ("karin", "johan"):
            project.add_coder(coder)
            project.add_coding(doc.id, 0, second - 2, "integration", coder)
            project.add_coding(doc.id, second, len(PLAN) - 1, "economics", coder)
            project.set_status(doc.id, coder, "done")
        return project.export_summary(tmp_path / "s.xlsx", layer="coder:karin", lang="sv")


def test_a_sheet_wider_than_a_portrait_page_prints_landscape_one_page_wide(
    tmp_path: Path,
) -> None:
    book = openpyxl.load_workbook(_summary(tmp_path))
    assert len(book.sheetnames) >= 4
    for sheet in book:
        assert sheet.print_title_rows == "$1:$1", sheet.title  # the header on every page
    quotes = book["Citat"]  # the quote, its source, where, the code: wider than portrait
    assert quotes.page_setup.orientation == "landscape"
    assert quotes.sheet_properties.pageSetUpPr.fitToPage
    assert (quotes.page_setup.fitToWidth, quotes.page_setup.fitToHeight) == (1, 0)
    method = book["Metod"]  # one column held within a portrait page: left as it is
    assert method.page_setup.orientation != "landscape"


def test_a_sheet_too_wide_to_shrink_stays_portrait_at_full_size(tmp_path: Path) -> None:
    import pandas as pd

    wide = pd.DataFrame({f"column {i}": ["x" * 30] for i in range(10)})  # 320 characters
    path = tmp_path / "wide.xlsx"
    path.write_bytes(xlsx_bytes({"wide": wide}))
    sheet = openpyxl.load_workbook(path)["wide"]
    assert sheet.page_setup.orientation != "landscape"
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"


@pytest.mark.slow
@needs_libreoffice
@needs_calc
def test_libreoffice_prints_the_summary_a_page_a_sheet(tmp_path: Path) -> None:
    path = _summary(tmp_path)
    sheets = len(openpyxl.load_workbook(path).sheetnames)
    subprocess.run(
        [str(SOFFICE), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("pdfinfo missing")
    info = subprocess.run(
        [pdfinfo, str(path.with_suffix(".pdf"))], capture_output=True, text=True, check=True
    ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    assert pages == sheets

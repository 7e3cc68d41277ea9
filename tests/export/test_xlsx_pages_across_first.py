"""A codings table too wide for one page prints across before down: a coding's text on
the page after its document and code. Printed down first, the demo's codings .xlsx gave
26 pages of document names and codes before the first page of texts, and a co-author
matched them by row number (render43)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from tests.export.libreoffice_kit import PDFTOTEXT, SOFFICE, needs_calc, needs_libreoffice

# my own words, two answers of an interview
TEXT = (
    "I: Hur fördelas ärendena?\n"
    "R: Vi fördelar ärendena tillsammans på måndagarna, så att ingen blir ensam med de "
    "svåraste familjerna och alla vet vem som har vad under veckan.\n"
    "I: Och introduktionen?\n"
    "R: Den nya kollegan fick en mentor och färre ärenden det första halvåret, och det "
    "gjorde att hon stannade kvar hos oss.\n"
)
FIRST = "Vi fördelar ärendena tillsammans på måndagarna"


def _codings(tmp_path: Path) -> Path:
    """Sixty codings of two answers: more rows than one page holds."""
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("systems", {"sv": "Från individ- till systemperspektiv"})
        for n in range(30):
            text = f"{TEXT}I: Tack.\nR: Tack själv, det var samtal nummer {n + 1}.\n"
            doc = project.import_text(f"intervju_{n:02}.txt", text, lang="sv")
            for answer in (FIRST, "Den nya kollegan"):
                start = text.index(answer)
                project.add_coding(doc.id, start, text.index("\n", start), "systems", "lena")
        return project.export_codings(tmp_path / "codings.xlsx")


def test_a_sheet_wider_than_two_pages_prints_across_first(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(_codings(tmp_path)).active
    assert sheet.page_setup.pageOrder == "overThenDown"


@pytest.mark.slow
@needs_libreoffice
@needs_calc
def test_libreoffice_prints_the_texts_on_the_second_page(tmp_path: Path) -> None:
    path = _codings(tmp_path)
    subprocess.run(
        [str(SOFFICE), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    pdf = str(path.with_suffix(".pdf"))
    second = subprocess.run(
        [str(PDFTOTEXT), "-f", "2", "-l", "2", pdf, "-"], capture_output=True, text=True
    ).stdout
    assert FIRST in second  # the first rows' texts, not more rows of names

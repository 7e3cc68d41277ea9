"""A text longer than an Excel cell holds is cut with a mark, never silently, and a
translation sheet read back never writes the cut text over the whole translation.

Excel holds 32,767 characters in a cell; the project allows memos and translations of
200,000. openpyxl cut a longer one at the limit without a word, so the codings workbook
showed a 40,000-character memo as its first 32,767 characters, and the lead's
``code translations codings.xlsx`` (the sheet a translator fills in) replaced the whole
translation with the cut one: "1 translated".
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook

XLSX_CELL_MAX = 32_767  # Excel's own limit, characters in a cell
# a made-up note, repeated with its number, far past what one cell holds
LONG = " ".join(f"Note {i}: the caseload question again, seen from row {i}." for i in range(900))


@pytest.fixture
def lead(tmp_path: Path) -> tuple[Project, str]:
    """A lead's project with one coding whose memo and English translation are LONG."""
    project = Project.create(tmp_path / "p.db")
    book = small_codebook()
    project.apply_codebook(book)
    project.add_coder("lena", role="lead")
    project.act_as("lena")
    doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    coding = project.add_coding(doc.id, 0, 40, book.codes[0].key, "lena", memo=LONG)
    project.translate_coding(coding.id, "en", LONG, "lena")
    yield project, coding.id
    project.close()


def _row(path: Path) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    return dict(zip(rows[0], rows[1], strict=True))


def test_a_long_memo_and_translation_are_cut_with_a_mark(
    lead: tuple[Project, str], tmp_path: Path
) -> None:
    project, _ = lead
    assert len(LONG) > XLSX_CELL_MAX
    row = _row(project.export_codings(tmp_path / "codings.xlsx"))
    for column in ("memo", "translation"):
        cell = str(row[column])
        assert len(cell) <= XLSX_CELL_MAX
        kept, _, said = cell.partition(" … [cut at Excel's cell limit: ")
        assert LONG.startswith(kept) and len(kept) > 30_000
        more = int(said.split(" ", 1)[0].replace(",", ""))
        assert len(kept) + more == len(LONG)  # the mark counts what the cell lacks
    # the .csv holds them whole
    frame = pd.read_csv(project.export_codings(tmp_path / "codings.csv"))
    assert frame.loc[0, "memo"] == LONG and frame.loc[0, "translation"] == LONG


def test_the_workbook_read_back_keeps_the_whole_translation(
    lead: tuple[Project, str], tmp_path: Path
) -> None:
    project, coding = lead
    sheet = project.export_codings(tmp_path / "codings.xlsx")
    report = project.import_translations(sheet, "lena")
    assert (report.translated, report.unchanged) == (0, 1)
    assert project.translations()[(coding, "en")] == LONG


def test_a_cut_cell_that_is_not_the_stored_translation_is_refused(
    lead: tuple[Project, str], tmp_path: Path
) -> None:
    project, coding = lead
    sheet = project.export_codings(tmp_path / "codings.xlsx")
    book = openpyxl.load_workbook(sheet)
    header = [c.value for c in book.worksheets[0][1]]
    cell = book.worksheets[0].cell(row=2, column=header.index("translation") + 1)
    cell.value = "Changed" + str(cell.value)[7:]  # as long: Excel holds no more
    book.save(sheet)
    with pytest.raises(ValidationError, match=r"cut at Excel's cell limit.*nothing imported"):
        project.import_translations(sheet, "lena")
    assert project.translations()[(coding, "en")] == LONG


def test_save_frame_cuts_with_the_mark_too(lead: tuple[Project, str], tmp_path: Path) -> None:
    project, _ = lead
    written = project.save_frame(pd.DataFrame({"note": [LONG, "short"]}), tmp_path / "f.xlsx")
    sheet = openpyxl.load_workbook(written).worksheets[0]
    assert "cut at Excel's cell limit" in str(sheet["A2"].value)
    assert sheet["A3"].value == "short"

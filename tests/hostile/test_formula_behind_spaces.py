"""Claim 4 (red team): a formula hidden behind leading spaces or invisible marks is
neutralised too. A memo or a document name such as ``" =HYPERLINK(...)"`` kept its space
and reached the csv export and the xlsx cell without the apostrophe, and a spreadsheet
that trims spaces (or a person retyping the cell) runs it.

The project is real (a file on disk, the CLI in-process); the exports are read back with
the csv module and openpyxl.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from qualcode.export.cells import csv_cell
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import run

HIDDEN = {
    "space": ' =HYPERLINK("http://example.invalid","x")',
    "nbsp": "\u00a0@SUM(1+1)",
    "ideographic": "\u3000\uff1d1+1",
    "zero-width": "\u200b=1+1",
    "rtl-mark": "\u200f+1+1",
    "spaces-and-marks": " \u200b \u2066-1+cmd",
}
# what a person would call "a formula after blanks", checked without the code under test
_BLANKS = " \u00a0\u3000\u200b\u200f\u2066"
_STARTS = "=+-@\uff1d\uff0b\uff0d\uff20"


def _is_live(cell: str) -> bool:
    return cell.lstrip(_BLANKS)[:1] in _STARTS and cell.lstrip(_BLANKS)[:1] != ""


@pytest.mark.parametrize("payload", list(HIDDEN.values()), ids=list(HIDDEN))
def test_csv_cell_neutralises_what_follows_blanks(payload: str) -> None:
    # a direction control (U+2066 here) is dropped from every exported text (cells.in_order)
    assert csv_cell(payload) == "'" + payload.replace("\u2066", "")


@pytest.mark.parametrize("number", ["-2", " -2", "+0.5", " 3,5"])
def test_plain_numbers_stay_numbers(number: str) -> None:
    assert csv_cell(number) == number


def _project(path: Path) -> Path:
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        doc = project.import_text(
            f"{HIDDEN['space']}.txt", SV_TEXT, lang="sv", attributes={"municipality": "Åby"}
        ).id
        for i, payload in enumerate(HIDDEN.values()):
            coding = project.add_coding(doc, 30 + i, 80 + i, "mission_dialogue", "karin")
            project.add_memo("coding", coding.id, "karin", payload)
        project.set_status(doc, "karin", "done")
    return path


def test_exports_carry_no_formula_behind_blanks(tmp_path: Path) -> None:
    project = _project(tmp_path / "p.db")
    code, _, err = run(project, "export", "codings", "-o", str(tmp_path / "c.csv"))
    assert code == 0, err
    rows = list(csv.reader((tmp_path / "c.csv").open(encoding="utf-8-sig", newline="")))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if _is_live(c)]
    for payload in HIDDEN.values():  # a memo may lose its blanks; the document name keeps them
        assert any(c.startswith("'") and payload.strip(_BLANKS) in c for c in cells), payload
    assert any(c.startswith("'" + HIDDEN["space"]) for c in cells)

    code, _, err = run(project, "export", "codings", "-o", str(tmp_path / "c.xlsx"))
    assert code == 0, err
    book = openpyxl.load_workbook(tmp_path / "c.xlsx")
    texts = [
        c for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)
    ]
    hidden = [c for c in texts if _is_live(c.value)]
    assert any(c.value.startswith(HIDDEN["space"]) for c in hidden)
    assert all(c.data_type == "s" and c.quotePrefix for c in hidden)

    code, out, err = run(project, "docs", "list", "-f", "csv")
    assert code == 0, err
    listed = [cell for row in csv.reader(io.StringIO(out, newline="")) for cell in row]
    assert not [c for c in listed if _is_live(c)]

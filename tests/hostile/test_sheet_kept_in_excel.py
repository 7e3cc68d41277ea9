"""An attributes or quotes sheet given as the Excel workbook it was kept in (red team 41).

`docs attributes`, `code import` and `codebook load` read a sheet saved as CSV. Given the
workbook itself (study.xlsx, or one saved with a .csv name), each said 'binary data (zero
bytes), not a text file', which did not say what the file is nor what to do; an older
.xls the same. Such a file is named by what its first bytes show, with 'save it as text
(a sheet as CSV, UTF-8)', in one line, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.hostile.hostile_kit import lena_coded, refused_here

COMMANDS = {
    "attributes": ("docs", "attributes"),
    "quotes": ("code", "import"),
    "codebook": ("codebook", "load"),
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    with lena_coded(tmp_path / "p.db") as p:
        return p.path


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["document", "municipality"])
    book.active.append(["ip1.txt", "Åby"])
    book.save(path)
    return path


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_workbook_named_as_csv_is_said_to_be_one(
    project: Path, tmp_path: Path, command: str
) -> None:
    sheet = _workbook(tmp_path / "blad.csv")
    first = refused_here(project, *COMMANDS[command], str(sheet), coder="lena").splitlines()[0]
    assert first.startswith("error: blad.csv: a zip archive (a workbook"), first
    assert first.endswith("not a text file; save it as text (a sheet as CSV, UTF-8)"), first


def test_an_older_excel_file_is_said_to_be_one(project: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "blad.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    first = refused_here(project, "docs", "attributes", str(sheet), coder="lena").splitlines()[0]
    assert "an older Office file (.xls, .doc), not a text file; save it as text" in first

"""A translation sheet (.xlsx) whose cells openpyxl cannot read (red team 41).

openpyxl opens a workbook at once but reads a sheet's cells only as its rows are asked
for, and `code translations` asked for them outside the guard that says 'not a readable
.xlsx': a number cell of 5,000 digits (past Python's limit), a date cell 2024-99-99, a
true/false cell holding 'xyz', or a sheet whose XML breaks off half-way ended in a
ValueError or ParseError traceback. Each is one line now, naming the sheet (and the
line, where a cell is at fault), and no translation is written.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import counts, lena_coded, refused_here

CELLS = {
    "long-number": ('<c r="B3" t="n"><v>' + "1" * 5000 + "</v></c>", "line 3: "),
    "no-such-date": ('<c r="B3" t="d"><v>2024-99-99</v></c>', "line 3: "),
    "no-truth-value": ('<c r="B3" t="b"><v>xyz</v></c>', "line 3: "),
    "damaged": ('<c r="B3" t="n"><v>7</v></c><c r="C3"><x', "sheet's XML is damaged"),
}


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    spans = ((30, 80, "mission_dialogue"), (100, 160, "integration"))
    with lena_coded(tmp_path / "p.db", *spans) as p:
        yield p


def _sheet(path: Path, ids: list[str], third: str | None) -> Path:
    """Two translations by coding id; the second's cell written as ``third`` (raw XML)."""
    book = openpyxl.Workbook()
    book.active.append(["id", "translation"])
    book.active.append([ids[0], "We talked about the mission"])
    book.active.append([ids[1], 7])
    plain = path.with_name("plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and third is not None:
                text, found = re.subn(r'<c r="B3"[^>]*>.*?</c>', third, data.decode())
                assert found == 1
                data = text.encode()
            out.writestr(info.filename, data)
    return path


def _ids(project: Project) -> list[str]:
    by_code = {c.code: c.id for c in project.codings()}
    return [by_code["mission_dialogue"], by_code["integration"]]


@pytest.mark.parametrize("case", list(CELLS))
def test_a_cell_openpyxl_cannot_read_is_one_line(
    project: Project, tmp_path: Path, case: str
) -> None:
    third, said = CELLS[case]
    sheet = _sheet(tmp_path / "sheet.xlsx", _ids(project), third)
    before = counts(project.path)
    with pytest.raises(ValidationError, match=re.escape(said)) as refused:
        project.import_translations(sheet, "lena", "en")
    assert str(refused.value).startswith("sheet.xlsx: ") and "\n" not in str(refused.value)
    assert counts(project.path) == before
    assert project.translations() == {}


def test_the_cli_says_it_in_one_line(project: Project, tmp_path: Path) -> None:
    sheet = _sheet(tmp_path / "sheet.xlsx", _ids(project), CELLS["long-number"][0])
    project.close()
    stderr = refused_here(
        project.path, "code", "translations", str(sheet), "--lang", "en", coder="lena"
    )
    assert "a number too long to hold" in stderr.splitlines()[0]


def test_a_whole_sheet_still_reads(project: Project, tmp_path: Path) -> None:
    report = project.import_translations(
        _sheet(tmp_path / "sheet.xlsx", _ids(project), None), "lena", "en"
    )
    assert report.translated == 2

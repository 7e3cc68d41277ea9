"""A translation sheet (.xlsx) whose cell names a shared text the workbook does not hold
(red team 43, found by damaging an export's workbook).

An .xlsx keeps each text once, in a list the cells name by number. A cell naming number 999
of a two-text list was an IndexError out of openpyxl as `code translations` read the rows:
a traceback, where the other damaged cells of red team 41 are one line. It is one line now,
naming the sheet and the line, and no translation is written.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import counts, lena_coded, refused_here


def _sheet(path: Path, ids: list[str]) -> Path:
    """Two translations by coding id, the second's cell naming shared text number 999."""
    book = openpyxl.Workbook()
    book.active.append(["id", "translation"])
    book.active.append([ids[0], "We talked about the mission"])
    book.active.append([ids[1], "And the budget"])
    plain = path.with_name("plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text, found = re.subn(
                    r'<c r="B3"[^>]*>.*?</c>', '<c r="B3" t="s"><v>999</v></c>', data.decode()
                )
                assert found == 1
                data = text.encode()
            out.writestr(info.filename, data)
    return path


def test_a_cell_naming_no_shared_text_is_one_line(tmp_path: Path) -> None:
    spans = ((30, 80, "mission_dialogue"), (100, 160, "integration"))
    with lena_coded(tmp_path / "p.db", *spans) as project:
        by_code = {c.code: c.id for c in project.codings()}
        sheet = _sheet(
            tmp_path / "sheet.xlsx", [by_code["mission_dialogue"], by_code["integration"]]
        )
        before = counts(project.path)
        with pytest.raises(ValidationError, match=r"line 3: a cell names a text") as refused:
            project.import_translations(sheet, "lena", "en")
        assert str(refused.value).startswith("sheet.xlsx: ") and "\n" not in str(refused.value)
        assert counts(project.path) == before and project.translations() == {}
    said = refused_here(
        tmp_path / "p.db", "code", "translations", str(sheet), "--lang", "en", coder="lena"
    )
    assert "the workbook does not hold" in said.splitlines()[0]

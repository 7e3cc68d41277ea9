"""A translation sheet (.xlsx) is held to the limits every archive is (red team, round 2):
`qualcode code translations` handed the workbook straight to openpyxl, so a sheet holding
400 MB of spaces packed into 400 KB kept it parsing for minutes, and a named pipe called
sheet.xlsx was waited on forever. The workbook is read as a regular file under the size
limit and its zip directory checked first; a packed-tight member is refused in one line
and nothing is written."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.hostile_kit import counts, lena_coded


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with lena_coded(tmp_path / "p.db", (30, 80, "mission_dialogue")) as p:
        yield p


def _sheet(path: Path, coding: str, padding: int = 0) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["id", "translation"])
    book.active.append([coding, "We talked about the mission"])
    plain = path.with_name("plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and padding:
                end = data.rindex(b"</worksheet>")
                data = data[:end] + b" " * padding + data[end:]
            out.writestr(info.filename, data)
    return path


def test_a_packed_sheet_is_refused_unparsed(project: Project, tmp_path: Path) -> None:
    coding = project.codings()[0].id
    sheet = _sheet(tmp_path / "sheet.xlsx", coding, padding=20_000_000)
    before = counts(project.path)
    with pytest.raises(QualcodeError, match=r"sheet\.xlsx: refused as a possible zip bomb"):
        project.import_translations(sheet, "lena", "en")
    assert counts(project.path) == before


def test_a_named_pipe_called_xlsx_is_refused(project: Project, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.xlsx")
    with pytest.raises(QualcodeError, match=r"pipe\.xlsx: is a device, pipe or socket"):
        project.import_translations(tmp_path / "pipe.xlsx", "lena", "en")


def test_an_ordinary_sheet_still_reads(project: Project, tmp_path: Path) -> None:
    coding = project.codings()[0].id
    report = project.import_translations(_sheet(tmp_path / "sheet.xlsx", coding), "lena", "en")
    assert report.translated == 1

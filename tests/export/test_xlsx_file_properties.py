"""An .xlsx written for co-authors carries its title in the file's properties, as the
Word exports do: the summary workbook had none beside its .docx (minor46). The summary's
title and language are those of its language; the codings workbook is titled "Codings".
No login and no coder's name is written into the properties of a file that is shared."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pandas as pd

from qualcode.export.workbook import xlsx_bytes
from qualcode.project import Project


def _coded(project: Project) -> Project:
    project.act_as("lena")
    text = project.document("aby_01.txt").text
    start = text.index("R:") + 3
    project.add_coding("aby_01.txt", start, start + 20, "integration", "lena")
    return project


def _core(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("docProps/core.xml").decode("utf-8")


def test_the_summary_workbook_is_titled_as_its_document(project: Project, tmp_path: Path) -> None:
    _coded(project)
    for lang in ("sv", "en"):
        book = project.export_summary(tmp_path / f"s_{lang}.xlsx", layer="coder", lang=lang)
        word = project.export_summary(tmp_path / f"s_{lang}.docx", layer="coder", lang=lang)
        props = openpyxl.load_workbook(book).properties
        title = docx.Document(str(word)).core_properties.title
        assert title and props.title == title
        assert props.language == lang
        core = _core(book)
        assert "lena" not in core and "karin" not in core and "johan" not in core


def test_the_codings_workbook_is_titled(project: Project, tmp_path: Path) -> None:
    _coded(project)
    path = project.export_codings(tmp_path / "c.xlsx", viewer="lena")
    assert openpyxl.load_workbook(path).properties.title == "Codings"
    assert "lena" not in _core(path)


def test_a_workbook_cell_by_cell_is_titled_too() -> None:
    """A frame holding a date is written by openpyxl's own cells (``cell_by_cell``)."""
    frame = pd.DataFrame({"when": [datetime.date(2026, 12, 5)], "what": ["möte"]})
    data = xlsx_bytes({"data": frame}, title="Tema\x01sammanfattning", lang="sv")
    props = openpyxl.load_workbook(io.BytesIO(data)).properties
    assert props.title == "Temasammanfattning" and props.language == "sv"


def test_no_title_given_leaves_none() -> None:
    data = xlsx_bytes({"data": pd.DataFrame({"what": ["möte"]})})
    assert openpyxl.load_workbook(io.BytesIO(data)).properties.title is None

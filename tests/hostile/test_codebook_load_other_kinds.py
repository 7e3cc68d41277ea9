"""`codebook load` of a workbook, a Word file or a .qdpx says what to do (red team 41).

A researcher keeps the codebook in Excel or Word and loads that file. It was read as YAML:
'kodbok.xlsx: line 1: byte 0xaf is not UTF-8; save the codebook as UTF-8' (of a Word file
the same), advice that cannot help, since the file is no text at all. Such a file is now
named as what it is, with what codebook load does read, and nothing is loaded. A codebook
written as YAML under another name (.txt, .json: YAML reads JSON) still loads.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from qualcode import Project
from tests.hostile.hostile_kit import lead_alone, refused_here


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return lead_alone(tmp_path / "p.db")


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["key", "name"])
    book.active.append(["uppdrag", "Uppdrag"])
    book.save(path)
    return path


def _word(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("uppdrag: Uppdrag")
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("kodbok.xlsx", "save its sheet as CSV (UTF-8)"),
        ("kodbok.docx", "it reads YAML, a REFI-QDA .qdc or a sheet saved as .csv"),
        ("studie.qdpx", "qualcode import-qdpx"),
    ],
)
def test_a_file_of_another_kind_is_named_so(
    project: Path, tmp_path: Path, name: str, said: str
) -> None:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        _workbook(path)
    elif name.endswith(".docx"):
        _word(path)
    else:
        path.write_bytes(b"PK\x03\x04 not read")
    first = refused_here(project, "codebook", "load", str(path), coder="lena").splitlines()[0]
    assert first.startswith(f"error: {name}: ") and said in first, first
    assert "UTF-8; save the codebook" not in first


@pytest.mark.parametrize("name", ["kodbok.txt", "kodbok.json"])
def test_yaml_under_another_name_still_loads(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps({"codes": [{"key": "uppdrag", "name": {"sv": "Uppdrag"}}]}))
    with Project.create(tmp_path / "p.db") as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        assert p.load_codebook(path, actor="lena").created == ["uppdrag"]

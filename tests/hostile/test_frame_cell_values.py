"""A notebook's frame holds anything; ``save_frame`` writes every value to .xlsx as what it
is, or as its text, never a raw error, a blank or a formula, in sheets Excel opens.

The first steps of an analysis broke it: ``pd.to_datetime`` of the codings' ``created_at``
(a date with a time zone) raised openpyxl's TypeError, and codings per month (a
``Period`` index) a ValueError; infinity was written blank; bytes starting with "=" were
written as a live formula; two sheet names alike in their first 31 characters were told
apart by a 32nd, and "History" (Excel keeps that name) was written as given.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A lead's project with one coding, for its frames."""
    made = Project.create(tmp_path / "p.db")
    book = small_codebook()
    made.apply_codebook(book)
    made.add_coder("lena", role="lead")
    made.act_as("lena")
    doc = made.import_text("aby_01.txt", SV_TEXT, lang="sv")
    made.add_coding(doc.id, 0, 40, book.codes[0].key, "lena")
    yield made
    made.close()


def _row(path: Path) -> list[openpyxl.cell.cell.Cell]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return list(next(sheet.iter_rows(min_row=2, max_row=2)))


def test_codings_by_month_of_their_time_stamps(project: Project, tmp_path: Path) -> None:
    codings = project.frames()["codings"]
    codings["when"] = pd.to_datetime(codings["created_at"])  # UTC: a time zone
    assert str(codings["when"].dtype) == "datetime64[ns, UTC]"
    cells = {c.column_letter: c for c in _row(project.save_frame(codings, tmp_path / "a.xlsx"))}
    when = cells[openpyxl.utils.get_column_letter(list(codings.columns).index("when") + 1)]
    assert when.value == str(codings.loc[0, "when"])  # its zone kept, as text
    month = codings["when"].dt.tz_localize(None).dt.to_period("M")
    per_month = codings.groupby(month).size()
    cells = _row(project.save_frame(per_month, tmp_path / "b.xlsx"))
    assert [c.value for c in cells] == [str(month[0]), 1]


def test_values_excel_has_no_cell_for_are_written_as_their_text(
    project: Project, tmp_path: Path
) -> None:
    frame = pd.DataFrame(
        {
            "inf": [np.inf],
            "minus": [-np.inf],
            "dict": [{"n": 1}],
            "complex": [1 + 2j],
            "bytes": [b'=HYPERLINK("http://example.invalid","x")'],
        }
    )
    cells = _row(project.save_frame(frame, tmp_path / "c.xlsx"))
    assert [c.value for c in cells] == [
        "inf",
        "-inf",
        "{'n': 1}",
        "(1+2j)",
        '=HYPERLINK("http://example.invalid","x")',
    ]
    assert all(c.data_type == "s" for c in cells)  # the bytes too: text, not a formula


def test_sheet_names_excel_opens(project: Project, tmp_path: Path) -> None:
    one = pd.DataFrame({"x": [1]})
    sheets = {"a" * 40: one, "a" * 41: one, "A" * 31: one, "History": one, "'quoted'": one}
    names = openpyxl.load_workbook(project.save_frame(sheets, tmp_path / "d.xlsx")).sheetnames
    assert len(names) == 5
    assert all(len(n) <= 31 for n in names)
    assert len({n.lower() for n in names}) == 5
    assert "history" not in {n.lower() for n in names}
    assert not any(n.startswith("'") or n.endswith("'") for n in names)

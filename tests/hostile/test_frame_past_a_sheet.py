"""A notebook's frame too large for a workbook sheet, saved as .xlsx (hostile46).

A sheet holds 16,384 columns and 1,048,576 rows. A word-by-document matrix wider than
that, or a frame of words longer, died in openpyxl's ValueError ("Invalid column index
18279") after the pseudonym key had gone through the whole frame. ``save_frame`` now says
which frame is too large and how, in one line, and writes nothing: no file, no audit
entry. The same frame saved as .csv is written.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.conftest import exports_audited

WIDE = pd.DataFrame(np.zeros((1, 16_385), dtype=int))
TALL = pd.DataFrame({"n": np.arange(1_048_576)})  # with its header, one row too many


@pytest.mark.parametrize(
    ("frame", "said"),
    [
        (WIDE, "t.xlsx: 16,385 columns, more than a sheet holds (16,384); save it as .csv"),
        (TALL, "t.xlsx: 1,048,576 rows and a header, more than a sheet holds (1,048,576 rows)"),
        (
            {"small": pd.DataFrame({"a": [1]}), "words": WIDE},
            "t.xlsx: sheet 'words': 16,385 columns, more than a sheet holds",
        ),
    ],
    ids=["wide", "tall", "one-sheet-of-two"],
)
def test_refused_in_one_line_and_nothing_written(
    lead: Project, tmp_path: Path, frame: object, said: str
) -> None:
    before = exports_audited(lead)
    with pytest.raises(ValidationError) as refused:
        lead.save_frame(frame, tmp_path / "t.xlsx")  # type: ignore[arg-type]
    assert said in str(refused.value) and "\n" not in str(refused.value)
    assert not (tmp_path / "t.xlsx").exists()
    assert exports_audited(lead) == before


def test_the_wide_frame_is_written_as_csv(lead: Project, tmp_path: Path) -> None:
    lead.save_frame(WIDE, tmp_path / "t.csv")
    header = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.count(",") == 16_384

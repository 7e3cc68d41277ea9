"""A notebook's frame holding a lone surrogate, saved with ``save_frame``.

File names listed with ``os.listdir`` from a folder written in Latin-1 (or a sheet read
with ``errors="surrogateescape"``) hold a lone surrogate for each byte Python could not
decode, and no file can encode one. ``save_frame`` stopped with a UnicodeEncodeError from
the CSV or workbook writer; it now names the first such name or cell in one line and writes
nothing: no file, no audit entry.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.conftest import exports_audited

LISTED = os.fsdecode(b"intervju_\xe5by.txt")  # as os.listdir gives a Latin-1 name on Linux
NONE = "holds a character that is none (a lone surrogate"


@pytest.mark.parametrize(
    ("frame", "suffix", "where"),
    [
        (pd.DataFrame({"file": ["aby_01.txt", LISTED]}), ".csv", "column 'file', row 2"),
        (pd.DataFrame({"file": ["aby_01.txt", LISTED]}), ".xlsx", "column 'file', row 2"),
        (pd.DataFrame({LISTED: [1]}), ".xlsx", "column name 'intervju_\\udce5by.txt'"),
        (pd.Series([3], index=pd.Index([LISTED], name="file")), ".csv", "column 'file', row 1"),
        (
            {"ok": pd.DataFrame({"a": [1]}), LISTED: pd.DataFrame({"a": [1]})},
            ".xlsx",
            "sheet name 'intervju_\\udce5by.txt'",
        ),
        (
            {"ok": pd.DataFrame({"a": [1]}), "two": pd.DataFrame({"a": ["x", LISTED]})},
            ".xlsx",
            "sheet 'two': column 'a', row 2",
        ),
    ],
)
def test_refused_in_one_line_and_nothing_written(
    lead: Project, tmp_path: Path, frame: object, suffix: str, where: str
) -> None:
    target = tmp_path / f"table{suffix}"
    before = exports_audited(lead)
    with pytest.raises(ValidationError) as refused:
        lead.save_frame(frame, target)  # type: ignore[arg-type]
    line = str(refused.value)
    assert line.startswith(f"{target.name}: {where} {NONE}") and "\n" not in line, line
    assert line.endswith("nothing written")
    assert not target.exists() and not list(tmp_path.glob(".*"))
    assert exports_audited(lead) == before


def test_the_same_frame_mended_is_written(lead: Project, tmp_path: Path) -> None:
    mended = pd.DataFrame({"file": [os.fsencode(LISTED).decode("latin-1")]})
    written = lead.save_frame(mended, tmp_path / "table.csv")
    assert "intervju_åby.txt" in written.read_text(encoding="utf-8-sig")

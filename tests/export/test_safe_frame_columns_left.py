"""``safe_frame`` leaves a column of objects as it is when none of its texts needs an
apostrophe, instead of mapping every cell (perf40: most columns of a codings export); the
frame it gives is the one the cell-by-cell mapping gave, and so is the CSV written from it."""

from __future__ import annotations

import csv

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.cells import csv_bytes, csv_cell, safe_frame

_TEXT = st.text(alphabet=st.sampled_from(list("a1 '=+-@\t\r\u200b\u3000＝Å.")), max_size=6)
_CELL = st.one_of(_TEXT, st.none(), st.integers(-5, 5), st.floats(allow_nan=True), st.booleans())


def _mapped(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell and header through ``csv_cell``, as safe_frame did before."""
    safe = frame.copy()
    safe.columns = [csv_cell(str(c)) for c in safe.columns]
    for at in range(safe.shape[1]):
        column = safe.iloc[:, at]
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            safe.isetitem(at, column.map(lambda v: csv_cell(v) if isinstance(v, str) else v))
    return safe


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=3, max_size=3), max_size=6))
def test_the_safe_copy_is_the_cell_by_cell_one(rows: list[list[object]]) -> None:
    frame = pd.DataFrame(rows, columns=["a", "=b", "c"], dtype=object)
    frame["n"] = range(len(frame))
    pd.testing.assert_frame_equal(safe_frame(frame), _mapped(frame))
    assert csv_bytes(frame) == _mapped(frame).to_csv(
        index=False, quoting=csv.QUOTE_NONNUMERIC
    ).encode("utf-8-sig")


def test_a_list_in_a_cell_is_still_mapped() -> None:
    frame = pd.DataFrame({"pair": [["karin", "johan"], "=1+1"]})
    assert safe_frame(frame)["pair"].tolist() == [["karin", "johan"], "'=1+1"]

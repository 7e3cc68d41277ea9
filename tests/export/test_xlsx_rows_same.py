"""The workbook's cells rendered a column at a time (``export/xlsx_rows.py``) are the ones
openpyxl wrote cell by cell, byte for byte in every part but the time it was made.

openpyxl's own cells took 50 s CPU for a lead's codings workbook of 200,000 codings; the
rows are now written as text, and every rule of a cell (text never a formula, a quote
prefix on what starts like one, a float's format, text cut at Excel's limit, control
characters removed, long text wrapped with its row's height, entities and spaces as lxml
writes them) must come out as before: ``cell_by_cell`` is the writer it replaced."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.export.workbook import cell_by_cell, xlsx_bytes
from qualcode.export.xlsx_rows import grid

LONG = "ord " * 40  # past the widest column: wraps, and its row is made taller


def _parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        # docProps/core.xml holds the time the workbook was made
        return [
            (info.filename, archive.read(info))
            for info in archive.infolist()
            if info.filename != "docProps/core.xml"
        ]


def _same(sheets: dict[str, pd.DataFrame], **options: int | bool | None) -> None:
    assert _parts(xlsx_bytes(sheets, **options)) == _parts(cell_by_cell(sheets, **options))  # type: ignore[arg-type]


def _hostile() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "=text": [
                "=1+1",
                "  spaced ",
                "a&b<c>\r\n\tå😀 ]]>",
                "",
                None,
                LONG,
                "=" + LONG,
                "@x",
                "ok\x01ctl",
                "x" * 40_000,
            ],
            "n": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10**20],
            "figure": [0.5, float("nan"), float("inf"), 1e-7, 0.1 + 0.2, -0.0, 3.0, 1e20, 0.0, 2.5],
            "yes": [True, False, None, True, False, True, True, False, True, True],
            "turn": pd.array([1, None, 3, 4, 5, 6, 7, 8, 9, 0], dtype="Int64"),
            "kinds": [
                (1, 2),
                b"=1+1",
                ["a"],
                {"k": 1},
                np.int64(5),
                np.float64(2.5),
                np.bool_(True),
                pd.Period("2024-01", "M"),
                "+",
                "-",
            ],
            "lines": [LONG + "\n" + LONG] * 10,
        }
    )


def test_every_kind_of_cell_is_written_as_openpyxl_wrote_it() -> None:
    assert grid(_hostile()) is not None  # written by xlsx_rows, not openpyxl's cells
    _same({"hostile": _hostile()})
    _same({"hostile": _hostile()}, measured=3)
    _same({"hostile": _hostile()}, widths=False)


def test_several_sheets_keep_their_names_styles_and_print_setup() -> None:
    one = pd.DataFrame({"methods": ["A paragraph " * 30, "short", "=HYPERLINK()"]})
    wide = pd.DataFrame({f"column {i}": ["w" * 12] * 3 for i in range(12)})
    figures_first = pd.DataFrame({"share": [1.5, 2.5], "t": ["=a", "b"]})
    _same(
        {
            "figures first": figures_first,
            "one": one,
            "empty": pd.DataFrame({"a": [], "b": []}),
            "wide": wide,
            "History": _hostile(),
            "history": one,
            "a/b": one,
        }
    )


def test_a_date_is_left_to_openpyxl() -> None:
    dated = pd.DataFrame({"when": [pd.Timestamp("2026-12-04 10:00")], "t": ["=x"]})
    assert grid(dated) is None
    _same({"dated": dated})


_TEXT = st.text(alphabet=st.sampled_from(list("ab =+-@&<>\"'\r\n\t\x01\x0bå😀…")), max_size=70)
_CELL = st.one_of(
    _TEXT, st.none(), st.booleans(), st.integers(-(10**17), 10**17), st.floats(width=64)
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=6))
def test_any_mix_of_cells_is_written_as_openpyxl_wrote_it(rows: list[list[object]]) -> None:
    frame = pd.DataFrame(rows, columns=["a", "=b", "c"], dtype=object)
    _same({"mixed": frame})
    _same({"mixed": frame}, measured=1)

"""A notebook's own tables written to a file as safely as the exports write theirs.

``Project.frames()`` hands a notebook the stored text (code names, memos, passages,
attribute values), as it must for analysis. Written with pandas' own ``to_excel`` or
``to_csv``, a code named ``=HYPERLINK(...)`` or a passage starting ``=cmd|...`` became a
live formula in the researcher's spreadsheet, though every export of qualcode writes such a
cell as text. ``save_frame`` writes any frame through the exports' one rule
(``export/cells.py``) and their one checked writer, so the analysis keeps its text as it
is and only the file is made safe to open.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qualcode.errors import ValidationError
from qualcode.oneline import no_character_at, shown
from qualcode.project.api_arguments import require_path
from qualcode.project.base import Service
from qualcode.project.export_log import names_said, write_recorded
from qualcode.project.output_targets import check_target

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".csv", ".xlsx")
# what one workbook sheet holds (Excel's limits, which openpyxl enforces)
SHEET_ROWS, SHEET_COLUMNS = 1_048_576, 16_384


def _table(frame: Any, what: str) -> pd.DataFrame:
    """``frame`` as a plain table: a Series as one column, and an index that carries
    something (a pivot's roles, a groupby's codes) as columns, as pandas' own writers
    keep it; a default 0, 1, 2 ... index is left out, as the exports leave it."""
    import pandas as pd

    if isinstance(frame, pd.Series):
        frame = frame.to_frame(name=frame.name if frame.name is not None else "value")
    if not isinstance(frame, pd.DataFrame):
        raise ValidationError(
            f"save frame: {what} is a {type(frame).__name__}, not a pandas DataFrame or Series"
        )
    table = frame
    default = isinstance(frame.index, pd.RangeIndex) and frame.index.name is None
    if not default:
        table = frame.reset_index()
    if isinstance(table.columns, pd.MultiIndex):  # a pivot of several values
        table = table.copy()
        table.columns = [
            " / ".join(str(p) for p in parts if str(p)) for parts in table.columns.to_flat_index()
        ]
    return table


def _past_a_sheet(sheets: Mapping[str, pd.DataFrame]) -> str | None:
    """Which frame a workbook sheet cannot hold: a word-by-document matrix of 20,000
    columns, or a frame of words of two million rows, died in openpyxl's ValueError
    ("Invalid column index 18279") once the pseudonym key had gone through it all
    (hostile46); said before any of that, with the way out."""
    for name, table in sheets.items():
        apart = f"sheet {shown(name)}: " if len(sheets) > 1 else ""
        if table.shape[1] > SHEET_COLUMNS:
            return f"{apart}{table.shape[1]:,} columns, more than a sheet holds ({SHEET_COLUMNS:,})"
        if len(table) + 1 > SHEET_ROWS:  # and its header row
            return (
                f"{apart}{len(table):,} rows and a header, more than a sheet holds "
                f"({SHEET_ROWS:,} rows)"
            )
    return None


def _no_char(value: object) -> bool:
    return isinstance(value, str) and no_character_at(value) is not None


def _no_character_at(sheets: Mapping[str, pd.DataFrame]) -> str | None:
    """Where a frame first holds a lone surrogate (a sheet name, a column name, a cell),
    which no file can encode: names listed with ``os.listdir`` from a folder written in
    Latin-1, or a file read with ``errors="surrogateescape"``, reach a frame so. It was a
    UnicodeEncodeError from deep in the CSV or workbook writer; read before either runs."""
    for sheet, table in sheets.items():
        apart = f"sheet {shown(sheet)}: " if len(sheets) > 1 else ""
        if apart and _no_char(sheet):
            return f"sheet name {shown(sheet)}"
        for column in table.columns:
            if _no_char(column):
                return f"{apart}column name {shown(column)}"
        for column in table.columns:
            if _encodes(table[column]):
                continue
            rows = (row for row, value in enumerate(table[column], 1) if _no_char(value))
            if (row := next(rows, None)) is not None:
                return f"{apart}column {shown(column)}, row {row}"
    return None


def _encodes(values: pd.Series) -> bool:
    """Whether every text of a column encodes as UTF-8, known from one join and encode:
    searched cell by cell, every 200k-row frame saved took 1.7 s more, most of what
    writing its CSV takes; the cells are searched only in a column that fails."""
    import pandas as pd

    if pd.api.types.is_numeric_dtype(values) or pd.api.types.is_datetime64_any_dtype(values):
        return True
    try:
        "\n".join(v for v in values if isinstance(v, str)).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class FrameFilesMixin(Service):
    def save_frame(
        self,
        frame: pd.DataFrame | pd.Series | Mapping[str, pd.DataFrame],
        path: str | Path,
        *,
        force: bool = False,
        real_names: bool = False,
    ) -> Path:
        """Write ``frame`` (a DataFrame or Series; for .xlsx also a mapping of sheet names
        to frames, such as ``frames()`` itself) as .csv or .xlsx, as the exports write
        theirs: an .xlsx cell of text is text, never a formula, whatever it starts with
        (kept as typed); a .csv cell that a spreadsheet would run as a formula starts with
        an apostrophe (OWASP's advice, ``qualcode.safe_frame``). The frame itself is not
        changed. The file is written as every export is (refused over the project file or
        an existing file unless ``force``; owner-only, whole or not at all), and as every
        export, through the pseudonym key: its cells, headers, index and sheet names, read
        back and refused if a name on the key would still appear. A table saved for a paper
        leaves the project, and the frames hold the stored text, so a pivot by municipality
        or a column of passages went out with the participants' and places' real names
        while `qualcode export` printed their pseudonyms (pseudo36). ``real_names``: a
        lead's own copy, as `--real-names`."""
        from qualcode.export.cells import csv_bytes
        from qualcode.export.pseudonyms import check_files
        from qualcode.export.workbook import xlsx_bytes

        require_path(path, "save_frame: the path")
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in SUFFIXES:
            raise ValidationError(
                f"{target.name}: save frame writes .csv or .xlsx; choose one of those names"
            )
        if isinstance(frame, Mapping):
            if suffix == ".csv":
                raise ValidationError(
                    f"{target.name}: a CSV holds one table; give one frame, or an .xlsx name "
                    "for a sheet per frame"
                )
            if not frame:
                raise ValidationError(f"{target.name}: no frames given to save")
            sheets = {str(name): _table(f, f"sheet {name!r}") for name, f in frame.items()}
        else:
            sheets = {"data": _table(frame, "the frame")}
        if suffix == ".xlsx" and (past := _past_a_sheet(sheets)) is not None:
            raise ValidationError(
                f"{target.name}: {past}; save it as .csv or in parts; nothing written"
            )
        check_target(target, project=self.store.path, force=force)
        at = self.at_keyboard()
        key = self.pseudonym_key(real_names, at.name if at else None)
        sheets = {key.apply(name): key.frame(table) for name, table in sheets.items()}
        csv = suffix == ".csv"
        if (where := _no_character_at(sheets)) is not None:
            raise ValidationError(
                f"{target.name}: {where} holds a character that is none (a lone surrogate: "
                "bytes read in another encoding than UTF-8, such as a file name listed from a "
                "Latin-1 folder); mend the frame; nothing written"
            )
        data = csv_bytes(sheets["data"]) if csv else xlsx_bytes(sheets, measured=500)
        check_files(key, {target.name: data})
        details = {"names": names_said(real_names), "rows": sum(len(t) for t in sheets.values())}
        write_recorded(self, "table", {target: data}, details, force=force)
        return target

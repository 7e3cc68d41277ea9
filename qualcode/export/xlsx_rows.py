"""A sheet's cells written as the SpreadsheetML openpyxl writes for them, a column at a time.

openpyxl made a ``Cell`` object per value, styled it, and wrote it through lxml one element
at a time: a lead's codings workbook of 200,000 codings (twenty columns, four million cells)
took about 50 s CPU. Here each column's distinct values are rendered once, as the very
text openpyxl writes for such a cell, and a row is the join of its columns' pieces.
openpyxl still writes every other part of the workbook (its styles, the columns' widths,
the frozen header, the print setup, the sheet's dimension); ``splice`` puts these rows in
its sheet. The file read back is the same cell for cell, style for style, and its sheet
XML is the same byte for byte (tests/export/test_xlsx_rows_same.py).

Only text, whole numbers, floats and true/false are rendered here: a frame holding a
date, a time or a decimal (a notebook's ``save_frame``) is written by openpyxl cell by
cell, as before (``grid`` returns None).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from qualcode.csvrows import starts_like_formula
from qualcode.export.cells import _plain, cell_text, page_text
from qualcode.oneline import no_character_at

if TYPE_CHECKING:
    import pandas as pd

# where a cell's row number goes in a rendered piece: xml_text removed every such control
# character from the texts, so none stands in a piece but these
ROW_MARK = "\x00"
FLOAT_FORMAT = "0.0##"  # 0.605, 96.8: a figure as printed, the value whole (workbook._put)
# a style as the cells writer sets it: (quote prefix, a float's number format or "" for
# none, wrapped, at the top)
Style = tuple[bool, str, bool, bool]
PLAIN: Style = (False, "", False, False)
EXACT = 10**15


def _value(raw: object) -> object:
    """The value a cell holds for ``raw`` (``cells._plain``): text, a number, true or
    false, or None (empty)."""
    kind = type(raw)
    if kind is int or kind is bool or raw is None:
        return raw
    value = _plain(raw)  # missing (NaN) as empty, infinity as text, numpy's as Python's
    return str(value) if isinstance(value, str) else value


@dataclass
class Column:
    """One column's cells as stored: the header first, then a row's value each."""

    values: list[object] = field(default_factory=list)
    quoted: set[int] = field(default_factory=set)  # rows whose text starts like a formula
    floats: set[int] = field(default_factory=set)  # rows holding a float (its format)
    number_format: str = FLOAT_FORMAT  # the format of its floats

    def width(self, rows: int | None) -> int:
        """The longest text of the first ``rows`` cells, as ``len(str(value or ""))``."""
        shown = self.values if rows is None else self.values[:rows]
        return max((len(str(v or "")) for v in shown), default=8)


def grid(frame: pd.DataFrame, formats: Mapping[str, str] | None = None) -> list[Column] | None:
    """Each column of ``frame`` with its header, as the cells writer stores them (text cut
    to Excel's cell, control characters removed), its floats in the number format
    ``formats`` gives its header (FLOAT_FORMAT where it gives none); None when a value is
    of a kind only openpyxl writes (a date, a decimal) or a text lxml would refuse."""
    if frame.shape[1] == 0:
        return None
    columns = []
    for at in range(frame.shape[1]):
        header = str(frame.columns[at])
        column = _column([header, *frame.iloc[:, at]])
        if column is None:
            return None
        column.number_format = (formats or {}).get(header, FLOAT_FORMAT)
        columns.append(column)
    return columns


def _column(raws: list[object]) -> Column | None:
    # each distinct text is made safe once (a codings sheet repeats its coders, codes and
    # places over every row): its stored text, and whether it starts like a formula
    texts: dict[str, tuple[str, bool]] = {}
    if set(map(type, raws)) <= {str, type(None)}:  # most columns: text, some cells empty
        cells = cast("list[str | None]", raws)
        for text in {c for c in cells if c is not None}:
            if not _made(text, texts):
                return None
        column = Column(values=[None if c is None else texts[c][0] for c in cells])
        if any(starts for _, starts in texts.values()):
            column.quoted = {i for i, c in enumerate(cells) if c is not None and texts[c][1]}
        return column
    column = Column()
    values, quoted = column.values, column.quoted
    for index, raw in enumerate(raws):
        value = raw if type(raw) is str else _value(raw)
        if isinstance(value, str):
            if value not in texts and not _made(value, texts):
                return None
            stored, starts = texts[value]
            if starts:
                quoted.add(index)
            value = stored
        elif type(value) is float:
            column.floats.add(index)
        elif not (value is None or type(value) is int or type(value) is bool):
            return None
        values.append(value)
    return column


def _made(text: str, texts: dict[str, tuple[str, bool]]) -> bool:
    """Put ``text`` in ``texts`` as a cell stores it; False for a text lxml would refuse."""
    stored = cell_text(page_text(text))
    if not stored.isascii() and no_character_at(stored) is not None:
        return False
    texts[text] = (stored, starts_like_formula(text))
    return True


def wrapped(
    columns: list[Column], capped: Iterable[int], widths: Sequence[int]
) -> tuple[dict[int, int], dict[int, set[int]]]:
    """The rows (counted from 1) whose text wraps in the ``capped`` columns (each held to
    its width in ``widths``), each with the height its lines need, and each column's
    wrapped rows, as ``workbook._wrap_long`` set them; the header never wraps."""
    heights: dict[int, int] = {}
    wraps: dict[int, set[int]] = {}
    for at in capped:
        width = widths[at]
        per_line = width - 4
        rows = wraps[at] = set()
        for row, text in enumerate(columns[at].values[1:], start=2):
            if not isinstance(text, str) or len(text) <= width - 2:
                continue
            rows.add(row)
            lines = sum(-(-len(line) // per_line) or 1 for line in text.split("\n"))
            heights[row] = min(max(heights.get(row, 0), 15 * lines), 409)
    return heights, wraps


def sheet_rows(
    columns: list[Column],
    capped: list[int],
    widths: Sequence[int],
    style_id: Callable[[Style], int],
    headers: dict[int, int] | None = None,
) -> str:
    """The ``<sheetData>`` element of these columns, the ``capped`` ones (indexes) wrapped
    past their ``widths`` and the header of each of ``headers`` (column numbers, from 1, with its
    lines: ``workbook.header_wrap``) wrapped; styles numbered by ``style_id`` in the order
    openpyxl meets them when it writes (row by row, left to right), so the workbook's list
    of styles is its own."""
    heights, wraps = wrapped(columns, capped, widths)
    for column, lines in (headers or {}).items():
        wraps.setdefault(column - 1, set()).add(1)
        heights[1] = min(max(heights.get(1, 0), 15 * lines), 409)
    tall = {row for row in heights if row > 1}  # a body row some text wraps in
    styles = [_styles(c, wraps.get(at, set()), tall) for at, c in enumerate(columns)]
    firsts: dict[Style, tuple[int, int]] = {}
    for at, by_row in enumerate(styles):
        for row, style in by_row.items():
            if style not in firsts or (row, at) < firsts[style]:
                firsts[style] = (row, at)
    ids = {PLAIN: 0}
    for style in sorted(firsts, key=firsts.__getitem__):
        ids[style] = style_id(style)
    pieces = [_pieces(c, _letter(at + 1), styles[at], ids) for at, c in enumerate(columns)]
    out = ["<sheetData>"]
    for row, cells in enumerate(zip(*pieces, strict=True), start=1):
        height = heights.get(row)
        shown = f' ht="{height:.16g}" customHeight="1"' if height else ""
        out.append(f'<row r="{row}"{shown}>' + "".join(cells).replace(ROW_MARK, str(row)))
        out.append("</row>")
    out.append("</sheetData>")
    return "".join(out)


def _styles(column: Column, wraps: set[int], tall: set[int]) -> dict[int, Style]:
    """The style of each styled cell of ``column`` (rows counted from 1): every cell
    holding something in a ``tall`` row (one a text wraps in) at the top of it, as
    ``workbook._wrap_long`` sets them."""
    quoted, floats, values = column.quoted, column.floats, column.values
    tops = {row - 1 for row in tall if values[row - 1] is not None}

    def shown(index: int) -> str:
        return column.number_format if index in floats else ""

    return {
        index + 1: (index in quoted, shown(index), index + 1 in wraps, index in tops)
        for index in sorted(quoted | floats | tops | {row - 1 for row in wraps})
    }


def _pieces(
    column: Column, letter: str, styles: dict[int, Style], ids: dict[Style, int]
) -> list[str]:
    """Each cell of ``column`` as openpyxl writes it, its row number left as ROW_MARK."""
    start = f'<c r="{letter}{ROW_MARK}"'
    values = column.values
    if styles:  # a long text's column, a figure's: each value in its style once
        done: dict[tuple[int, type, object], str] = {}

        def styled(value: object, style: int) -> str:
            # a float by its spelling: -0.0 == 0.0, and openpyxl writes them "-0" and "0"
            key = (style, type(value), repr(value) if type(value) is float else value)
            piece = done.get(key)
            if piece is None:
                piece = done[key] = _piece(start, value, style)
            return piece

        return [styled(v, ids[styles.get(row, PLAIN)]) for row, v in enumerate(values, 1)]
    texts = {v: _piece(start, v, 0) for v in {v for v in values if type(v) is str}}
    number = f'{start} t="n"><v>'
    return [
        texts[v]
        if type(v) is str
        # a whole number below 10**15 is written alike by str and by openpyxl's %.16g
        else f"{number}{v}</v></c>"
        if type(v) is int and -EXACT < v < EXACT
        else _piece(start, v, 0)
        for v in values
    ]


def _piece(start: str, value: object, style: int) -> str:
    if value is None:
        return ""  # openpyxl writes no element for an empty cell without a style
    shown = f' s="{style}"' if style else ""
    if isinstance(value, str):
        if not value:
            return f'{start}{shown} t="inlineStr"></c>'
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'{start}{shown} t="inlineStr"><is><t{space}>{escaped(value)}</t></is></c>'
    assert isinstance(value, int | float)  # bool is an int; grid keeps nothing else
    kind = "b" if isinstance(value, bool) else "n"
    return f'{start}{shown} t="{kind}"><v>{value:.16g}</v></c>'


def escaped(text: str) -> str:
    """``text`` as lxml writes it in an element: &, < and > as entities, a carriage return
    as &#13;, every character beyond ASCII as a decimal character reference."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    return text if text.isascii() else text.encode("ascii", "xmlcharrefreplace").decode()


def _letter(number: int) -> str:
    """A column's letters (1 -> A, 27 -> AA)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def splice(sheet_xml: bytes, rows: str) -> bytes:
    """openpyxl's sheet part with its ``<sheetData>`` replaced by ``rows``."""
    start = sheet_xml.index(b"<sheetData")
    end = sheet_xml.index(b"</sheetData>", start) + len(b"</sheetData>")
    return sheet_xml[:start] + rows.encode("ascii") + sheet_xml[end:]


def spliced(workbook: bytes, rows: dict[str, str]) -> bytes:
    """openpyxl's workbook with the ``rows`` of each sheet part named put in it; every
    other part as it wrote it."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as target,
    ):
        for info in source.infolist():
            part = source.read(info)
            if info.filename in rows:
                part = splice(part, rows[info.filename])
            target.writestr(info, part)
    return out.getvalue()

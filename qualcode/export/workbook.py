"""A workbook of a frame per sheet: every text cell written as text, sheets named as Excel
opens them, columns sized to their text, long text and long headers wrapped, and a sheet
printed as a co-author reads it. Kept apart from ``cells`` (what one cell may hold, for
every format) because only the xlsx exports build workbooks, and openpyxl loads only here.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qualcode.csvrows import starts_like_formula
from qualcode.export.cells import _plain, cell_text, page_text, xml_text
from qualcode.export.xlsx_rows import FLOAT_FORMAT

if TYPE_CHECKING:  # pandas loads only when a frame is written
    import pandas as pd

_SHEET_ILLEGAL = re.compile(r"[\\*?:/\[\]]")
# the widest a column is made (characters; a sheet of one column: PARAGRAPH); longer text
# wraps inside it, in rows of LINE_POINTS a line, at most Excel's tallest row
WIDEST, PARAGRAPH = 60, 75  # 75: within an A4 page, printed
LINE_POINTS, TALLEST_ROW = 15, 409
# characters of column a landscape A4 page prints at full size (Excel's default column is
# 8.43 of them); a sheet up to twice as wide is printed shrunk to one page wide, at half
# size or more (_print_setup)
LANDSCAPE, DEFAULT_COLUMN = 110, 8.43
# a column under a wrapped header (header_wrap): at least this many characters, and
# wide enough for the header in about this many lines
HEADER_FLOOR, HEADER_LINES = 10, 4
# a summary's sheet is narrowed to this many characters (a landscape page at two thirds of
# its size), no column of long text below NARROWEST (_sizes)
SHRUNK_WIDTH, NARROWEST = 3 * LANDSCAPE // 2, 24


def _put(sheet: Any, row: int, column: int, value: Any, shown: str = FLOAT_FORMAT) -> None:
    value = _plain(value)
    if isinstance(value, str):
        cell = sheet.cell(row=row, column=column)
        cell.value = cell_text(page_text(value))
        cell.data_type = "s"  # text, never a formula, whatever it starts with
        if starts_like_formula(value):
            cell.quotePrefix = True  # and it stays text when someone edits the cell
    else:
        cell = sheet.cell(row=row, column=column, value=value)
        if isinstance(value, float):
            cell.number_format = shown  # 0.605, 96.8: a figure as printed, the value whole


def _sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel opens the workbook with: no \\ * ? : / [ ] (openpyxl raised on
    "roles/codes"), no apostrophe at either end, not "History" (Excel keeps it), at most 31
    characters and none alike ignoring case (openpyxl told two 40-character names apart by
    a 32nd character, a name Excel repairs the workbook over)."""
    base = _SHEET_ILLEGAL.sub("_", xml_text(name)).strip("'")[:31] or "sheet"
    if base.lower() == "history":
        base = "History_"
    chosen, n = base, 1
    while chosen.lower() in taken:
        n += 1
        chosen = f"{base[: 31 - len(f' ({n})')]} ({n})"
    taken.add(chosen.lower())
    return chosen


def _wrap_long(sheet: Any, columns: list[int], widths: Sequence[int]) -> None:
    """Wrap the text of the ``columns`` (numbered from 1) held to their ``widths`` (every
    column's, from the first) where it runs past them, each such row as tall as its text
    needs (Excel's tallest, 409 points, at most). Unwrapped, a summary's quote stopped at
    the next column (its source) and the methods paragraph ran on as one line of 2,000
    characters, printed over twenty pages; a codings sheet hid the rest of each passage
    (eyes34). The height is written, not left to the reader: LibreOffice drew the wrapped
    lines over each other in rows of one line.

    Every cell holding something in such a row sits at its top: at the bottom, a quote's
    theme and source stood at the foot of a row of twelve lines, level with the quote's
    end, not its start (render40). Cells are styled row by row, left to right, so the
    workbook's list of alignments comes out in the order ``xlsx_rows`` meets them."""
    from openpyxl.styles import Alignment

    wrapped, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    wraps: set[tuple[int, int]] = set()
    for column in columns:
        width = widths[column - 1]
        per_line = width - 4  # a little under the width: lines break between words
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            text = cell.value
            if not isinstance(text, str) or len(text) <= width - 2:
                continue
            wraps.add((cell.row, column))
            lines = sum(-(-len(line) // per_line) or 1 for line in text.split("\n"))
            row = sheet.row_dimensions[cell.row]
            row.height = min(max(row.height or 0, LINE_POINTS * lines), TALLEST_ROW)
    for number in sorted({row for row, _ in wraps}):
        for cell in sheet[number]:
            if (number, cell.column) in wraps:
                cell.alignment = wrapped
            elif cell.value is not None:
                cell.alignment = top


def header_wrap(header: str, longest: int) -> tuple[int, int] | None:
    """The width and lines of a header that wraps over a column of short values: a theme's
    name as the header of a column of counts, sized to the name, made the summary's sheet
    of themes by role 224 characters wide, printed a column a page (render40). Such a
    column is as wide as its values, the header's longest word or a quarter of the header
    (HEADER_FLOOR at least), and its header wraps; None where the header fits as it is."""
    words = (len(word) for word in header.split())
    width = max(longest, HEADER_FLOOR, -(-len(header) // HEADER_LINES), *words) + 4
    if len(header) + 2 <= width:
        return None
    return width, len(textwrap.wrap(header, width - 4)) or 1


def _sizes(
    measures: list[tuple[int, object, int, int]], widest: int, wrap_headers: bool
) -> tuple[list[int], list[int], dict[int, int]]:
    """Each column's width from its ``measures`` (longest text with the header, the header,
    longest value, longest word), the columns (indexes) capped and wrapped, the wrapped
    headers (index: lines). With ``wrap_headers`` (a summary's tables) a long header wraps
    (``header_wrap``) and the widest columns are narrowed (``_caps``) until the sheet prints
    a page wide at two thirds of its size or more (SHRUNK_WIDTH): the quotes' sheet, four
    columns of 57 to 60 characters, printed its quotes and their sources on separate
    pages (render40)."""
    longest: list[int] = []
    headers: dict[int, int] = {}
    for at, (whole, header, values, _word) in enumerate(measures):
        if wrap_headers:  # its values as shown (_longest) and its header
            whole = max(len(str(header or "")), values)
        fit = (
            header_wrap(header, values)
            if wrap_headers and isinstance(header, str) and values + 2 <= widest
            else None
        )
        if fit is not None:
            whole, headers[at] = fit[0] - 2, fit[1]
        longest.append(whole)
    words = [min(m[3] + 2, widest) for m in measures]
    caps = _caps(longest, words, widest) if wrap_headers else [widest] * len(longest)
    for at in headers:
        if longest[at] + 2 > caps[at]:  # its header wraps in the narrower column
            headers[at] = len(textwrap.wrap(str(measures[at][1]), caps[at] - 4)) or 1
    capped = [at for at, n in enumerate(longest) if n + 2 > caps[at]]
    return [min(n + 2, c) for n, c in zip(longest, caps, strict=True)], capped, headers


def _caps(longest: list[int], words: list[int], widest: int) -> list[int]:
    """The widest each column may be so that the sheet prints a page wide at two thirds of
    its size (SHRUNK_WIDTH): the other long columns are narrowed first, to NARROWEST, and
    the column of the longest text (a quote, a rationale) last. Narrowed together, the
    quotes' sheet set each quote in 32 characters beside its theme, source and position at
    32 too, seven lines a quote (render44). No column is narrowed below its longest word
    (``words``): LibreOffice broke a position's "Kommun_C_01_socialsekreter" / "are"."""
    if not longest:
        return []
    lead = max(range(len(longest)), key=longest.__getitem__)
    cap = lead_cap = widest

    def caps() -> list[int]:
        return [max(word, lead_cap if at == lead else cap) for at, word in enumerate(words)]

    def total() -> int:
        return sum(min(n + 2, c) for n, c in zip(longest, caps(), strict=True))

    while cap > NARROWEST and total() > SHRUNK_WIDTH:
        cap -= 1
    while lead_cap > NARROWEST and total() > SHRUNK_WIDTH:
        lead_cap -= 1
    return caps()


def _wrap_header(sheet: Any, wrapped: dict[int, int]) -> None:
    """Wrap the header cells of ``wrapped`` (column numbers, from 1, with their lines) and
    make the header row as tall as the most lines (``header_wrap``)."""
    from openpyxl.styles import Alignment

    for column in wrapped:
        sheet.cell(row=1, column=column).alignment = Alignment(wrap_text=True)
    if wrapped:
        sheet.row_dimensions[1].height = min(LINE_POINTS * max(wrapped.values()), TALLEST_ROW)


def _print_setup(sheet: Any) -> None:
    """Print ``sheet`` as a co-author reads it: its grid, its header on every page, and a
    sheet wider than a portrait page on a landscape one, shrunk to one page wide, where that
    keeps it at half size or more. Printed portrait, a summary of six small sheets took 15 pages
    (the themes' counts on a page of their own, the quotes' sources two pages after the
    quotes; eyes35). A wider sheet (the codings' 19 columns, ids last) stays portrait at
    full size: shrunk, it was a third of its size; landscape, 20 pages instead of 14.
    Its pages go across before down, so that a coding's text follows its document and
    code on the next page: printed down first, the demo's codings table gave 26 pages of
    document names and codes before the first page of the texts (render43)."""
    sheet.print_title_rows = "1:1"
    # printed without its grid, a right-aligned count ran into the memo beside it
    # ("6Arbetsbelastning ...", the demo's themes sheet) and wrapped rows into each other
    sheet.print_options.gridLines = True
    letters = [column[0].column_letter for column in sheet.iter_cols(max_row=1)]
    width = sum(
        sheet.column_dimensions[c].width if c in sheet.column_dimensions else DEFAULT_COLUMN
        for c in letters
    )
    if width > 2 * LANDSCAPE:
        sheet.page_setup.pageOrder = "overThenDown"
    if not PARAGRAPH < width <= 2 * LANDSCAPE:
        return
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need


def xlsx_bytes(
    sheets: Mapping[str, pd.DataFrame],
    widths: bool = True,
    measured: int | None = None,
    wrap_headers: bool = False,
    formats: Mapping[str, str] | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> bytes:
    """A workbook with one sheet per frame (header frozen, columns sized to their text);
    every text cell is written as text, so nothing in it can run as a formula.

    ``measured`` sizes the columns by the header and the first rows only: a codings sheet
    of 200k rows is not measured cell by cell, and was written unsized instead, every
    column at Excel's default width, so a co-author read '3f2a9c1e-...' and 'Kommun_(' for
    the document and its name and the text hidden behind the next column (eyes31).

    The cells are rendered by ``xlsx_rows`` (a codings sheet of 200k rows took 50 s CPU
    through openpyxl's cells); a frame holding what only openpyxl writes (a date) goes
    through ``cell_by_cell``, which makes the same workbook of the rest.

    ``wrap_headers`` wraps a long header over a column of short values (``header_wrap``):
    a summary's tables, whose headers are themes' names over their counts.

    ``formats``: the number format of the floats of a column by its header (a summary's
    coefficients to three decimals); any other float is shown as FLOAT_FORMAT.

    ``title`` and ``lang``: the file's properties, as a Word export sets them
    (``docx_page.titled_document``)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from qualcode.export import xlsx_rows

    grids = [xlsx_rows.grid(frame, formats) for frame in sheets.values()]
    if any(columns is None for columns in grids):
        return cell_by_cell(sheets, widths, measured, wrap_headers, formats, title, lang)
    book = Workbook()
    book.remove(book.active)
    _properties(book, title, lang)
    taken: set[str] = set()
    rows: dict[str, str] = {}
    for number, (name, columns) in enumerate(zip(sheets, grids, strict=True), start=1):
        assert columns is not None
        sheet = book.create_sheet(_sheet_name(name, taken))
        # its first and last cell, empty: openpyxl writes the sheet's dimension from them
        sheet.cell(row=1, column=1)
        sheet.cell(row=len(columns[0].values), column=len(columns))
        sheet.freeze_panes = "A2"  # the header stays in view while scrolling
        # a sheet of one column holds a paragraph (the methods): read wider
        widest = PARAGRAPH if len(columns) == 1 else WIDEST
        capped: list[int] = []
        headers: dict[int, int] = {}
        sizes = [widest] * len(columns)
        if widths:
            measures = [
                (
                    column.width(None if measured is None else measured + 1),
                    column.values[0],
                    _longest(column.values[1:], measured, wrap_headers),
                    _longest_word(column.values[1:]) if wrap_headers else 0,
                )
                for column in columns
            ]
            sizes, capped, headers = _sizes(measures, widest, wrap_headers)
            for at, size in enumerate(sizes):
                sheet.column_dimensions[get_column_letter(at + 1)].width = size
        rows[f"xl/worksheets/sheet{number}.xml"] = xlsx_rows.sheet_rows(
            columns, capped, sizes, _style_ids(sheet), {at + 1: n for at, n in headers.items()}
        )
        _print_setup(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return xlsx_rows.spliced(buffer.getvalue(), rows)


def _properties(book: Any, title: str | None, lang: str | None) -> None:
    """The workbook's title and language in its file properties, as the Word exports have
    them: a co-author's file list, Excel's info pane and a screen reader name the workbook
    by its title, where the summary .xlsx had none beside its .docx (minor46). The author
    stays the library's: a login or a real name is never written into a shared file."""
    if title is not None:
        book.properties.title = page_text(title)
    if lang is not None:
        book.properties.language = lang


def _style_ids(sheet: Any) -> Any:
    """The workbook's number for a style of ``sheet``'s cells (quote prefix, float format,
    wrapped), registered as openpyxl registers a cell's style when it writes the cell."""
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment

    def style_id(style: tuple[bool, str, bool, bool]) -> int:
        quoted, figure, wrap, top = style
        probe = Cell(sheet)
        if quoted:
            probe.quotePrefix = True
        if figure:
            probe.number_format = figure
        if wrap or top:
            probe.alignment = Alignment(wrap_text=wrap or None, vertical="top" if top else None)
        return int(probe.style_id)

    return style_id


def _longest(values: Iterable[object], measured: int | None, as_shown: bool = False) -> int:
    """The longest of the first ``measured`` values (all with None) as text; ``as_shown``:
    a float as its format (0.0##) shows it, 0.7224274755312583 as 0.722, not as
    the 18 characters that made the summary's agreement columns 21 wide (render40)."""
    shown = values if measured is None else itertools.islice(values, measured)
    return max((_width(v, as_shown) for v in shown), default=0)


def _longest_word(values: list[object]) -> int:
    """The longest word among the texts of ``values`` (a summary's few rows)."""
    return max((len(w) for v in values if isinstance(v, str) for w in v.split()), default=0)


def _width(value: object, as_shown: bool) -> int:
    if as_shown and type(value) is float and math.isfinite(value):
        figure = f"{value:.3f}".rstrip("0")  # 0.0##: one decimal at least, three at most
        return len(figure + "0" if figure.endswith(".") else figure)
    return len(str(value or ""))


def cell_by_cell(
    sheets: Mapping[str, pd.DataFrame],
    widths: bool = True,
    measured: int | None = None,
    wrap_headers: bool = False,
    formats: Mapping[str, str] | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> bytes:
    """``xlsx_bytes`` through openpyxl's own cells, for a frame holding a date, a time or
    a decimal (openpyxl's number formats for them are its own)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    _properties(book, title, lang)
    taken: set[str] = set()
    for name, frame in sheets.items():
        sheet = book.create_sheet(_sheet_name(name, taken))
        for j, header in enumerate(frame.columns, start=1):
            _put(sheet, 1, j, str(header))
        shown = [(formats or {}).get(str(h), FLOAT_FORMAT) for h in frame.columns]
        for i, row in enumerate(frame.itertuples(index=False), start=2):
            for j, value in enumerate(row, start=1):
                _put(sheet, i, j, value, shown[j - 1])
        sheet.freeze_panes = "A2"  # the header stays in view while scrolling
        if widths:
            rows = sheet.max_row if measured is None else min(sheet.max_row, measured + 1)
            # a sheet of one column holds a paragraph (the methods): read wider
            widest = PARAGRAPH if sheet.max_column == 1 else WIDEST
            cols = list(sheet.iter_cols(max_row=rows))
            measures = [
                (
                    max((len(str(c.value or "")) for c in column), default=8),
                    column[0].value,
                    _longest((c.value for c in column[1:]), None, wrap_headers),
                    _longest_word([c.value for c in column[1:]]) if wrap_headers else 0,
                )
                for column in cols
            ]
            sizes, capped, headers = _sizes(measures, widest, wrap_headers)
            for column, size in zip(cols, sizes, strict=True):
                sheet.column_dimensions[column[0].column_letter].width = size
            _wrap_header(sheet, {at + 1: n for at, n in headers.items()})
            _wrap_long(sheet, [at + 1 for at in capped], sizes)
        _print_setup(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

"""Text from users and files, made safe for the formats it is written into.

Code names, attribute values, memos, document names and quotes come from people and from
imported files, so an export must never let them act: a spreadsheet must not run them as a
formula, a Markdown or HTML reader must not turn them into markup, a script or a link, and
an XML-based file (docx, xlsx) must not be broken by a control character. Each renderer
goes through the one function here for its format.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import math
import re
import textwrap
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from qualcode.csvrows import FORMULA_START as FORMULA_START  # the exports' tests read it here
from qualcode.csvrows import guarded, starts_like_formula

if TYPE_CHECKING:  # pandas loads only when a frame is written; the CLI's csv needs none
    import pandas as pd

# Every CSV qualcode writes starts with a byte order mark: Excel reads a UTF-8 file without
# one in the local code page (å, ä, ö garbled), and pandas, LibreOffice and csv readers
# opened with this encoding skip it.
CSV_ENCODING = "utf-8-sig"

# XML 1.0 forbids these; python-docx and openpyxl raise on them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Markdown punctuation that can start emphasis, links, images, code, tables or raw HTML.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_SHEET_ILLEGAL = re.compile(r"[\\*?:/\[\]]")
# Excel holds at most 32,767 characters (UTF-16 units) in a cell, and openpyxl cut a longer
# text there without a word: a memo or translation of 50,000 characters (the project allows
# 200,000) lost its end in the codings workbook, and a translation sheet read back wrote the
# cut text over the whole one. A longer text is cut with a mark that says so and where the
# rest is; a sheet read back knows the mark (``cut_part``).
XLSX_CELL_MAX = 32_767
# what openpyxl writes as a cell of its own (a date without a time zone included)
_CELL_TYPES = (str, bool, int, float, Decimal, datetime.date, datetime.time, datetime.timedelta)
_CUT_SAID = " … [cut at Excel's cell limit: {more} more characters; a .csv holds them whole]"
_CUT_MARK = re.compile(
    r" … \[cut at Excel's cell limit: [\d,]+ more characters; a \.csv holds them whole\]$"
)
# the widest a column is made (characters; a sheet of one column: PARAGRAPH); longer text
# wraps inside it, in rows of LINE_POINTS a line, at most Excel's tallest row
WIDEST, PARAGRAPH = 60, 75  # 75: within an A4 page, printed
LINE_POINTS, TALLEST_ROW = 15, 409
# characters of column a landscape A4 page prints at full size (Excel's default column is
# 8.43 of them); a sheet up to twice as wide is printed shrunk to one page wide, at half
# size or more (_print_setup)
LANDSCAPE, DEFAULT_COLUMN = 110, 8.43
# a column under a wrapped header (cells.header_wrap): at least this many characters, and
# wide enough for the header in about this many lines
HEADER_FLOOR, HEADER_LINES = 10, 4
# a summary's sheet is narrowed to this many characters (a landscape page at two thirds of
# its size), no column of long text below NARROWEST (cells._sizes)
SHRUNK_WIDTH, NARROWEST = 3 * LANDSCAPE // 2, 24


# Figures joined by hyphens or dashes: dates (2026-12-02), spans of characters (1642–1747),
# years (2024-2025). A line broken inside one reads as two figures: LibreOffice set an
# appendix's date as "2026-12-" over "02". Renderers keep each such run on one line.
FIGURE_RUN = re.compile(r"\d+(?:[-–]\d+)+")


# A figure and its percent sign parted by a space, as Swedish writes them ("4,5 %"): a line
# broke between them in the printed methods paragraph, "% av" starting the next line.
_PERCENT_SPACE = re.compile(r"(?<=\d) (?=[%‰])")


def bound_percent(text: str) -> str:
    """``text`` with a no-break space between a figure and its ``%``: a renderer's line may
    not part them (the reader sees the same space)."""
    return _PERCENT_SPACE.sub("\u00a0", text)


def figure_pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` in pieces, each with whether it is a figure run that must not break."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for found in FIGURE_RUN.finditer(text):
        if found.start() > at:
            pieces.append((text[at : found.start()], False))
        pieces.append((found.group(), True))
        at = found.end()
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces


def xml_text(value: str) -> str:
    """Text with the control characters XML cannot hold removed."""
    return _XML_ILLEGAL.sub("", value)


def csv_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as the text it is: text starting with a formula
    character (after any spaces) gets a leading apostrophe (the OWASP advice); numbers
    stay numbers. ``csvrows.unguarded`` takes the apostrophe off again where qualcode
    reads such a sheet back."""
    if isinstance(value, str) and guarded(value):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose every text cell and header that a spreadsheet would run as
    a formula starts with an apostrophe (``csv_cell``), for a CSV written with pandas'
    own ``to_csv``. The frame given is left as it is: its text is what is analysed, and
    only the file written from the copy needs to be safe to open."""
    import pandas as pd

    safe = frame.copy()
    safe.columns = [csv_cell(str(c)) for c in safe.columns]
    # each text is looked at once however often it stands in the frame (a codings
    # export's coder, code and attribute columns repeat a few texts over every row)
    seen: dict[str, object] = {}

    def cell(value: object) -> object:
        if not isinstance(value, str):
            return value
        done = seen.get(value)
        if done is None:
            done = seen[value] = csv_cell(value)
        return done

    for at in range(safe.shape[1]):  # by position: two columns may share a header
        column = safe.iloc[:, at]
        if column.dtype == object and _left_alone(column):
            continue  # most columns of a codings export: 0.3 s of 200k rows mapped for nothing
        if column.dtype == object or pd.api.types.is_string_dtype(column):
            safe.isetitem(at, column.map(cell))
    return safe


def _left_alone(column: pd.Series) -> bool:
    """Whether mapping ``column`` (of objects) through ``csv_cell`` would give it back as
    it is: it holds a text (so the mapped column stays one of objects; numbers alone were
    made a column of numbers) and no text that needs an apostrophe (``guarded``), each
    distinct text asked once; one beginning with a letter or digit never does (no space,
    invisible mark, apostrophe or formula character is one)."""
    try:
        distinct = set(column.to_numpy())
    except TypeError:  # a list in a cell: mapped cell by cell
        return False
    texts = [v for v in distinct if isinstance(v, str)]
    return bool(texts) and not any(v and not v[0].isalnum() and guarded(v) for v in texts)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as UTF-8 CSV with a byte order mark (so Excel reads it as UTF-8) and every
    text cell (and header) neutralised."""
    safe = safe_frame(frame)
    # every text cell quoted (OWASP), so a carriage return inside one cannot start a row
    return safe.to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode(CSV_ENCODING)


def _plain(value: Any) -> Any:
    """A cell value openpyxl can write, keeping what the frame holds: missing as empty,
    numpy scalars as Python, and as text whatever Excel has no cell for (a notebook's
    frame holds anything): bytes (openpyxl wrote b"=1+1" as a live formula), a date and
    time with a time zone (openpyxl raised a TypeError on ``pd.to_datetime`` of the
    codings' ``created_at``), a month (``Period``), a dict, infinity (written blank)."""
    import pandas as pd

    if value is None:
        return None
    if isinstance(value, tuple | list | set | frozenset):  # the coders of an agreement pair
        return ", ".join(str(v) for v in value)
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "replace")
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "inf", "-inf", as pandas writes them
    if isinstance(value, datetime.datetime | datetime.time) and value.tzinfo is not None:
        return str(value)  # "2026-12-03 23:43:21+00:00": Excel's cells hold no zone
    if isinstance(value, _CELL_TYPES):
        return value
    return str(value)


def _put(sheet: Any, row: int, column: int, value: Any) -> None:
    value = _plain(value)
    if isinstance(value, str):
        cell = sheet.cell(row=row, column=column)
        cell.value = cell_text(xml_text(value))
        cell.data_type = "s"  # text, never a formula, whatever it starts with
        if starts_like_formula(value):
            cell.quotePrefix = True  # and it stays text when someone edits the cell
    else:
        cell = sheet.cell(row=row, column=column, value=value)
        if isinstance(value, float):
            cell.number_format = "0.0##"  # 0.605, 96.8: a figure as printed, the value whole


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


def _wrap_long(sheet: Any, columns: list[int], width: int) -> None:
    """Wrap the text of the ``columns`` held to ``width`` where it runs past them, each
    such row as tall as its text needs (Excel's tallest, 409 points, at most). Unwrapped,
    a summary's quote stopped at the next column (its source) and the methods paragraph
    ran on as one line of 2,000 characters, printed over twenty pages; a codings sheet hid
    the rest of each passage (eyes34). The height is written, not left to the reader:
    LibreOffice drew the wrapped lines over each other in rows of one line. Only those
    cells are touched: styling every cell of their rows doubled a codings sheet's time."""
    from openpyxl.styles import Alignment

    wrapped = Alignment(wrap_text=True)
    per_line = width - 4  # a little under the width: lines break between words
    for column in columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            text = cell.value
            if not isinstance(text, str) or len(text) <= width - 2:
                continue
            cell.alignment = wrapped
            lines = sum(-(-len(line) // per_line) or 1 for line in text.split("\n"))
            row = sheet.row_dimensions[cell.row]
            row.height = min(max(row.height or 0, LINE_POINTS * lines), TALLEST_ROW)


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
    measures: list[tuple[int, object, int]], widest: int, wrap_headers: bool
) -> tuple[list[int], list[int], dict[int, int], int]:
    """Each column's width from its ``measures`` (longest text with the header, the header,
    longest value), the columns (indexes) capped and wrapped, the wrapped headers (index:
    lines) and the cap. With ``wrap_headers`` (a summary's tables) a long header wraps
    (``header_wrap``) and the widest columns are narrowed together until the sheet prints
    a page wide at two thirds of its size or more (SHRUNK_WIDTH): the quotes' sheet, four
    columns of 57 to 60 characters, printed its quotes and their sources on separate
    pages (render40)."""
    longest: list[int] = []
    headers: dict[int, int] = {}
    for at, (whole, header, values) in enumerate(measures):
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
    cap = widest
    while wrap_headers and cap > NARROWEST and sum(min(n + 2, cap) for n in longest) > SHRUNK_WIDTH:
        cap -= 1
    for at in headers:
        if longest[at] + 2 > cap:  # its header wraps in the narrower column
            headers[at] = len(textwrap.wrap(str(measures[at][1]), cap - 4)) or 1
    capped = [at for at, n in enumerate(longest) if n + 2 > cap]
    return [min(n + 2, cap) for n in longest], capped, headers, cap


def _wrap_header(sheet: Any, wrapped: dict[int, int]) -> None:
    """Wrap the header cells of ``wrapped`` (column numbers, from 1, with their lines) and
    make the header row as tall as the most lines (``header_wrap``)."""
    from openpyxl.styles import Alignment

    for column in wrapped:
        sheet.cell(row=1, column=column).alignment = Alignment(wrap_text=True)
    if wrapped:
        sheet.row_dimensions[1].height = min(LINE_POINTS * max(wrapped.values()), TALLEST_ROW)


def _print_setup(sheet: Any) -> None:
    """Print ``sheet`` as a co-author reads it: its header on every page, and a sheet wider
    than a portrait page on a landscape one, shrunk to one page wide, where that keeps it
    at half size or more. Printed portrait, a summary of six small sheets took 15 pages
    (the themes' counts on a page of their own, the quotes' sources two pages after the
    quotes; eyes35). A wider sheet (the codings' 19 columns, ids last) stays portrait at
    full size: shrunk, it was a third of its size; landscape, 20 pages instead of 14."""
    sheet.print_title_rows = "1:1"
    letters = [column[0].column_letter for column in sheet.iter_cols(max_row=1)]
    width = sum(
        sheet.column_dimensions[c].width if c in sheet.column_dimensions else DEFAULT_COLUMN
        for c in letters
    )
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
    a summary's tables, whose headers are themes' names over their counts."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from qualcode.export import xlsx_rows

    grids = [xlsx_rows.grid(frame) for frame in sheets.values()]
    if any(columns is None for columns in grids):
        return cell_by_cell(sheets, widths, measured, wrap_headers)
    book = Workbook()
    book.remove(book.active)
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
        if widths:
            measures = [
                (
                    column.width(None if measured is None else measured + 1),
                    column.values[0],
                    _longest(column.values[1:], measured, wrap_headers),
                )
                for column in columns
            ]
            sizes, capped, headers, widest = _sizes(measures, widest, wrap_headers)
            for at, size in enumerate(sizes):
                sheet.column_dimensions[get_column_letter(at + 1)].width = size
        rows[f"xl/worksheets/sheet{number}.xml"] = xlsx_rows.sheet_rows(
            columns, capped, widest, _style_ids(sheet), {at + 1: n for at, n in headers.items()}
        )
        _print_setup(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return xlsx_rows.spliced(buffer.getvalue(), rows)


def _style_ids(sheet: Any) -> Any:
    """The workbook's number for a style of ``sheet``'s cells (quote prefix, float format,
    wrapped), registered as openpyxl registers a cell's style when it writes the cell."""
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment

    def style_id(style: tuple[bool, bool, bool]) -> int:
        quoted, figure, wrap = style
        probe = Cell(sheet)
        if quoted:
            probe.quotePrefix = True
        if figure:
            probe.number_format = "0.0##"
        if wrap:
            probe.alignment = Alignment(wrap_text=True)
        return int(probe.style_id)

    return style_id


def _longest(values: Iterable[object], measured: int | None, as_shown: bool = False) -> int:
    """The longest of the first ``measured`` values (all with None) as text; ``as_shown``:
    a float as its format (0.0##) shows it, 0.7224274755312583 as 0.722, not as
    the 18 characters that made the summary's agreement columns 21 wide (render40)."""
    shown = values if measured is None else itertools.islice(values, measured)
    return max((_width(v, as_shown) for v in shown), default=0)


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
) -> bytes:
    """``xlsx_bytes`` through openpyxl's own cells, for a frame holding a date, a time or
    a decimal (openpyxl's number formats for them are its own)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for name, frame in sheets.items():
        sheet = book.create_sheet(_sheet_name(name, taken))
        for j, header in enumerate(frame.columns, start=1):
            _put(sheet, 1, j, str(header))
        for i, row in enumerate(frame.itertuples(index=False), start=2):
            for j, value in enumerate(row, start=1):
                _put(sheet, i, j, value)
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
                )
                for column in cols
            ]
            sizes, capped, headers, widest = _sizes(measures, widest, wrap_headers)
            for column, size in zip(cols, sizes, strict=True):
                sheet.column_dimensions[column[0].column_letter].width = size
            _wrap_header(sheet, {at + 1: n for at, n in headers.items()})
            _wrap_long(sheet, [at + 1 for at in capped], widest)
        _print_setup(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _units(text: str) -> int:
    """Length as Excel counts it: UTF-16 units (a character beyond the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def cell_text(text: str) -> str:
    """``text`` as it fits in one Excel cell: whole when it fits, else its beginning and a
    mark saying how many characters more a .csv holds (never cut silently)."""
    if len(text) <= XLSX_CELL_MAX // 2 or _units(text) <= XLSX_CELL_MAX:
        return text
    room = XLSX_CELL_MAX - _units(_CUT_SAID.format(more=f"{len(text):,}"))
    kept = text.encode("utf-16-le")[: 2 * room].decode("utf-16-le", "ignore")
    return kept + _CUT_SAID.format(more=f"{len(text) - len(kept):,}")


def cut_part(text: str) -> str | None:
    """The kept beginning of a text ``cell_text`` cut (its mark taken off), or None when
    ``text`` carries no such mark."""
    found = _CUT_MARK.search(text)
    return text[: found.start()] if found else None


def md_inline(value: object) -> str:
    """Text for one Markdown line: punctuation that could become markup, a link or raw
    HTML is backslash-escaped, and line breaks become spaces (no new block can start)."""
    text = " ".join(xml_text(str(value)).splitlines())
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_block(value: object) -> list[str]:
    """Text for a paragraph, as escaped lines: a line that would open a heading, list,
    quote or rule is escaped at its start too."""
    lines = []
    for line in xml_text(str(value)).splitlines() or [""]:
        escaped = md_inline(line).lstrip()
        if escaped.startswith(("-", "=", "+")):
            escaped = "\\" + escaped
        lines.append(re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped))
    return lines

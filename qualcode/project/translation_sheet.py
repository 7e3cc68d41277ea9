"""Reading a translator's sheet: the coding ids and translations back from the .csv or
.xlsx that ``export codings`` wrote (or any sheet with those two columns).

Cells are read as text: an .xlsx is read for its stored values, never recalculated, and a
cell that holds a formula is refused by its line, since what Excel would show is not in
the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from qualcode.csvrows import DELIMITERS, room_for, unguarded
from qualcode.errors import ValidationError
from qualcode.userfile import read_user_file

ID = ("id", "coding", "coding_id", "kodning")
TEXT = ("translation", "översättning", "translated", "text_en", "text_sv")
LANG = ("translation_language", "translation_lang", "language_of_translation")


def read_sheet(path: Path) -> Iterator[tuple[int, str, str | None, str]]:
    """(line, coding id, language or None, translation) for every row under the header."""
    workbook = path.suffix.lower() == ".xlsx"
    rows = _xlsx_rows(path) if workbook else _csv_rows(path)
    if not rows:
        raise ValidationError(f"{path.name}: no rows")
    header = [str(h or "").strip().lower() for h in rows[0]]
    id_col = _column(header, ID, path.name)
    text_col = _column(header, TEXT, path.name)
    lang_col = next((header.index(n) for n in LANG if n in header), None)
    for line, row in enumerate(rows[1:], start=2):
        # a short row's missing cells are empty (never padded to the header's width: a
        # header of millions of columns made every row that long)
        cells = [
            row[i] if i < len(row) else "" for i in range(max(id_col, text_col, lang_col or 0) + 1)
        ]
        ref = str(cells[id_col] or "").strip()
        text = str(cells[text_col] or "")
        if not ref and not text.strip():
            continue
        if not ref:
            raise ValidationError(f"{path.name}: line {line}: a translation without a coding id")
        if workbook and text.startswith("="):
            raise ValidationError(
                f"{path.name}: line {line}: the translation is a formula; write it as text"
            )
        lang = str(cells[lang_col] or "").strip() or None if lang_col is not None else None
        yield line, ref, lang, text


def _column(header: list[str], names: tuple[str, ...], source: str) -> int:
    for name in names:
        if name in header:
            return header.index(name)
    raise ValidationError(f"{source}: no column {names[0]!r} (or {', '.join(names[1:])})")


def _csv_rows(path: Path) -> list[list[str]]:
    raw = read_user_file(path, ValidationError, "a translation sheet")
    text = sheet_text(raw, path.name)
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first.count)
    room_for(text)
    try:
        # a cell the export guarded with an apostrophe ('- Yes) is read as it was written
        return [
            [unguarded(cell) for cell in row]
            for row in csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
        ]
    except csv.Error as exc:
        raise ValidationError(f"{path.name}: malformed CSV ({exc})") from None


def sheet_text(raw: bytes, name: str) -> str:
    """A sheet saved as text, decoded as a transcript is (``read_text_bytes``): Excel's
    "Unicode text" is UTF-16, a Swedish Excel's CSV cp1252, an old Mac's Mac Roman. Read
    as UTF-8 or else cp1252, a UTF-16 sheet failed as "malformed CSV (new-line character
    seen in unquoted field)" and a Mac Roman one came in garbled (red team, round 10)."""
    from qualcode.errors import IngestError
    from qualcode.textbytes import read_text_bytes

    try:
        return read_text_bytes(raw, name)[0]
    except IngestError as exc:
        raise ValidationError(str(exc)) from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    """The first sheet's cells as text. The workbook is read whole (a regular file under
    the size limit) and its zip directory checked before openpyxl opens it: a sheet of
    400 MB of spaces packed into 400 KB kept openpyxl parsing for minutes."""
    import zipfile

    import openpyxl

    from qualcode.errors import IngestError
    from qualcode.zipguard import check_archive

    raw = read_user_file(path, ValidationError, "a translation sheet")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            check_archive(archive, path.name)
    except IngestError as exc:
        raise ValidationError(str(exc)) from None
    except (zipfile.BadZipFile, EOFError) as exc:
        raise ValidationError(f"{path.name}: not a readable .xlsx ({exc})") from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(f"{path.name}: not a readable .xlsx ({type(exc).__name__})") from None
    rows: list[list[str]] = []
    try:
        sheet = book.worksheets[0]
        # the sheet's stated size is not trusted, and rows are read only as wide as the
        # columns used: openpyxl pads every row to the widest stated, so a 5 KB sheet
        # holding one cell far down and to the right (row 300,000, column 2,000) took 64 s
        # and 4.8 GB
        sheet.reset_dimensions()
        header = next(sheet.iter_rows(values_only=True, max_row=1), ())
        named = [str(h or "").strip().lower() for h in header]
        used = [named.index(n) for n in (*ID, *TEXT, *LANG) if n in named]
        width = max(used, default=0) + 1
        rows.append([str(v or "") for v in header])
        for row in sheet.iter_rows(min_row=2, max_col=width, values_only=True):
            rows.append(["" if v is None else str(v) for v in row])
    except (ValueError, OverflowError, SyntaxError, LookupError) as exc:
        # openpyxl reads a sheet's cells only as its rows are asked for, after the
        # workbook opened: a number of 5,000 digits, a date 2024-99-99 or a damaged
        # sheet ended `code translations` in a traceback (red team 41); so did a cell
        # naming a shared text past the workbook's list (IndexError, red team 43)
        raise ValidationError(f"{path.name}: {_unreadable(exc, len(rows) + 1)}") from None
    finally:
        book.close()
    return rows


def _unreadable(exc: Exception, line: int) -> str:
    """What is wrong with a sheet whose cells openpyxl could not read, from ``line`` on."""
    if isinstance(exc, SyntaxError):  # ElementTree's and lxml's parse errors are ones
        return f"not a readable .xlsx (its sheet's XML is damaged from line {line} on)"
    if isinstance(exc, LookupError):  # a shared text's number past the workbook's list
        return (
            f"line {line}: a cell names a text the workbook does not hold (damaged?); nothing read"
        )
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "digits" in reason:
        reason = "a number too long to hold"
    return f"line {line}: a cell holds a value no spreadsheet writes ({reason[:80]}); nothing read"

"""The attributes sheet: one row per transcript file, one column per attribute.

Researchers keep it in Excel, which on a Swedish machine saves CSV in cp1252 with
semicolons; others save UTF-8 with commas. Both are read. What cannot be read right is
refused with the line and column, because a silently dropped cell is an interview that
never shows up in a comparison by municipality or role.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from qualcode.csvrows import csv_records, unguarded
from qualcode.errors import IngestError
from qualcode.model import DOCUMENT_COLUMNS
from qualcode.oneline import check_name, shown
from qualcode.textbytes import read_text_bytes
from qualcode.userfile import read_user_file

LANG_COLUMN = "lang"
_LANG_VALUES = ("sv", "en", "auto", "")


@dataclass(frozen=True, slots=True)
class AttributeSheet:
    """Attributes by file name, as read from one CSV file."""

    source: str
    key_column: str
    rows: dict[str, dict[str, str]] = field(default_factory=dict)

    def for_file(self, path: Path) -> dict[str, str] | None:
        """The row naming this file (by name, else by name without suffix), or ``None``.
        Compared composed (``composed``): macOS writes file names decomposed, a sheet typed
        in Excel is composed, and 'Ödeby_intervju.txt' had "no row for it" beside the row
        naming it, letter for letter as shown (red team 36)."""
        row = self.rows.get(composed(path.name))
        if row is None:
            row = self.rows.get(composed(path.stem))
        return None if row is None else dict(row)


def composed(name: str) -> str:
    """A file name as a sheet's rows and the project's documents hold it: composed (NFC)."""
    return unicodedata.normalize("NFC", name)


def read_attributes_csv(path: Path) -> AttributeSheet:
    """Read and check the whole sheet before any file is imported."""
    name = path.name
    data = read_user_file(path, IngestError, "an attributes CSV file")
    text, _ = read_text_bytes(data, name)
    empty = "no rows of attributes (the file is empty)"
    records = csv_records(text, name, IngestError, empty)
    header = [cell.strip() for cell in records[0][1]]
    _check_header(name, header)
    sheet = AttributeSheet(name, header[0])
    seen: dict[str, int] = {}
    for line, row in records[1:]:
        file_name, attrs = _row(name, line, header, row)
        file_name = composed(file_name)
        if file_name in seen:
            raise IngestError(
                f"{name}: line {line}: file {file_name!r} is listed twice (also line "
                f"{seen[file_name]})"
            )
        seen[file_name] = line
        sheet.rows[file_name] = attrs
    if not sheet.rows:
        raise IngestError(f"{name}: no rows of attributes under the header")
    return sheet


def _check_header(name: str, header: list[str]) -> None:
    if len(header) < 2:
        raise IngestError(
            f"{name}: line 1: needs a column of file names and at least one attribute column "
            "(is the separator a comma or a semicolon?)"
        )
    seen: set[str] = set()  # a set, not header.count(): a header of 200,000 columns took hours
    for number, column in enumerate(header, start=1):
        if not column:
            raise IngestError(f"{name}: line 1: column {number} has no name")
        if column in seen:
            raise IngestError(f"{name}: line 1: column {column!r} appears more than once")
        seen.add(column)
        check_name(column, f"{name}: line 1: column {number} {shown(column)}", IngestError)
        if number > 1 and column != LANG_COLUMN and column in DOCUMENT_COLUMNS:
            raise IngestError(f"{name}: line 1: column {number} {reserved(column)}")


def reserved(column: str) -> str:
    """Why an attribute may not be called ``column``: the document has one of that name."""
    return (
        f"{column!r} is what every document has of its own "
        f"({', '.join(DOCUMENT_COLUMNS)}); call the attribute otherwise (e.g. participant)"
    )


def _row(name: str, line: int, header: list[str], row: list[str]) -> tuple[str, dict[str, str]]:
    # a table qualcode wrote (`docs list -f csv`, the codings export) guards a cell a
    # spreadsheet would run ("'- pratade om budget"): read back, that apostrophe was stored
    # with the value (red team 37); one of the value's own stays (``unguarded``)
    cells = [unguarded(cell).strip() for cell in row]
    if len(cells) > len(header) and any(cells[len(header) :]):
        raise IngestError(
            f"{name}: line {line}: {len(cells)} cells but the header has {len(header)} columns"
        )
    file_name = cells[0] if cells else ""
    if not file_name:
        raise IngestError(f"{name}: line {line}: no file name in column {header[0]!r}")
    # a short row's missing cells are empty: read as far as the row goes, never padded to
    # the header's width (a wide header made every row that long)
    attrs = {c: v for c, v in zip(header[1:], cells[1:], strict=False) if v}
    lang = attrs.get(LANG_COLUMN, "")
    if lang.lower() not in _LANG_VALUES:
        raise IngestError(
            f"{name}: line {line}: column {LANG_COLUMN!r}: {lang!r} is not sv, en or auto"
        )
    if lang:
        attrs[LANG_COLUMN] = lang.lower()
    return file_name, attrs

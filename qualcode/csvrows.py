"""The rows of a researcher's CSV file: the attributes sheet, a codebook spreadsheet.

Excel on a Swedish machine saves CSV with semicolons, elsewhere with commas, and some
people save tabs; the delimiter is the one of these the first non-blank line uses most.
Quoted cells may span lines, so rows carry the line they start on for error messages, and
blank rows are dropped. Both readers refuse the same things in one line, each with its own
error type, so the two cannot drift apart in what they accept.
"""

from __future__ import annotations

import csv

from qualcode.errors import QualcodeError

DELIMITERS = ",;\t"


def csv_records(
    text: str, name: str, error: type[QualcodeError], empty: str
) -> list[tuple[int, list[str]]]:
    """The non-blank rows of ``text`` with the line each starts on, the header first.

    ``error`` is raised for an empty file (with ``empty`` after the file name) and for
    malformed CSV (with the line)."""
    lines = text.splitlines(keepends=True)  # quoted cells may span lines
    if not any(line.strip() for line in lines):
        raise error(f"{name}: {empty}")
    header_line = next(line for line in lines if line.strip())
    delimiter = max(DELIMITERS, key=header_line.count)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise error(f"{name}: line {reader.line_num}: malformed CSV ({exc})") from None
    return [(n, row) for n, row in records if any(cell.strip() for cell in row)]

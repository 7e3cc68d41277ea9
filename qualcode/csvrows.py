"""The rows of a researcher's CSV file: the attributes sheet, a codebook spreadsheet.

Excel on a Swedish machine saves CSV with semicolons, elsewhere with commas, and some
people save tabs; the delimiter is the one of these the first non-blank line uses most.
Quoted cells may span lines, so rows carry the line they start on for error messages, and
blank rows are dropped. Both readers refuse the same things in one line, each with its own
error type, so the two cannot drift apart in what they accept.

It also knows what makes a spreadsheet run a cell as a formula: the exports guard such a
cell with an apostrophe (``export.cells.csv_cell``), and ``unguarded`` takes it off again
where qualcode reads its own sheet back (a translator's codings table, a quotes sheet, an
attributes sheet cut from a listed table), so
a translation "- Yes, we did" does not come back as "'- Yes, we did".
"""

from __future__ import annotations

import csv
import re

from qualcode.errors import QualcodeError

DELIMITERS = ",;\t"

# Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# What a spreadsheet may skip before such a character: spaces of every kind (a CSV reader
# set to trim them, or a cell " =1+1" retyped) and the invisible marks (zero-width, byte
# order, direction) that show as nothing and so hide a formula behind them.
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width, word joiner, byte order mark
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction
)
_LEADING = re.compile(f"^[\\s{_INVISIBLE}]+")
# A plain number ("-2", "+0.5", "-") cannot act, so it stays as it is.
_PLAIN_NUMBER = re.compile(r"[-+]?(\d+([.,]\d+)?)?")


def starts_like_formula(value: str) -> bool:
    """True if ``value`` starts with a formula character, also behind leading spaces or
    invisible marks (``" =1+1"``, a zero-width space or an ideographic space before
    ``＝1+1``); a plain number such as
    ``"-2"`` or ``" +0.5"`` cannot act and is not one."""
    if value.startswith(("\t", "\r")):
        return True
    bare = _LEADING.sub("", value, count=1)
    return bare.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(bare)


def unguarded(cell: str) -> str:
    """A cell of a sheet qualcode wrote, as it was before the export guarded it: the
    apostrophe put before text a spreadsheet would run (``'- Yes``, ``'=1+1``) taken off.
    Read as it stood, a translation sheet read back stored every such translation with an
    apostrophe in front, and a quotes sheet's passage starting with a dash was not found in
    its document. An apostrophe before anything else is the cell's own (a text that began
    with apostrophes before such a character was given one more, ``guarded``)."""
    if cell.startswith("'") and starts_like_formula(cell.lstrip("'")):
        return cell[1:]
    return cell


def guarded(value: str) -> bool:
    """True if a CSV cell holding ``value`` needs an apostrophe in front: a spreadsheet
    would run it, or it reads as one guarded so already (apostrophes, then a formula
    character), which ``unguarded`` would otherwise shorten."""
    return starts_like_formula(value.lstrip("'"))


def room_for(text: str) -> None:
    """Let the csv module read a cell as long as ``text``, a whole sheet already read under
    the file-size limit. Python's csv refuses a cell past 131,072 characters ('field
    larger than field limit'), and a codings table qualcode writes holds a passage, memo or
    translation of up to 200,000: `code translations` could not read back its own export
    of a long coded passage and called it malformed CSV (red team 41). Only ever raised."""
    if len(text) >= csv.field_size_limit():
        csv.field_size_limit(len(text) + 1)


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
    room_for(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise error(f"{name}: line {reader.line_num}: malformed CSV ({exc})") from None
    return [(n, row) for n, row in records if any(cell.strip() for cell in row)]

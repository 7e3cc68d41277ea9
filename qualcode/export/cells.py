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
import math
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from qualcode.csvrows import FORMULA_START as FORMULA_START  # the exports' tests read it here
from qualcode.csvrows import guarded
from qualcode.markdown_escape import literal

if TYPE_CHECKING:  # pandas loads only when a frame is written; the CLI's csv needs none
    import pandas as pd

# Every CSV qualcode writes starts with a byte order mark: Excel reads a UTF-8 file without
# one in the local code page (å, ä, ö garbled), and pandas, LibreOffice and csv readers
# opened with this encoding skip it.
CSV_ENCODING = "utf-8-sig"

# XML 1.0 forbids these; python-docx and openpyxl raise on them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
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


# The controls that show a line in another order than it is written: embeddings, overrides
# and isolates with their ends (U+202A-U+202E, U+2066-U+2069). A transcript, memo or
# attribute value may hold them (a memo in any script is taken as typed, and the stored
# text never changes), but in a .md, .csv, web page, workbook or Word file they reorder
# what a co-author reads ("Trojan source": U+202E shows "...gnikrow" as "working...") and
# an unended one runs on into the next cell or line. Exports write the text without them;
# the marks that only lean a neutral character's direction (U+200E, U+200F, U+061C), which
# right-to-left writing needs and which reorder no run of letters, stay.
_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


# What a CSV cell never carries as it is: the control characters a terminal obeys (ESC
# starts a sequence that retitles the window, writes the clipboard or hides text; C1's
# CSI does alike), shown as U+FFFD as the CLI's listings show them. A transcript may hold
# a few (a .txt's share below 1%, ``textbytes``), and `export codings` wrote them whole, so
# `cat codings.csv` obeyed them (hostile46). Tab and line ends stay: a cell may span lines.
# Word's manual line break (\v) and page break (\f), kept in a .docx's text, are written
# as the line breaks they were: as U+FFFD a passage across a page read
# 'kvartal.\n\ufffdPersonal' (types47). What a cell shows as U+FFFD is what a quotes sheet
# read back matches a U+FFFD with (``quote_import``), so a sheet qualcode wrote is found.
SHOWN_AS_REPLACEMENT = "\x00-\x08\x0e-\x1f\x7f-\x9f"
_TERMINAL_CONTROLS = re.compile(f"[{SHOWN_AS_REPLACEMENT}\x0b\x0c]")
_BREAKS = str.maketrans({"\v": "\n", "\f": "\n"})
# what a CSV cell is written without, or with in another form: either of the above
_NOT_AS_IS = re.compile(f"{_REORDERING.pattern}|{_TERMINAL_CONTROLS.pattern}")


def in_order(text: str) -> str:
    """``text`` without the controls that would show it in another order (``_REORDERING``)."""
    return _REORDERING.sub("", text) if _REORDERING.search(text) else text


def xml_text(value: str) -> str:
    """Text with the control characters XML cannot hold removed."""
    return _XML_ILLEGAL.sub("", value)


def page_text(value: str) -> str:
    """Text as a Word file or workbook shows it: without what XML cannot hold
    (``xml_text``) or what would reorder it (``in_order``)."""
    return in_order(xml_text(value))


def csv_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as the text it is: text starting with a formula
    character (after any spaces) gets a leading apostrophe (the OWASP advice); numbers
    stay numbers. ``csvrows.unguarded`` takes the apostrophe off again where qualcode
    reads such a sheet back."""
    if not isinstance(value, str):
        return value
    value = in_order(value)
    if _TERMINAL_CONTROLS.search(value):
        value = _TERMINAL_CONTROLS.sub("\ufffd", value.translate(_BREAKS))
    return "'" + value if guarded(value) else value


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
    return bool(texts) and not any(
        (v and not v[0].isalnum() and guarded(v)) or _NOT_AS_IS.search(v) for v in texts
    )


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
    text = " ".join(in_order(xml_text(str(value))).splitlines())
    return literal(text)  # the one escaping the agenda uses too (markdown_escape)


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

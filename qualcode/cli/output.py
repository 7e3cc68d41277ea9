"""Rendering lists of records as a table, JSON, JSON lines or CSV, for the CLI.

Kept apart from ``cli.py`` so that every command that lists things formats them the
same way, and scripts can rely on ``--format json`` everywhere.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import sys
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from qualcode.errors import UNPRINTABLE
from qualcode.export.cells import CSV_ENCODING, csv_cell


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 suggestion``, ``2 suggestions``: a count that agrees with its noun."""
    return f"{n} {one if n == 1 else many or one + 's'}"


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TextFormat(StrEnum):
    text = "text"
    json = "json"


def shortened(text: str, width: int) -> str:
    """``text`` on one line (its white space folded) and at most ``width`` characters, cut
    with an ellipsis: how a table shows a passage beside its other columns."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def emit(
    rows: Sequence[Mapping[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    empty: str = "nothing to show",
    fields: Sequence[str] | None = None,
    headers: Mapping[str, str] | None = None,
    width: int | None = None,
) -> None:
    """Print rows in the chosen format; tables show ``columns``, machine formats everything.

    ``fields`` names the record's keys for a CSV header when there are no rows to take them
    from (a script reading an empty listing still finds its columns), and orders them.
    ``headers`` (a table's shorter names for some columns) and ``width`` (the terminal's
    columns: the widest column is wrapped to fit) lay a table out for a narrow terminal;
    the machine formats are never touched by them.
    """
    if fmt is Format.json:
        print(json_text(list(rows), indent=2))
    elif fmt is Format.jsonl:
        for row in rows:
            print(json_text(row))
    elif fmt is Format.csv:
        cols = list(fields or columns or (rows[0].keys() if rows else []))
        buffer = io.StringIO()
        # text that could run as a formula in a spreadsheet is neutralised (issue 11.2);
        # a cell holding a line break is quoted (the writer's \r\n rows), so it stays one cell
        writer = csv.writer(buffer)
        writer.writerow([csv_cell(str(c)) for c in cols])
        for row in rows:
            writer.writerow([csv_cell(_cell(row.get(k), records_as_json=True)) for k in cols])
        _write_csv(buffer.getvalue())
    elif width is not None:
        _plain_table(rows, columns, title, empty, headers, width)
    else:
        _table(rows, columns, title, empty)


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON for standard output, read by scripts and printed on terminals
    alike: letters as they are (å, ä, ö unescaped), but what ``printable`` would not send
    (DEL, the C1 controls, the direction controls; JSON escapes the C0 ones itself) as
    ``\\u`` escapes, so a script reads the very same text and no terminal is steered by it.
    Outside strings JSON is plain ASCII, so only a string's characters are escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return UNPRINTABLE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _write_csv(text: str) -> None:
    """CSV on standard output. Redirected to a file (``> agree.csv``), it is the bytes of a
    UTF-8 file with a byte order mark, as the exports are, whatever the locale's encoding:
    Excel reads a file without the mark in the local code page and garbles å, ä, ö. On a
    terminal it is text for the eye, without the mark."""
    stream = sys.stdout
    binary = getattr(stream, "buffer", None)
    if stream.isatty() or binary is None:
        stream.write(text)
        return
    stream.flush()
    write_all(binary, text.encode(CSV_ENCODING))
    binary.flush()


def write_all(binary: Any, data: bytes) -> None:
    """Write every byte of ``data`` to the binary stream ``binary``, or raise. A buffered
    writer handed more than its buffer writes what the disk takes and returns how much,
    raising nothing: `agree --format csv > agree.csv` on a full disk left 12 of 19 KB of
    the table and exited 0 (safety33). Asked again for the rest, the disk says why."""
    view = memoryview(data)
    while view:
        written = binary.write(view)
        if not written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _cell(value: Any, *, records_as_json: bool = False) -> str:
    """A CSV cell with its control characters shown as U+FFFD, as ``printable`` does: an ESC
    sequence in a cell (a memo merged from a package, a note from a .qdpx) would steer the
    terminal of whoever lists it, and a lone CR would print over the line."""
    return printable(_text(value, records_as_json=records_as_json))


def _text(value: Any, *, records_as_json: bool = False) -> str:
    """One cell's text. A record (a mapping) in a CSV cell, and a list or a record holding
    records or lists anywhere, is JSON text: a script reading the CSV parses it with
    ``json.loads``, where ``key=value; ...`` or Python's ``{'karin': ...}`` could not be
    read back (a value may hold ``;`` or ``=``). A table for the eye keeps ``key=value``
    for a flat record and a comma list for a flat list."""
    if value is None:
        return ""
    if isinstance(value, Mapping | list | tuple) and (
        _nested(value) or (records_as_json and isinstance(value, Mapping))
    ):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _nested(value: Mapping[Any, Any] | list[Any] | tuple[Any, ...]) -> bool:
    """True if a record or list holds a record or a list."""
    items = value.values() if isinstance(value, Mapping) else value
    return any(isinstance(v, Mapping | list | tuple) for v in items)


def printable(text: str) -> str:
    """Text for a terminal: control characters (an ESC starts a sequence that can retitle
    the window, write the clipboard or hide text) and direction controls are shown as
    U+FFFD, not sent."""
    return UNPRINTABLE.sub("\ufffd", text)


def _table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None,
    title: str | None,
    empty: str,
) -> None:
    if not sys.stdout.isatty():
        _plain_table(rows, columns, title, empty)
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text  # plain text: a name like "[link=...]" is shown, not obeyed

    console = Console()
    if not rows:
        console.print(f"[dim]{empty}[/dim]")
        return
    cols = list(columns or rows[0].keys())
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for col in cols:
        table.add_column(Text(str(col)), overflow="fold")
    for row in rows:
        table.add_row(*(Text(printable(_cell(row.get(c)))) for c in cols))
    console.print(table)


def terminal_width() -> int | None:
    """The columns a table has to fit: ``$COLUMNS`` when set, else the terminal's own
    width when standard output is one; None for a pipe or a file, where a table keeps
    its natural width so that grep and sort see whole rows."""
    given = os.environ.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    if sys.stdout.isatty():
        return os.get_terminal_size(sys.stdout.fileno()).columns
    return None


def table_width(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    headers: Mapping[str, str] | None = None,
) -> int:
    """How wide the plain table of ``rows`` prints, each column at its natural width."""
    shown = [(headers or {}).get(c, c) for c in columns]
    cells = [[_flat(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(h), *(len(line[i]) for line in cells)]) for i, h in enumerate(shown)]
    return sum(widths) + GAP * (len(widths) - 1)


GAP = 2  # the spaces between two columns of a plain table


def _flat(value: Any) -> str:
    """A cell's text on one line, as a plain table prints it."""
    return printable(" ".join(_cell(value).split()))


def wrapped(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken after a space, an
    underscore, a hyphen or a slash where it can (a code key 'long_term_economics' as
    'long_term_' and 'economics'), else within a word."""
    import re

    lines: list[str] = []
    line = ""
    for piece in re.findall(r"[^\s_/-]*[\s_/-]?", text):
        while len(line) + len(piece) > width:
            if line:
                lines.append(line.rstrip())
                line = ""
                continue
            lines.append(piece[:width])
            piece = piece[width:]
        line += piece
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _plain_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None,
    title: str | None,
    empty: str,
    headers: Mapping[str, str] | None = None,
    width: int | None = None,
) -> None:
    """A table for a pipe or a file: one line per row at its natural width, no wrapping
    and no frame, so that grep, sort and less see whole rows (and 1,000 rows print at
    once instead of through a terminal renderer). Given a ``width`` it is too wide for,
    its widest column is wrapped onto further lines, the row's other cells blank there,
    and its title too: a lead reading `audit` at 80 columns over SSH saw every row of
    its 165 wrap through the next (eyes40)."""
    if not rows:
        print(empty)
        return
    cols = list(columns or rows[0].keys())
    shown = [(headers or {}).get(c, c) for c in cols]
    cells = [[_flat(row.get(c)) for c in cols] for row in rows]
    widths = [max([len(h), *(len(line[i]) for line in cells)]) for i, h in enumerate(shown)]
    lines_of = [[[v] for v in line] for line in cells]
    out = [printable(title)] if title else []
    total = sum(widths) + GAP * (len(widths) - 1)
    if width is not None and total > width:
        widest = max(range(len(cols)), key=lambda i: widths[i])
        room = max(width - (total - widths[widest]), len(shown[widest]), 8)
        widths[widest] = room
        for line in lines_of:
            line[widest] = wrapped(line[widest][0], room)
    if title and width is not None and len(title) > width:
        out = wrapped(printable(title), width)
    gap = " " * GAP
    out.append(gap.join(c.ljust(w) for c, w in zip(shown, widths, strict=True)).rstrip())
    out.append(gap.join("-" * w for w in widths))
    for line in lines_of:
        for k in range(max(len(parts) for parts in line)):
            parts = [p[k] if k < len(p) else "" for p in line]
            out.append(gap.join(v.ljust(w) for v, w in zip(parts, widths, strict=True)).rstrip())
    print("\n".join(out))

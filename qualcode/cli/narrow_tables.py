"""How `agree` and `audit` lay out their tables on a narrow terminal.

At their natural width `audit`'s table was 165 columns and `agree`'s per-code table 112, so
a lead reading them over SSH at 80 saw every row wrap through the next (eyes40). On a
terminal too narrow for them they print shorter column names (a legend says what each
stands for), an interval as ``0.617–0.806`` and a time to the second, and wrap their
widest column; ``--wide`` keeps the natural layout, and ``--format csv/json`` is never
touched: every figure a methods section cites is in the narrow table as it is in them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from qualcode.cli.output import Format, emit, table_width, wrapped

Rows = list[dict[str, Any]]

AGREE_HEADERS = {
    "percent": "agree",
    "alpha_ci": "95% CI",
    "brennan_prediger": "B-P",
    "unitizing_alpha": "u-alpha",
    "alpha_without": "alpha w/o",
}
AGREE_LEGEND = (
    "agree: percent agreement (as a proportion); 95% CI: alpha's bootstrap interval; "
    "B-P: Brennan-Prediger; u-alpha: unitizing alpha; alpha w/o: alpha among the other "
    "coders without her (--wide: the full names, --format csv or json: every field)"
)
AUDIT_HEADERS = {"at": "at (UTC)"}


def too_wide(tables: Sequence[tuple[Rows, Sequence[str]]], width: int | None) -> bool:
    """Whether any of ``tables`` (rows, columns) is wider than ``width`` at its natural
    width; never where the width is unknown (a pipe keeps whole rows). On a terminal a
    table is drawn in a frame, a line between columns and a space each side of a cell."""
    if width is None:
        return False
    framed = sys.stdout.isatty()
    return any(
        table_width(rows, cols) + (len(cols) + 3 if framed else 0) > width for rows, cols in tables
    )


def emit_agree_tables(tables: Sequence[tuple[str, Rows, Sequence[str]]], width: int | None) -> None:
    """``agree``'s tables (title, rows, columns): at their natural width where they fit,
    else all of them in the narrow layout, with the legend after the last."""
    narrow = too_wide([(rows, cols) for _, rows, cols in tables], width)
    for title, rows, cols in tables:
        if not narrow:
            emit(rows, Format.table, columns=cols, title=title)
            continue
        short = [{**r, "alpha_ci": _interval(r.get("alpha_ci"))} for r in rows]
        emit(short, Format.table, columns=cols, title=title, headers=AGREE_HEADERS, width=width)
    if narrow and width is not None:
        print()
        print(fitted(AGREE_LEGEND, width))


def emit_audit_table(rows: Rows, columns: Sequence[str], width: int | None) -> None:
    """``audit``'s table: natural where it fits, else its times to the second in UTC and
    the payload wrapped to the terminal."""
    if not too_wide([(rows, columns)], width):
        emit(rows, Format.table, columns=columns, empty="no entries")
        return
    short = [{**r, "at": _second(r.get("at"))} for r in rows]
    emit(
        short,
        Format.table,
        columns=columns,
        empty="no entries",
        headers=AUDIT_HEADERS,
        width=width,
    )


def fitted(text: str, width: int | None) -> str:
    """A line of prose above the tables, wrapped to ``width`` where it is known."""
    return text if width is None else "\n".join(wrapped(text, width))


def _interval(value: object) -> object:
    """'0.617 to 0.806' as '0.617–0.806'; 'no interval' or none as they are."""
    return value.replace(" to ", "–") if isinstance(value, str) else value


def _second(value: object) -> object:
    """An ISO time in UTC to the second ('2026-12-04 23:00:22'); any other as it is."""
    if isinstance(value, str) and value.endswith("+00:00") and len(value) >= 19:
        return value[:19].replace("T", " ")
    return value


__all__ = ["emit_agree_tables", "emit_audit_table"]

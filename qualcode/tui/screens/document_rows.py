"""The documents list's rows: one document with my status and progress (and, for a lead,
how many coders finished it), the filter's test of a row, and the filter box's example;
kept apart so the screen's module stays about showing them."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from qualcode.model import Coding, DocumentSummary
from qualcode.tui.catalog import attribute_aliases

FRONT = ("municipality", "kommun", "role", "roll")  # attributes shown next to the name
ALIASES = attribute_aliases()


@dataclass(frozen=True, slots=True)
class Row:
    doc: DocumentSummary
    status: str
    codings: int
    coded_units: int
    units: int
    team: str = ""  # a lead's: how many of the coders marked it done ("2/3")

    def share(self) -> str:
        return f"{100 * self.coded_units / self.units:.0f}%" if self.units else "–"


def row_cells(
    row: Row,
    front: list[str],
    keys: list[str],
    t: Callable[..., str],
    lead: bool,
    own: bool,
) -> list[str]:
    """One document's cells in the list's columns' order, as plain text: her own status,
    codings and progress when ``own``, how many coders finished it for a ``lead``."""
    mine = (t(f"status.{row.status}"), str(row.codings), row.share() if row.codings else "")
    return [
        row.doc.name,
        *(row.doc.attributes.get(k, "") for k in front),
        *(mine if own else ()),
        *([row.team] if lead else []),
        f"{row.doc.words:,}".replace(",", "\u202f"),
        row.doc.lang,
        *(row.doc.attributes.get(k, "") for k in keys),
    ]


def matches(row: Row, needle: str, status_label: str) -> bool:
    """Every word of the filter must match: ``key=value`` an attribute, else any cell.

    Keys and values compare without case, values by substring (``municipality=åb``);
    ``lang`` and ``status`` work as keys too, and a named attribute's heading in either
    language (``kommun=åb``, ``role`` as ``roll``).
    """
    fields = {k.casefold(): v.casefold() for k, v in row.doc.attributes.items()}
    for alias, key in ALIASES.items():  # kommun=Åby, as the column is headed in Swedish
        if key in fields:
            fields.setdefault(alias, fields[key])
    fields.setdefault("lang", row.doc.lang)
    fields.setdefault("status", f"{row.status} {status_label}".casefold())
    cells = " ".join([row.doc.name.casefold(), *fields.values()])
    for word in needle.casefold().split():
        key, eq, value = word.partition("=")
        if eq and key:
            if value not in fields.get(key, "\0"):
                return False
        elif word not in cells:
            return False
    return True


def filter_example(
    docs: list[DocumentSummary], named: Callable[[str], str] = lambda key: key
) -> str:
    """A ``key=value`` for the filter box's hint from this project's own documents
    ("municipality=Ashbourne"): the Swedish "municipality=Åby" in a UK team's English
    study read as an example from someone else's project (eyes7). The key as ``named``
    gives it, the column's heading the filter also takes: the Swedish list headed "Kommun"
    offered "municipality=Åby" (eyes42)."""
    for key in (*FRONT, *sorted({k for d in docs for k in d.attributes})):
        for doc in docs:
            words = str(doc.attributes.get(key) or "").split()
            if words:  # the filter matches a value's start: its first word is enough
                return f"{named(key)}={words[0]}"
    return f"lang={docs[0].lang if docs else 'en'}"


def coded_units(units: list[tuple[int, int]], codings: list[Coding]) -> int:
    """Units that one of the codings overlaps (codings sorted by start)."""
    starts = [c.start for c in codings]
    ends_before: list[int] = []
    reach = 0
    for c in codings:  # the furthest end among codings starting at or before each one
        reach = max(reach, c.end)
        ends_before.append(reach)
    count = 0
    for start, end in units:
        i = bisect.bisect_left(starts, end) - 1  # last coding starting before the unit ends
        if i >= 0 and ends_before[i] > start:
            count += 1
    return count

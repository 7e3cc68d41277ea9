"""The numbers and bullets a browser draws before a page's list items.

A page's ``<ol>`` is numbered by the browser, never in its text, and ``<ul>`` bulleted:
read as text only, a plan published as a web page (or a part Word inserted as HTML) came
in with its numbered goals as bare sentences, as Word's and LibreOffice's lists did
(``docx_lists``, ``odt_lists``). Here each item gets its label: "•", or its number in the
list's ``type`` (1, a, A, i, I) counted from ``start`` (an item's ``value`` resets it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qualcode.ingest.docx_lists import formatted

__all__ = ["ListCounter"]

_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman"}
_TYPES["I"] = "upperRoman"


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass
class ListCounter:
    """The lists open on a page, innermost last: (depth of its element, numbered, type,
    the count so far)."""

    open: list[tuple[int, bool, str, int]] = field(default_factory=list)

    def start(self, depth: int, tag: str, attrs: dict[str, str | None]) -> None:
        """An ``<ol>`` or ``<ul>`` opened at ``depth`` among the page's open elements."""
        numbered = tag == "ol"
        first = _number(attrs.get("start")) if numbered else None
        kind = _TYPES.get(attrs.get("type") or "1", "decimal")
        self.open.append((depth, numbered, kind, (first if first is not None else 1) - 1))

    def close(self, depth: int) -> None:
        """The elements from ``depth`` on closed: the lists among them end."""
        while self.open and self.open[-1][0] >= depth:
            self.open.pop()

    def label(self, attrs: dict[str, str | None]) -> str:
        """The label of an ``<li>`` in the innermost list, counted ("" outside a list)."""
        if not self.open:
            return ""
        depth, numbered, kind, count = self.open[-1]
        if not numbered:
            return "•"
        given = _number(attrs.get("value"))
        count = given if given is not None else count + 1
        self.open[-1] = (depth, numbered, kind, count)
        return f"{formatted(kind, count)}."

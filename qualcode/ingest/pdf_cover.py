"""Text a PDF page hides under a dark box: a redaction that blacks a name out but leaves it.

A researcher pseudonymising a transcript often draws black rectangles over names (in Word
or a PDF editor) and exports it: the reader sees the boxes, but the words are still in the
page's text, and a text extractor reads them as if nothing covered them. Imported, the
hidden name would stand in the project and in every export. Likewise a redaction marked
in a PDF editor and never applied (a /Redact annotation) leaves the text as it was. The
page is watched as pypdf reads it: filled rectangles in a dark colour painted after a run
of text and over it, or under it when the letters are dark too (a black highlight in
Word prints a black box, then black letters on it), and dark filled or redaction
annotations, which always lie on top.
What is found is counted, never quoted: the covered words are the secret.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

DARK = 0.3  # luminance (0 black .. 1 white) at or under which a filled box reads as a blackout
FILLS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}  # the operators that fill a path
ENDS = {b"n", b"S", b"s"}  # a path ended without filling it: its rectangles cover nothing
SHOWS = {b"Tj", b"TJ", b"'", b'"'}  # the operators that show text
ADVANCE = 0.5  # a glyph's width as a share of the font size, for a run's extent
HIDING = 0.6  # the share of a run's height a box must lie over to hide its letters


@dataclass(slots=True)
class _Box:
    left: float
    bottom: float
    right: float
    top: float

    def hides(self, run: _Box) -> bool:
        """Whether this box lies over most of a run's height along some of its length: a
        blackout covers the letters; a rule under a heading or a table's line does not."""
        high = min(self.top, run.top) - max(self.bottom, run.bottom)
        wide = min(self.right, run.right) - max(self.left, run.left)
        return high >= HIDING * (run.top - run.bottom) and wide > 0


@dataclass(slots=True)
class PageWatch:
    """Collects, as pypdf reads one page, its runs of text and the dark boxes painted after
    them; ``covered()`` then counts the runs a later box lies over."""

    runs: list[tuple[int, _Box, bool]] = field(default_factory=list)  # step, where, dark
    boxes: list[tuple[int, _Box]] = field(default_factory=list)
    fill: list[float] = field(default_factory=lambda: [0.0])  # luminance; PDF starts black
    pending: list[_Box] = field(default_factory=list)
    step: int = 0
    shown: float | None = None  # the lightest fill text was shown in since the last run

    def operator(self, op: bytes, args: Sequence[Any], cm: Sequence[float], _tm: object) -> None:
        """pypdf's ``visitor_operand_before``: fill colours, rectangles and fills."""
        self.step += 1
        if op == b"q":
            self.fill.append(self.fill[-1])
        elif op == b"Q" and len(self.fill) > 1:
            self.fill.pop()
        elif op in (b"g", b"rg", b"k", b"sc", b"scn") and args:
            shade = _luminance(args)
            if shade is not None:
                self.fill[-1] = shade
        elif op == b"re" and len(args) == 4:
            box = _rectangle([_number(a) for a in args], cm)
            if box is not None:
                self.pending.append(box)
        elif op in FILLS:
            if self.fill[-1] <= DARK:
                self.boxes.extend((self.step, box) for box in self.pending)
            self.pending.clear()
        elif op in ENDS:
            self.pending.clear()
        elif op in SHOWS:
            self.shown = max(self.shown or 0.0, self.fill[-1])

    def text(
        self, text: str, cm: Sequence[float], tm: Sequence[float], _font: object, size: float
    ) -> None:
        """pypdf's ``visitor_text``: where a run of text stands on the page, roughly."""
        if not text.strip():
            return
        self.step += 1
        scale_x = abs(tm[0] * cm[0]) or 1.0
        scale_y = abs(tm[3] * cm[3]) or 1.0
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        height = float(size or 1) * scale_y
        width = len(text.rstrip()) * float(size or 1) * ADVANCE * scale_x
        dark = self.shown is not None and self.shown <= DARK
        self.shown = None
        self.runs.append((self.step, _Box(x, y - 0.2 * height, x + width, y + 0.8 * height), dark))

    def annotations(self, annots: object) -> None:
        """Dark filled annotations and redactions marked but never applied: on top of all."""
        for annot in _objects(annots):
            kind = annot.get("/Subtype")
            rect = annot.get("/Rect")
            if rect is None or len(rect) != 4:
                continue
            colour = annot.get("/IC")
            shade = _luminance(list(colour)) if isinstance(colour, list) and colour else None
            dark = shade is not None and shade <= DARK
            if kind == "/Redact" or dark:
                left, bottom, right, top = (_number(v) for v in rect)
                box = _Box(min(left, right), min(bottom, top), max(left, right), max(bottom, top))
                self.boxes.append((self.step + 1, box))

    def covered(self) -> int:
        """How many runs of text a dark box lies over: painted after them, or before them
        when the letters are dark too (black on black, as Word's black highlight prints)."""
        return sum(
            1
            for at, run, dark in self.runs
            if any((later > at or dark) and box.hides(run) for later, box in self.boxes)
        )


def _objects(annots: object) -> list[Any]:
    """The page's annotations as dictionaries (references resolved, oddities skipped)."""
    items = annots.get_object() if hasattr(annots, "get_object") else annots
    if not isinstance(items, list):
        return []
    found = []
    for item in items:
        annot = item.get_object() if hasattr(item, "get_object") else item
        if hasattr(annot, "get"):
            found.append(annot)
    return found


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _luminance(args: Sequence[Any]) -> float | None:
    """How light a fill colour is (0 black, 1 white), from gray, RGB or CMYK operands; None
    for a pattern or anything else not a plain colour."""
    values = [_number(a) for a in args if not isinstance(a, str)]
    if len(values) != len(args):
        return None
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(values) == 4:
        c, m, y, k = values
        return 0.299 * (1 - c) * (1 - k) + 0.587 * (1 - m) * (1 - k) + 0.114 * (1 - y) * (1 - k)
    return None


def _rectangle(values: list[float], cm: Sequence[float]) -> _Box | None:
    """A rectangle's corners in page space (the current transformation applied)."""
    x, y, w, h = values
    corners = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    xs = [px * cm[0] + py * cm[2] + cm[4] for px, py in corners]
    ys = [px * cm[1] + py * cm[3] + cm[5] for px, py in corners]
    box = _Box(min(xs), min(ys), max(xs), max(ys))
    return box if box.right > box.left and box.top > box.bottom else None

"""The transcript view: only visible lines are rendered (Textual's Line API).

Wrapping is computed once per width and cached as (start, end) offsets into the stored
text, so painting a line and mapping the screen to character offsets are both cheap on a
50,000-word transcript. Codings are backgrounds in their code's colour plus short labels in
a gutter, so colour is never the only signal.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

GUTTER = 7


@dataclass(frozen=True, slots=True)
class Mark:
    """A coloured range: a coding or a suggestion."""

    start: int
    end: int
    label: str
    color: str
    suggestion: bool = False


class TranscriptView(ScrollView, can_focus=True):
    """Shows one document's text with codings, suggestions, a unit cursor and a selection."""

    class CursorMoved(Message):
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end
            super().__init__()

    def __init__(
        self,
        text: str,
        units: Sequence[tuple[int, int]],
        speakers: Sequence[tuple[int, int, str]],
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.text = text
        self.units = list(units) or [(0, len(text))]
        self.speakers = list(speakers)  # (label start, label end, speaker)
        self.marks: list[Mark] = []
        self.cursor = 0
        self.anchor = 0
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._width = 0

    # -- layout ---------------------------------------------------------------------------

    def _wrap(self, width: int) -> None:
        if width == self._width and self._lines:
            return
        self._width = width
        usable = max(10, width - GUTTER - 1)
        lines: list[tuple[int, int]] = []
        pos = 0
        for paragraph in self.text.split("\n"):
            end_par = pos + len(paragraph)
            start = pos
            while end_par - start > usable:
                cut = self.text.rfind(" ", start, start + usable)
                cut = cut + 1 if cut > start else start + usable
                lines.append((start, cut))
                start = cut
            lines.append((start, end_par))
            pos = end_par + 1
        self._lines = lines
        self._line_starts = [s for s, _ in lines]
        self.virtual_size = Size(width, len(lines))

    def on_resize(self) -> None:
        self._wrap(self.size.width)
        self.refresh()

    def line_of(self, offset: int) -> int:
        self._wrap(self.size.width or 80)
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def offset_at(self, x: int, y: int) -> int:
        """The character offset under a screen position (for the mouse)."""
        row = int(self.scroll_offset.y) + y
        if not self._lines:
            return 0
        start, end = self._lines[min(max(row, 0), len(self._lines) - 1)]
        return min(end, start + max(0, x - GUTTER - 1))

    # -- state ------------------------------------------------------------------------------

    @property
    def selection(self) -> tuple[int, int]:
        first, last = sorted((self.anchor, self.cursor))
        return self.units[first][0], self.units[last][1]

    def set_marks(self, marks: Sequence[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.refresh()

    def move(self, delta: int, extend: bool = False) -> None:
        self.cursor = min(max(self.cursor + delta, 0), len(self.units) - 1)
        if not extend:
            self.anchor = self.cursor
        self._after_move()

    def move_to_offset(self, offset: int, extend: bool = False) -> None:
        starts = [s for s, _ in self.units]
        self.cursor = max(0, bisect.bisect_right(starts, offset) - 1)
        if not extend:
            self.anchor = self.cursor
        self._after_move()

    def _after_move(self) -> None:
        start, end = self.selection
        line = self.line_of(self.units[self.cursor][0])
        height = self.size.height or 20
        top = int(self.scroll_offset.y)
        if line < top or line >= top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False)
        self.refresh()
        self.post_message(self.CursorMoved(start, end))

    def on_click(self, event: object) -> None:
        x, y = getattr(event, "x", 0), getattr(event, "y", 0)
        self.move_to_offset(self.offset_at(x, y), extend=bool(getattr(event, "shift", False)))

    # -- painting ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._wrap(self.size.width)
        row = int(self.scroll_offset.y) + y
        if row >= len(self._lines):
            return Strip.blank(self.size.width)
        start, end = self._lines[row]
        sel_start, sel_end = self.selection
        marks = [m for m in self.marks if m.start < max(end, start + 1) and m.end > start]
        labels = " ".join(dict.fromkeys(m.label for m in marks))[: GUTTER - 1]
        segments = [Segment(f"{labels:<{GUTTER - 1}}│", Style(dim=True))]
        speaker = next((s for s in self.speakers if start <= s[0] < max(end, start + 1)), None)
        pos = start
        while pos < end:
            nxt = end
            for boundary in (
                sel_start,
                sel_end,
                *(m.start for m in marks),
                *(m.end for m in marks),
                *(speaker[:2] if speaker else ()),
            ):
                if pos < boundary < nxt:
                    nxt = boundary
            segments.append(
                Segment(self.text[pos:nxt], self._style(pos, marks, sel_start, sel_end, speaker))
            )
            pos = nxt
        strip = Strip(segments)
        return strip.extend_cell_length(self.size.width).crop(0, self.size.width)

    def _style(
        self,
        pos: int,
        marks: list[Mark],
        sel_start: int,
        sel_end: int,
        speaker: tuple[int, int, str] | None,
    ) -> Style:
        style = Style()
        if speaker and speaker[0] <= pos < speaker[1]:
            style += Style(bold=True, color="cyan")
        for mark in marks:
            if mark.start <= pos < mark.end:
                style += (
                    Style(underline=True, color=mark.color)
                    if mark.suggestion
                    else Style(bgcolor=mark.color, color="black")
                )
        if sel_start <= pos < sel_end and self.has_focus:
            style += Style(reverse=True)
        return style

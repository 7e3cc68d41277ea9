"""The transcript view: only visible lines are rendered (Textual's Line API).

Wrapping is computed once per width and cached as (start, end) offsets into the stored
text, so painting a line and mapping the screen to character offsets are both cheap on a
50,000-word transcript. Codings are backgrounds in their code's colour plus short labels in
a gutter, so colour is never the only signal.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.events import MouseDown, MouseMove, MouseUp
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from qualcode.project.layout import starts_own
from qualcode.tui.safe import plain
from qualcode.tui.widgets.gutter import gutter_label
from qualcode.tui.widgets.transcript_rows import (
    TAB,
    cell_style,
    keep_place,
    offset_in_row,
    row_pieces,
    wrap_rows,
)
from qualcode.tui.widgets.turn_times import TIME_CELLS

GUTTER = 10  # a short code name (the part that tells codes apart) and a rule
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Mark:
    """A coloured range: a coding or a suggestion."""

    start: int
    end: int
    label: str
    color: str
    suggestion: bool = False
    memo: bool = False  # a memo on a passage: a margin label only, the text unmarked


class TranscriptView(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one document's text with codings, suggestions, a unit cursor and a selection.

    Of the scrolling keys it keeps only the page keys: the arrows, Home and End are the
    coding screen's (sentence by sentence, first and last sentence). Inherited, they
    answered first wherever the transcript was long enough to scroll: ↓ scrolled a line
    while the cursor stayed, Home showed the start while the next ``j`` went on from the
    middle (eyes37); a short transcript, which cannot scroll, let them through."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
    ]

    class CursorMoved(Message):
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end
            super().__init__()

    def __init__(
        self,
        text: str,
        units: Sequence[tuple[int, int]],
        speakers: Sequence[tuple[int, int, str]],
        turn_starts: Sequence[int] = (),
        *,
        clocks: Mapping[int, str] | None = None,
        soft_lines: bool = False,
        line_parts: Callable[[str, str], bool] = starts_own,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.text = text
        # a PDF's text keeps its page's line ends inside a paragraph (the stored text is
        # never changed): they are wrapped over as spaces, or every line of the page stood
        # ragged at half the screen's width between full ones
        self.soft_lines = soft_lines
        self.line_parts = line_parts
        self.units = list(units) or [(0, len(text))]
        # the turn each unit belongs to: a unit-wise selection never spans two speakers
        starts = sorted(turn_starts)
        self.unit_turn = [bisect.bisect_right(starts, s) for s, _ in self.units]
        self.speakers = sorted(speakers)  # (label start, label end, speaker)
        # a timed turn's time at the right of its first row (turn_times.turn_clocks)
        self.clocks = dict(clocks or {})
        self._clock_cells = TIME_CELLS if self.clocks else 0
        self._speaker_starts = [s[0] for s in self.speakers]
        self._unit_starts = [s for s, _ in self.units]
        self.marks: list[Mark] = []
        self._mark_starts: list[int] = []
        # per wrapped line: the marks on it and its gutter labels, so a repaint after a
        # cursor move looks nothing up again (cleared when the marks or the width change)
        self._line_marks: dict[int, tuple[list[Mark], str]] = {}
        self.cursor = 0
        # the unit the selection started from (not `anchor`: that is a Widget method)
        self.anchor_unit = 0
        # an exact character range (from word keys or the mouse) overrides the unit range
        self.exact: tuple[int, int] | None = None
        self._drag: int | None = None
        self._dragged = False
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._width = 0
        self._kept_top: int | None = None  # see _wrap and on_resize

    # -- layout ---------------------------------------------------------------------------

    def _wrap(self, width: int) -> None:
        if width == self._width and self._lines:
            return
        if self._lines:  # the first character on the top row, for on_resize to keep there
            self._kept_top = self._lines[min(int(self.scroll_offset.y), len(self._lines) - 1)][0]
        self._width = width
        usable = max(10, width - GUTTER - self._clock_cells)
        speaker_lines = set(self._speaker_starts)
        lines = wrap_rows(self.text, usable, self.soft_lines, speaker_lines, self.line_parts)
        self._lines = lines
        self._line_starts = [s for s, _ in lines]
        self._line_marks = {}
        self.virtual_size = Size(width, len(lines))

    @property
    def _text_width(self) -> int:
        """Cells left for gutter and text once the vertical scrollbar has its share."""
        return self.scrollable_content_region.width

    def on_resize(self) -> None:
        """Wrap again for the new width and keep the place: the text that was at the top
        stays there, and the selection stays in view. The scroll offset counts wrapped
        rows, so kept as it was it showed other text: a terminal narrowed from 120 to 80
        columns showed the start while the selection stayed below, out of view (eyes39)."""
        self._wrap(self._text_width)
        top, self._kept_top = self._kept_top, None
        if top is not None:
            row = keep_place(self.line_of, top, self.units[self.cursor], self.size.height or 20)
            self.scroll_to(y=row, animate=False, immediate=True)
        self.refresh()

    def line_of(self, offset: int) -> int:
        self._wrap(self._text_width or 80)
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def offset_at(self, x: int, y: int) -> int:
        """The character offset under a screen cell, through the wrap cache (for the mouse).

        The text starts right after the gutter (GUTTER cells); a cell past the end of a
        line maps to the line's end, a row above or below the text to its first or last line.
        """
        self._wrap(self._text_width or 80)
        row = int(self.scroll_offset.y) + y
        if not self._lines:
            return 0
        start, end = self._lines[min(max(row, 0), len(self._lines) - 1)]
        return offset_in_row(self.text, start, end, x - GUTTER)

    # -- state ------------------------------------------------------------------------------

    @property
    def selection(self) -> tuple[int, int]:
        if self.exact is not None:
            return self.exact
        first, last = sorted((self.anchor_unit, self.cursor))
        return self.units[first][0], self.units[last][1]

    def select(self, start: int, end: int) -> None:
        """Select exactly ``[start, end)``; the unit cursor follows the end."""
        before = self.selection
        start, end = sorted((max(0, start), min(len(self.text), end)))
        self.exact = (start, end)
        self.cursor = self.unit_at(max(start, end - 1))
        self._after_move(before)

    def extend_word(self, delta: int, edge: str = "end") -> None:
        """Move one edge of the selection by a word: forward (+1) or back (-1).

        The end moves to the end of the next (previous) word, the start to the start of
        one, so a selection always begins and ends on word boundaries.
        """
        start, end = self.selection
        if edge == "end":
            if delta > 0:
                found = WORD.search(self.text, end)
                end = found.end() if found else end
            else:  # the end of a whole word before the end (a search from end - 1 cut one)
                ends = [m.end() for m in WORD.finditer(self.text, start, end) if m.end() < end]
                end = ends[-1] if ends else end
        elif delta < 0:
            starts = [m.start() for m in WORD.finditer(self.text, max(0, start - 200), start)]
            start = starts[-1] if starts else start
        else:  # past the word the start is in, not into it ("rinciples")
            here = WORD.match(self.text, start)
            found = WORD.search(self.text, here.end() if here else start, end)
            start = found.start() if found else start
        if end > start:
            self.select(start, end)

    def unit_at(self, offset: int) -> int:
        """The index of the unit holding ``offset`` (the one before it, between units)."""
        return max(0, bisect.bisect_right(self._unit_starts, offset) - 1)

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Show new marks, repainting only the lines of those that came or went (a coding
        key changes one passage, not the screen)."""
        changed = set(self.marks).symmetric_difference(marks)
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self._mark_starts = [m.start for m in self.marks]
        if not self._lines or not self.size.height:
            self._line_marks = {}
            self.refresh()
            return
        top, height = int(self.scroll_offset.y), self.size.height
        for mark in changed:
            first = self.line_of(mark.start)
            last = self.line_of(max(mark.start, mark.end - 1))
            for row in range(first, last + 1):
                self._line_marks.pop(row, None)
            first, last = max(first, top), min(last, top + height - 1)
            if first <= last:
                self.refresh_lines(first, last - first + 1)

    def _marks_on(self, row: int) -> tuple[list[Mark], str]:
        """The marks touching wrapped line ``row`` and its gutter text, cached per line."""
        found = self._line_marks.get(row)
        if found is None:
            start, end = self._lines[row]
            stop = bisect.bisect_left(self._mark_starts, max(end, start + 1))
            marks = [m for m in self.marks[:stop] if m.end > start]
            labels = gutter_label(list(dict.fromkeys(m.label for m in marks)), GUTTER - 1)
            found = self._line_marks[row] = (marks, labels)
        return found

    def _speaker_on(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The speaker label starting on the line ``[start, end)``, if any (by bisection)."""
        i = bisect.bisect_left(self._speaker_starts, start)
        if i < len(self.speakers) and self.speakers[i][0] < max(end, start + 1):
            return self.speakers[i]
        return None

    def move(self, delta: int, extend: bool = False) -> bool:
        """Move the cursor by ``delta`` units; extending stops at the anchor's turn.

        Returns False when an extension was stopped at the end of the turn (the interviewer's
        timestamp and name must not slip into a quote); only the mouse selects across turns.
        """
        before = self.selection
        self.exact = None
        target = min(max(self.cursor + delta, 0), len(self.units) - 1)
        stopped = False
        if extend:
            turn = self.unit_turn[self.anchor_unit]
            while target != self.cursor and self.unit_turn[target] != turn:
                target -= 1 if delta > 0 else -1
                stopped = True
        self.cursor = target
        if not extend:
            self.anchor_unit = self.cursor
        self._after_move(before)
        return not stopped

    def select_turn(self) -> None:
        """Select every sentence of the turn the cursor is in (a speaker's answer, or a
        paragraph of a text without speakers), as far as ``move`` could extend: the
        commonest passage an interview study codes, one key rather than a J per sentence."""
        before = self.selection
        self.exact = None
        turn = self.unit_turn[self.cursor]
        first = bisect.bisect_left(self.unit_turn, turn)
        self.anchor_unit = first
        self.cursor = bisect.bisect_right(self.unit_turn, turn) - 1
        self._after_move(before)

    def move_to_offset(self, offset: int, extend: bool = False) -> None:
        before = self.selection
        self.exact = None
        self.cursor = self.unit_at(offset)
        if not extend:
            self.anchor_unit = self.cursor
        self._after_move(before)

    def _after_move(self, before: tuple[int, int] | None = None) -> None:
        """Scroll the cursor into view, then repaint only the lines whose selection changed
        (the old selection's and the new one's); a scroll repaints the whole view."""
        self._kept_top = None  # a place kept by a rewrap no resize followed is old now
        start, end = self.selection
        unit_start, unit_end = self.units[self.cursor]
        line = self.line_of(unit_start)
        last = self.line_of(max(unit_start, unit_end - 1))
        height = self.size.height or 20
        top = int(self.scroll_offset.y)
        if line < top or line >= top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False)
            self.refresh()
        elif last >= top + height:
            # the sentence runs past the foot: scrolled up until it ends in view (its start
            # stays), else `n` showed a suggestion's first line only, the rest below (eyes6)
            self.scroll_to(y=min(line, last - height + 1), animate=False)
            self.refresh()
        elif before is None:
            self.refresh()
        elif before != (start, end):
            for lo, hi in (before, (start, end)):
                first = self.line_of(lo)
                last = self.line_of(max(lo, hi - 1))
                # only what is on screen needs painting
                first, last = max(first, top), min(last, top + height - 1)
                if first <= last:
                    self.refresh_lines(first, last - first + 1)
        self.post_message(self.CursorMoved(start, end))

    # -- the mouse: a click picks a unit, a drag selects exact characters ------------------

    def on_mouse_down(self, event: MouseDown) -> None:
        if event.button == 1:
            self._drag, self._dragged = self.offset_at(event.x, event.y), False
            self.capture_mouse()

    def on_mouse_move(self, event: MouseMove) -> None:
        if self._drag is not None:
            here = self.offset_at(event.x, event.y)
            if here != self._drag:
                self._dragged = True
                self.select(self._drag, here)

    def on_mouse_up(self, event: MouseUp) -> None:
        if self._drag is None:
            return
        here, self._drag = self.offset_at(event.x, event.y), None
        self.capture_mouse(False)
        if not self._dragged:
            self.move_to_offset(here, extend=event.shift)

    # -- painting ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._text_width
        self._wrap(width)
        row = int(self.scroll_offset.y) + y
        base = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[row]
        sel_start, sel_end = self.selection
        marks, labels = self._marks_on(row)
        # a code named in wide characters ("信任") fills the gutter's cells, not its count
        segments = [Segment(set_cell_size(labels, GUTTER - 1) + "│", Style(dim=True))]
        speaker = self._speaker_on(start, end)
        focused = self.has_focus
        breaks = [sel_start, sel_end, *(m.start for m in marks), *(m.end for m in marks)]
        for pos, nxt in row_pieces(
            self.text, start, end, breaks + list(speaker[:2] if speaker else ())
        ):
            segments.append(
                Segment(
                    plain(self.text[pos:nxt]).replace("\t", TAB).replace("\n", " "),
                    cell_style(pos, marks, sel_start, sel_end, speaker, focused),
                )
            )
        # the widget's own colours (from the theme) under every segment, so light and dark
        # themes both work; marks and the selection are drawn over them
        strip = Strip(segments).apply_style(base)
        if self._clock_cells and width > GUTTER + 10 + self._clock_cells:
            text_cells = width - self._clock_cells
            strip = strip.extend_cell_length(text_cells, base).crop(0, text_cells)
            at = self.clocks.get(start, "") if end > start else ""
            time = Strip([Segment(f"{at:>{self._clock_cells}}", Style(dim=True))])
            strip = Strip.join([strip, time.apply_style(base)])
        return strip.extend_cell_length(width, base).crop(0, width)

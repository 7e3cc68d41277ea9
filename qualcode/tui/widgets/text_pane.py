"""A pane of markup text that scrolls by itself and never changes the screen's layout.

The coding screen's sidebar shows the definition of the code under the cursor, its
suggestion and the memos; they change on many key presses. A ``Static`` of automatic
height re-lays-out the whole screen on every change, which was most of a coding key's cost
on a long transcript (about 100 ms). This pane has a fixed size from the layout and draws
its text line by line (Textual's Line API), wrapped once per text and width, so a change
only repaints the pane.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class TextPane(ScrollView):
    """Shows Textual/Rich markup, wrapped to its width, scrolled by wheel or scrollbar."""

    class Filled(Message):
        """The pane's text was laid out: ``free`` rows under what must stay in view (the
        whole text, or its first ``keep`` characters: the rest is reference) are left to
        cover (the coding screen puts its notes there, where they hide nothing, eyes37b)."""

        def __init__(self, pane: TextPane, free: int) -> None:
            super().__init__()
            self.pane = pane
            self.free = free

        @property
        def control(self) -> TextPane:
            return self.pane

    DEFAULT_CSS = """
    TextPane {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: scroll;  /* a scrollbar that comes and goes would re-lay-out the screen */
    }
    """

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.markup = ""
        self._keep: int | None = None
        self._strips: list[Strip] = []
        self._width = -1

    def update(self, markup: str, keep: int | None = None) -> None:
        """New text: wrapped now (or when the width is known), the pane repainted.
        ``keep``: how many characters of it, whole lines, must stay in view; what follows
        (a code's definition, below its evidence and memos) may be covered by a note."""
        if markup == self.markup and keep == self._keep:
            return
        self.markup, self._keep = markup, keep
        self._width = -1
        self.scroll_to(y=0, animate=False)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        console: Console = self.app.console
        options = console.options.update_width(width)
        text = _rich_text(self.markup) if self.markup else Text()
        lines = console.render_lines(text, options, pad=False)
        self._strips = [Strip(line) for line in lines] if self.markup else []
        # the pane's own size does not depend on its text: set the scrolled size without
        # the re-layout of the whole screen that assigning ``virtual_size`` asks for
        self.set_reactive(TextPane.virtual_size, Size(width, len(self._strips)))
        self._scroll_update(self.virtual_size)
        needed = len(self._strips)
        if self._keep is not None and 0 < self._keep < len(self.markup):
            head = _rich_text(self.markup[: self._keep].rstrip("\n"))
            needed = min(needed, len(console.render_lines(head, options, pad=False)))
        self.post_message(self.Filled(self, max(self.size.height - needed, 0)))

    def on_resize(self) -> None:
        self._width = -1
        self._lay_out()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        self._lay_out()
        width = self.scrollable_content_region.width
        row = int(self.scroll_offset.y) + y
        style = self.rich_style
        if row >= len(self._strips):
            return Strip.blank(width, style)
        strip = self._strips[row].apply_style(style)
        return strip.extend_cell_length(width, style).crop(0, width)


def _rich_text(markup: str) -> Text:
    """``markup`` read as Textual reads it, as Rich ``Text`` to wrap. Names and memos in it
    are escaped for Textual (tui/safe.markup), whose escapes Rich reads otherwise: in Rich a
    definition holding a backslash before '[/i]' closed a tag never opened and stopped the
    TUI (MarkupError), and one before '[@click=app.quit]' made a live action."""
    content = Content.from_markup(markup)
    text = Text(content.plain)
    for span in content.spans:
        style = span.style if isinstance(span.style, str) else span.style.rich_style
        text.stylize(style, span.start, span.end)
    return text

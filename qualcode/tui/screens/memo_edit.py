"""A multi-line memo editor: a memo is often a paragraph of analysis, not one line.

Ctrl+S keeps the text and Esc drops it; the memos already on the same passage are shown
above, so a coder adds to the thread instead of repeating it. Returns the text through
``dismiss``; the caller writes it through ``Project``.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, Static, TextArea

from qualcode.tui.keys import localize_bindings
from qualcode.tui.safe import filled, plain
from qualcode.tui.screens.base import QualcodeModal


class MemoEditor(QualcodeModal[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="memo.save"),
        Binding("escape", "cancel", "Cancel", id="memo.cancel"),
    ]

    def __init__(self, title: str, text: str = "", shown: list[str] | None = None) -> None:
        super().__init__()
        self.t = self.app.t
        localize_bindings(self, self.t)
        self._title, self._text, self._shown = title, text, shown or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="cb-dialog", id="memo-dialog"):
            yield Label(filled("[b]$title[/b]", title=self._title))
            for line in self._shown[-3:]:
                yield Static(plain(line), classes="cb-dialog-hint", markup=False)
            yield TextArea(self._text, id="memo-text", soft_wrap=True, tab_behavior="focus")
            yield Static(self.t("memo_keys"), classes="cb-dialog-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

"""A multi-line memo editor: a memo is often a paragraph of analysis, not one line.

Ctrl+S keeps the text and Esc drops it; the memos already on the same passage are shown
above, so a coder adds to the thread instead of repeating it. The caller's ``write`` saves
the text through ``Project`` while the editor is still open: refused (a read-only project,
a full disk, a colleague holding the file), the editor stays open with every word typed,
so Ctrl+S tries again; it closed and dropped a paragraph of analysis (safety33).
"""

from __future__ import annotations

from collections.abc import Callable
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

    def __init__(
        self,
        title: str,
        text: str = "",
        shown: list[str] | None = None,
        write: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__()
        self.t = self.app.t
        localize_bindings(self, self.t)
        self._title, self._text, self._shown = title, text, shown or []
        self._write = write  # saves the text; False: refused, and the editor stays open

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
        text = self.query_one(TextArea).text.strip() or None
        if text is not None and self._write is not None and not self._write(text):
            return  # refused: said by the caller, and the words stay here
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)

"""The coding screen's memo actions: on the coding under the cursor, or on the document.

A memo is written through ``Project.add_memo`` the moment it is saved; the dialog shows the
memos already there, so a coder adds to the thread instead of repeating it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qualcode.model import Code, Coding, Document, Memo
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.memo_edit import MemoEditor


class MemoActions(ScreenPart):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc: Document
    doc_id: str
    code_list: list[Code]
    coding_memos: dict[str, list[Memo]]
    doc_memos: list[Memo]

    if TYPE_CHECKING:

        def _codings_here(self) -> list[Coding]: ...
        def refresh_marks(self) -> None: ...

    def action_memo(self) -> None:
        """A memo on the coding under the cursor; with none there, on the document."""
        here = self._codings_here()
        if not here:
            self.action_doc_memo()
            return
        t = self.app.t
        coding = here[0]
        shown = [m.text for m in self.coding_memos.get(coding.id, [])]
        code = next((c for c in self.code_list if c.key == coding.code), None)
        name = code.name(self.doc.lang) if code else coding.code
        prompt = MemoEditor(t("memo_coding", code=name), "", shown)
        self.app.push_screen(prompt, lambda text: self._save_memo("coding", coding.id, text))

    def action_doc_memo(self) -> None:
        t = self.app.t
        shown = [m.text for m in self.doc_memos]
        prompt = MemoEditor(t("memo_document", doc=self.doc.name), "", shown)
        self.app.push_screen(prompt, lambda text: self._save_memo("document", self.doc_id, text))

    def _save_memo(self, kind: str, target: str, text: str | None) -> None:
        if not text:
            return
        app = self.app
        app.project.add_memo(kind, target, app.coder, text)
        self.notify(app.t("memo_saved"))
        self.refresh_marks()

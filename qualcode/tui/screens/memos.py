"""The coding screen's memo actions: on the coding under the cursor, on the selected
passage, or on the document.

A memo is written through ``Project.add_memo`` the moment it is saved; the dialog shows the
memos already there, so a coder adds to the thread instead of repeating it. With no coding
under the cursor the coder is asked what the memo is about (passage or document): it used
to become a document memo without a word. A memo saved is a step of the screen's undo
history: `u` right after it takes the memo back, not the coding it is on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from qualcode.errors import QualcodeError
from qualcode.model import Code, Coding, Document, Memo
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.memo_edit import MemoEditor
from qualcode.tui.screens.memo_target import MemoTargetScreen, excerpt

if TYPE_CHECKING:
    from qualcode.project.history import History
    from qualcode.tui.widgets.transcript import TranscriptView


class MemoActions(ScreenPart):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc: Document
    doc_id: str
    code_list: list[Code]
    coding_memos: dict[str, list[Memo]]
    doc_memos: list[Memo]
    passage_memos: list[Memo]
    history: History

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...

        def _codings_here(self) -> list[Coding]: ...
        def refresh_marks(self) -> None: ...

        def with_coding_here(self, action: str, then: Callable[[Coding], None]) -> bool: ...

    def action_memo(self) -> None:
        """A memo on the coding under the cursor (with several there, the one the coder
        picks); with none there, the coder chooses: the selected passage (first) or the
        whole document, named in the dialog."""
        if not self.with_coding_here("memo", self._coding_memo):
            start, end = self.transcript.selection

            def chosen(target: str | None) -> None:
                if target == "passage":
                    self._passage_memo(start, end)
                elif target == "document":
                    self.action_doc_memo()

            passage = self.doc.text[start:end]
            self.app.push_screen(MemoTargetScreen(passage, self.doc.name), chosen)

    def _coding_memo(self, coding: Coding) -> None:
        t = self.app.t
        shown = [m.text for m in self.coding_memos.get(coding.id, [])]
        code = next((c for c in self.code_list if c.key == coding.code), None)
        name = code.name(t.lang) if code else coding.code
        prompt = MemoEditor(
            t("memo_coding", code=name),
            "",
            shown,
            write=lambda text: self._save_coding_memo(coding, name, text),
        )
        self.app.push_screen(prompt)

    def _save_coding_memo(self, coding: Coding, name: str, text: str | None) -> bool:
        """A memo on ``coding``, kept by ``Project.keep_memo`` somewhere she can read it
        when another window removed the coding (or a lead its document) while she typed."""
        return self._save_memo("coding", coding.id, text, name=name)

    def _passage_memo(self, start: int, end: int) -> None:
        t = self.app.t
        shown = [m.text for m in self.passage_memos if m.start == start and m.end == end]
        title = t("memo_passage", text=excerpt(self.doc.text[start:end]))
        prompt = MemoEditor(
            title,
            "",
            shown,
            write=lambda text: self._save_memo("document", self.doc_id, text, (start, end)),
        )
        self.app.push_screen(prompt)

    def action_doc_memo(self) -> None:
        t = self.app.t
        shown = [m.text for m in self.doc_memos]
        prompt = MemoEditor(
            t("memo_document", doc=self.doc.name),
            "",
            shown,
            write=lambda text: self._save_memo("document", self.doc_id, text),
        )
        self.app.push_screen(prompt)

    def _save_memo(
        self,
        kind: str,
        target: str,
        text: str | None,
        span: tuple[int, int] | None = None,
        name: str = "",
    ) -> bool:
        """Save what she typed through ``Project.keep_memo``: what it was on removed
        meanwhile, it is kept on the passage, the code or the project, and one line says
        where (``name``: the coding's code as the screen shows it). Refused, False: the
        editor stays open with her words (a refusal used to drop the text she had typed)."""
        if not text:
            return True
        app = self.app
        try:
            kept = app.project.keep_memo(kind, target, app.coder, text, span=span)
        except QualcodeError as exc:
            self.notify(f"{said(exc, app.t)} · {app.t('memo_still_open')}", severity="error")
            return False
        self.history.record_memo(kept.memo)  # `u` now takes this memo back
        if kept.kept_on is None:
            self.notify(app.t("memo_saved"))
        elif kind == "coding":
            self.notify(app.t(f"memo_coding_gone_{kept.kept_on}", code=name or kept.gone))
        else:
            self.notify(app.t("memo_document_gone", doc=kept.gone))
        if kept.kept_on in (None, "passage"):  # else this document was taken out: no marks
            self.refresh_marks()
        return True

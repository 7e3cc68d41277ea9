"""The coding screen's keys for coding itself: a code applied to the selection (by its
shortcut or picked by name), a coding changed to another code or removed, and undo and redo
over this session's edits, each written through ``Project`` at once.

Mixed into the coding screen like its moving, suggestion, memo and proposing actions, so
that the screen's own module keeps its layout and marks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qualcode.errors import QualcodeError
from qualcode.model import Code, Coding, Suggestion
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.busy import ASIDE_FROM, WritesAside
from qualcode.tui.screens.code_pick import PickCodeScreen
from qualcode.tui.screens.coding_choice import CodingChoiceScreen
from qualcode.tui.screens.memo_target import excerpt

if TYPE_CHECKING:
    from qualcode.model import Document
    from qualcode.project.history import Edit, History
    from qualcode.tui.widgets.transcript import TranscriptView

NAMED_WORDS = 4  # the passage undone or redone is named by its first words


class CodingActions(WritesAside, ScreenPart):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc_id: str
    code_list: list[Code]
    my_codings: list[Coding]
    history: History
    doc: Document
    pending_suggestions: list[Suggestion]
    _chosen_suggestion: str | None

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...

        def short_name(self, key: str, room: int = 40) -> str: ...

        def refresh_marks(self) -> None: ...

        def load_codebook(self) -> None: ...

        def _codings_here(self) -> list[Coding]: ...

        def select_span(self, start: int, end: int) -> None: ...

    def apply(self, key: str) -> None:
        start, end = self.transcript.selection
        app = self.app
        # a double key press adds nothing (Project.code_passage): it is coded already
        if any(c.code == key and c.start <= start and end <= c.end for c in self.my_codings):
            self.notify(app.t("already_coded", code=self.short_name(key)))
            return
        try:
            coded = app.project.code_passage(self.doc_id, start, end, key, app.coder)
        except QualcodeError as exc:
            refused = said(exc, app.t)
            if key not in {c.key for c in app.project.codable_codes()}:
                # a lead merged, renamed or retired it meanwhile: this screen's codebook
                # (shortcuts, sidebar, margin) was the one it opened with, so the coder
                # pressed the same key to the same 'unknown code' until she left it
                self.load_codebook()
                self.refresh_marks()
                refused = f"{refused} · {app.t('codebook_changed')}"
            self.notify(refused, severity="error")
            return
        # one step: `u` brings back the codings the new one took the place of
        self.history.record_batch([*((old, None) for old in coded.absorbed), (None, coded.coding)])
        self.notify(app.t("coded", code=self.short_name(key)))
        self.refresh_marks()

    def with_coding_here(self, action: str, then: Callable[[Coding], None]) -> bool:
        """Run ``then`` on the coder's coding under the cursor; with several there, after
        asking which (``action``: memo, change, remove names the question). False when
        nothing of hers is coded there."""
        here = self._codings_here()
        if len(here) <= 1:
            if here:
                then(here[0])
            return bool(here)
        by_id = {c.id: c for c in here}
        choices = [
            (c.id, f"{self.short_name(c.code)} · “{excerpt(self.doc.text[c.start : c.end], 40)}”")
            for c in here
        ]

        def chosen(ident: str | None) -> None:
            self.transcript.focus()
            if ident in by_id:
                then(by_id[ident])

        title = self.app.t(f"choice_{action}")
        self.app.push_screen(CodingChoiceScreen(title, choices), chosen)
        return True

    def _open_picker(self, mode: str, coding: Coding | None = None) -> None:
        """A type-to-find picker over the screen: it takes every key until it closes."""
        t = self.app.t
        title = t("pick_code") if mode == "apply" else t("pick_change")
        picker = PickCodeScreen(title, self.code_list, t.lang, None)
        self.app.push_screen(picker, lambda key: self._picked(mode, key, coding))

    def action_find_code(self) -> None:
        self._open_picker("apply")

    def action_change_code(self) -> None:
        # nothing coded here: the picker codes the selection (as `c`), titled so; a bare
        # "nothing here" let the name typed next run as keys (n, r: a rejection)
        if not self.with_coding_here("change", lambda c: self._open_picker("change", c)):
            self._open_picker("apply")

    def _picked(self, mode: str, key: str | None, coding: Coding | None = None) -> None:
        self.transcript.focus()
        if not key:
            return
        if mode == "apply":
            self.apply(key)
            return
        app = self.app
        old = coding
        if old is None:
            return
        # the coding she chose, never another under the cursor: her other window or a lead
        # may have removed it while the picker was open, and the service then refuses
        try:
            new = app.project.change_coding(old.id, key, actor=app.coder)
        except QualcodeError as exc:
            self._refused(old, exc)
            return
        self.history.record(old, new)
        self.notify(app.t("changed", old=self.short_name(old.code), code=self.short_name(key)))
        self.refresh_marks()

    def action_remove(self) -> None:
        if not self.with_coding_here("remove", self._remove):
            self.notify(self.app.t("nothing"))

    def _remove(self, coding: Coding) -> None:
        app = self.app
        try:
            removed = app.project.remove_coding(coding.id, actor=app.coder)
        except QualcodeError as exc:  # uncaught, a coding removed meanwhile ended the app
            self._refused(coding, exc)
            return
        self.history.record(removed, None)
        self.notify(app.t("removed", code=self.short_name(removed.code)))
        self.refresh_marks()

    def _refused(self, coding: Coding, exc: QualcodeError) -> None:
        """The service refused acting on ``coding``: when it is no longer hers and live
        (removed or changed from elsewhere meanwhile) the note says so by its code, not by
        an id the screen never shows; the margin is read again either way."""
        self.refresh_marks()
        if any(c.id == coding.id for c in self.my_codings):
            self.notify(said(exc, self.app.t), severity="error")
            return
        self.notify(self.app.t("coding_gone", code=self.short_name(coding.code)), severity="error")

    def action_undo(self) -> None:
        self._walk(self.history.undo, "undone", "nothing_to_undo", self.history.size())

    def action_redo(self) -> None:
        self._walk(self.history.redo, "redone", "nothing_to_redo", self.history.size(redo=True))

    def _walk(self, step: Any, done: str, empty: str, size: int) -> None:
        """Undo or redo one step, then go to its passage and say what it was: after `a`
        the selection has moved on to the next suggestion, so a bare "Undone" left the
        suggestion proposed again somewhere out of view, with nothing saying which."""
        t = self.app.t
        rejected = {s.id: s for s in self.pending_suggestions}  # a rejection redone
        if size >= ASIDE_FROM:  # accept-all's 500 codings: seconds, written aside (eyes17)
            self.write_aside(
                t("busy_writing", n=size),
                step,
                lambda edits: self._walked(edits, done, empty, rejected),
            )
            return
        try:
            edits = step()
        except QualcodeError as exc:  # e.g. the coding was removed meanwhile from the CLI
            self.notify(said(exc, self.app.t), severity="error")
            return
        self._walked(edits, done, empty, rejected)

    def _walked(
        self, edits: list[Edit] | None, done: str, empty: str, rejected: dict[str, Suggestion]
    ) -> None:
        t = self.app.t
        self.app.clear_notifications()  # one note at a time, as after `a` and `r`
        if not edits:
            self.notify(t(empty))
            return
        self.refresh_marks()
        memos = [e.memo for e in edits if e.memo is not None]
        if memos and len(memos) == len(edits):  # a memo taken back or written again
            self.notify(t(f"memo_{done}", words=_opening(memos[0].text)))
            return
        rejected.update({s.id: s for s in self.pending_suggestions})  # a rejection undone
        places = [
            (c.start, c.end, c.code)
            for c in (_passage(e, rejected) for e in edits)
            if c is not None
        ]
        if not places:
            self.notify(t(done))
            return
        start, end, code = min(places, key=lambda p: (p[0], -p[1]))
        self.select_span(start, end)
        # the suggestion proposed again is the one `a`/`r` decide next, not another code's
        again = [s for s in self.pending_suggestions if s.start < end and start < s.end]
        self._chosen_suggestion = next((s.id for s in again if s.code == code), None)
        words = self.transcript.text[start:end].split()
        opening = " ".join(words[:NAMED_WORDS]) + (" …" if len(words) > NAMED_WORDS else "")
        # a rejection taken back is said to be one: "Undone: integration at …" read as a
        # coding removed, where the suggestion was proposed again (eyes42)
        what = "_rejection" if all(e.rejected is not None for e in edits) else ""
        if len(places) > 1:  # `A`'s batch: one code named for nine codings read as one
            self.notify(t(f"{done}_many", n=len(places), words=opening))
            return
        self.notify(t(f"{done}{what}_at", code=self.short_name(code), words=opening))


def _passage(edit: Edit, suggestions: dict[str, Suggestion]) -> Coding | Suggestion | None:
    """Where an edit happened: its coding (as it is now, or as it was), or the suggestion
    it rejected; None when that suggestion is no longer in view (decided meanwhile)."""
    if edit.rejected is not None:
        return suggestions.get(edit.rejected)
    return edit.after or edit.before


def _opening(text: str) -> str:
    """A memo's first words, to name it in a note."""
    words = text.split()
    return " ".join(words[:NAMED_WORDS]) + (" …" if len(words) > NAMED_WORDS else "")

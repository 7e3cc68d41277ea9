"""The coding screen's suggestion actions: compute in a worker, accept, reject, accept all.

Computing runs in the app's helper process (its own project connection, which keeps the
fitted engine between requests); a thread worker waits for it and passes progress to a bar,
so the screen stays responsive.
The accept-all threshold starts high on purpose: accepting in bulk should take only the
suggestions the engine is surest of, and the coder can lower it step by step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.widgets import ProgressBar

from qualcode.errors import QualcodeError
from qualcode.model import Suggestion
from qualcode.tui.history import History
from qualcode.tui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from qualcode.tui.widgets.transcript import TranscriptView

ACCEPT_ALL_START = 0.8
STEP = 0.05


class SuggestionActions:
    """Mixed into the coding screen, which provides the attributes annotated below."""

    app: Any
    doc_id: str
    pending_suggestions: list[Suggestion]
    threshold: float = ACCEPT_ALL_START
    history: History

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...
        def refresh_marks(self) -> None: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...
        def show_suggest_status(self) -> None: ...
        def short_name(self, key: str, room: int = 32) -> str: ...

    # -- computing ------------------------------------------------------------------------

    def action_suggest(self, everywhere: bool = False) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=None, progress=0)  # pulses until the first report arrives
        bar.remove_class("hidden")
        self.notify(self.app.t("suggesting"))
        self._compute(everywhere)

    @work(thread=True, exclusive=True, group="suggest")
    def _compute(self, everywhere: bool) -> None:
        app = self.app
        docs = None if everywhere else [self.doc_id]
        coder = app.coder

        def report(done: int, total: int) -> None:
            app.call_from_thread(self._progress, done, total)

        try:
            found = app.background.suggest(docs, coder, report)
        except QualcodeError as exc:
            app.call_from_thread(self._computed, None, str(exc))
            return
        app.call_from_thread(self._computed, found, None)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#progress", ProgressBar).update(total=total, progress=done)

    def _computed(self, count: int | None, error: str | None) -> None:
        self.query_one("#progress", ProgressBar).add_class("hidden")
        if error is not None:
            self.notify(error, severity="error")
            return
        self.notify(self.app.t("suggested", n=count))
        self.refresh_marks()

    # -- deciding -------------------------------------------------------------------------

    def _suggestion_here(self) -> Suggestion | None:
        start, end = self.transcript.selection
        return next((s for s in self.pending_suggestions if s.start < end and start < s.end), None)

    def action_next_suggestion(self) -> None:
        """Select the next pending suggestion after the cursor (wrapping to the first)."""
        pending = sorted(self.pending_suggestions, key=lambda s: (s.start, s.end))
        here = self.transcript.selection[1]
        later = [s for s in pending if s.start >= here] or pending
        if not later:
            self.notify(self.app.t("no_suggestion"))
            return
        self.transcript.move_to_offset(later[0].start)
        while self.transcript.units[self.transcript.cursor][1] < later[0].end:
            before = self.transcript.cursor
            self.transcript.move(1, extend=True)
            if self.transcript.cursor == before:
                break

    def action_accept(self) -> None:
        self._decide(accept=True)

    def action_reject(self) -> None:
        self._decide(accept=False)

    def _decide(self, accept: bool) -> None:
        suggestion = self._suggestion_here()
        t, project, coder = self.app.t, self.app.project, self.app.coder
        if suggestion is None:
            self.notify(t("no_suggestion"))
            return
        if accept:
            self._record(project.accept_suggestions([suggestion.id], coder))
            self.notify(t("accepted", code=self.short_name(suggestion.code)))
        else:
            project.reject_suggestions([suggestion.id], coder)
            self.notify(t("rejected"))
        self.refresh_marks()
        if self.pending_suggestions:
            self.action_next_suggestion()

    def action_accept_all(self) -> None:
        """Accept every pending suggestion of this document scored at the threshold or above,
        after asking with their number: one key writes many codings."""
        chosen = [s.id for s in self.pending_suggestions if s.score >= self.threshold]
        t = self.app.t
        value = f"{self.threshold:.2f}"
        if not chosen:
            self.notify(t("none_above", value=value))
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                accepted = self.app.project.accept_suggestions(chosen, self.app.coder)
            except QualcodeError as exc:  # e.g. decided meanwhile by a re-run
                self.notify(str(exc), severity="error")
                self.refresh_marks()
                return
            self._record(accepted)
            self.notify(t("accepted_all", n=len(chosen), value=value))
            self.refresh_marks()

        self.app.push_screen(
            ConfirmScreen(t("confirm_accept_all", n=len(chosen), value=value)), answered
        )

    def _record(self, coding_ids: list[str]) -> None:
        """Accepted suggestions are codings like any other; one key's batch is one `u`."""
        project = self.app.project
        self.history.record_batch([(None, project.coding(cid)) for cid in coding_ids])

    def action_threshold(self, delta: float) -> None:
        self.threshold = round(min(1.0, max(0.0, self.threshold + delta)), 2)
        self.show_suggest_status()

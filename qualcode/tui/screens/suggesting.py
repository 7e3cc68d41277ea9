"""The coding screen's suggestion actions: compute in a worker, accept, reject, accept all.

Computing runs in the app's helper process (its own project connection, which keeps the
fitted engine between requests); a thread worker waits for it and sends its progress up
as messages to a bar, so the screen stays responsive. The first suggestions show as soon as
they are stored (the tiers that need no new embeddings); while the helper embeds the
document's sentences the bar counts words, with words done, words left and time left
beneath it, and the suggestions are refreshed, improved, when it is done. Below the
threshold, `l` lists the best code of the sentences not suggested (``below_line.py``).
The accept-all threshold starts high on purpose: accepting in bulk should take only the
suggestions the engine is surest of, and the coder can lower it step by step; where she
leaves it is hers, in every document and session (``Project.accept_all_threshold``).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import work
from textual.widgets import ProgressBar, Static

from qualcode.errors import QualcodeError
from qualcode.model import Code, Coding, Document, Suggestion
from qualcode.project.history import History
from qualcode.tui.embed_queue import clock, seconds_left
from qualcode.tui.labels import fitted_note
from qualcode.tui.said import said
from qualcode.tui.screens.below_line import BelowLineActions
from qualcode.tui.screens.busy import ASIDE_FROM
from qualcode.tui.screens.confirm import ConfirmScreen
from qualcode.tui.screens.suggest_messages import (
    SuggestDone,
    SuggestEmbedding,
    SuggestFirstFound,
    SuggestProgress,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from qualcode.project import Project
    from qualcode.tui.widgets.transcript import TranscriptView

STEP = 0.05
NEXT_WORDS = 4  # the next suggestion's passage is named by its first words


class SuggestionActions(BelowLineActions):
    """Mixed into the coding screen, which provides the attributes annotated below."""

    doc_id: str
    doc: Document
    code_list: list[Code]
    pending_suggestions: list[Suggestion]
    _everywhere = 0  # after S: the documents its suggestions are in (0: this one only)
    _threshold: float | None = None  # read from the project when first wanted
    history: History
    _chosen_suggestion: str | None = None  # the one `n` went to, when several cover a passage
    # the suggestion `a`/`r` went on to, and the selection then: `n` there stays on it
    _arrived: tuple[str, tuple[int, int], int] | None = None
    keys_seen: int = 0  # keys pressed on the screen so far (CodingScreen.on_key counts)

    if TYPE_CHECKING:

        @property
        def transcript(self) -> TranscriptView: ...
        def refresh_marks(self) -> None: ...
        def show_suggest_status(self) -> None: ...
        def short_name(self, key: str, room: int = 40) -> str: ...
        def write_aside(
            self, message: str, job: Callable[[Project], Any], done: Callable[[Any], None]
        ) -> None: ...

    # -- embedding in the background -----------------------------------------------------

    def start_embedding(self) -> None:
        """The app embeds every document in the background (``tui/embed_all.py``); an
        opened one goes first. Keywords and n-gram suggestions need no embeddings, and
        suggestions asked for meanwhile are refreshed, improved, when they arrive."""
        self._improve_after = False
        self._improve_when_done = False
        self.app.embed_first(self.doc_id)

    @property
    def _auto_embedding(self) -> bool:
        """Is this document waiting for its embeddings or being embedded?"""
        return self.app.embed_queue.pending(self.doc_id)

    def embeddings_arrived(self, count: int) -> None:
        """This document's embeddings are in: suggestions shown from keywords and n-grams
        are computed again with them (after the run under way, if one is)."""
        if not count or not self.pending_suggestions:
            return
        if self.has_class("-working"):
            self._improve_when_done = True
            return
        self._improve_after = True
        self.action_suggest()

    # -- computing ------------------------------------------------------------------------

    def action_suggest(self, everywhere: bool = False) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=None, progress=0)  # pulses until the first report arrives
        bar.remove_class("hidden")
        self.add_class("-working")  # notifications move up, off the bar and the words line
        self._embedding_since: tuple[float, int] | None = None
        self.notify(self.app.t("suggesting"))
        # words from the first moment: starting the helper takes ~25 s under load, and a
        # bar pulsing at "--%" alone looked stuck
        starting = "suggesting" if self.app.background.running else "suggest_starting"
        self._say_working(self.app.t(starting))
        # never two embedding processes: while the app's queue embeds, the suggestions
        # come from what is embedded so far, and are improved when the queue is done
        self._everywhere = int(everywhere)  # S: the documents they are in, once found
        self._compute(everywhere, embed=not self.app.embedding_busy())

    @work(thread=True, exclusive=True, group="suggest")
    def _compute(self, everywhere: bool, embed: bool) -> None:
        """Waits for the helper process; what it reports goes up as messages."""
        docs = None if everywhere else [self.doc_id]

        def report(done: int, total: int) -> None:
            self.post_message(SuggestProgress(done, total))

        def first(count: int, documents: int) -> None:
            self.post_message(SuggestFirstFound(count, documents))

        def embedding(done: int, total: int) -> None:
            self.post_message(SuggestEmbedding(done, total))

        try:
            found = self.app.background.suggest(
                docs, self.app.coder, report, first, embedding, embed=embed
            )
        except QualcodeError as exc:
            self.post_message(SuggestDone(None, said(exc, self.app.t)))
            return
        self.post_message(SuggestDone(found))

    def _say_working(self, words: str) -> None:
        status = self.query_one("#embed-status", Static)
        status.update(words)
        status.remove_class("hidden")

    def on_suggest_progress(self, message: SuggestProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=message.total, progress=message.done)
        if getattr(self, "_embedding_since", None) is None:  # the words line says more then
            self._say_working(self.app.t("suggesting"))

    def on_suggest_first_found(self, message: SuggestFirstFound) -> None:
        """The first suggestions are stored: show them now; embeddings may improve them."""
        # none: where the rest are is said, as after the last one decided (eyes42: a
        # policy document's "0 suggestions" left a coder with nothing to press)
        self.refresh_marks()
        self._everywhere = message.documents if self._everywhere else 0
        self.notify(self._found_said("suggested", message.count))

    def _found_said(self, key: str, count: int) -> str:
        """The note on the suggestions found: none, how many, or after `S` how many in how
        many documents and how many in this one. `S` said "284 suggestions" over a
        sidebar listing the document's 14, and a coder could not tell what it acted on
        (tui45)."""
        t = self.app.t
        if not count:
            return t("suggested_none")
        if not self._everywhere:
            return t(key, n=count)
        here = t.count(len(self.pending_suggestions))
        where = t("suggested", n=count) + t("suggested_in", n=self._everywhere, here=here)
        return where if key == "suggested" else t("improved_where", n=count, what=where)

    def on_suggest_embedding(self, message: SuggestEmbedding) -> None:
        """Words embedded so far: the bar, and words done, words left and time left."""
        done, total = message.done, message.total
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)
        since = getattr(self, "_embedding_since", None)
        if since is None:
            self._embedding_since = since = (time.monotonic(), done)
        self._show_words_line(done, total, since)

    def _show_words_line(self, done: int, total: int, since: tuple[float, int]) -> None:
        """Words done, words left and time left at the rate since ``since`` (when and at how
        many words this embedding's progress began), under the text."""
        left = max(total - done, 0)
        t = self.app.t
        seconds = seconds_left(done, left, since, time.monotonic())
        eta = t("eta_unknown") if seconds is None else clock(seconds)
        status = self.query_one("#embed-status", Static)
        status.update(t("embedding", done=t.count(done), left=t.count(left), eta=eta))
        status.remove_class("hidden")

    def on_suggest_done(self, message: SuggestDone) -> None:
        count, error = message.count, message.error
        self.query_one("#progress", ProgressBar).add_class("hidden")
        self.query_one("#embed-status").add_class("hidden")
        self.remove_class("-working")
        embedded = getattr(self, "_embedding_since", None) is not None
        embedded = embedded or getattr(self, "_improve_after", False)
        self._embedding_since = None
        self._improve_after = False
        if error is not None:
            self.notify(error, severity="error")
            return
        self.refresh_marks()
        if embedded:
            self.notify(self._found_said("improved", count or 0))
        if getattr(self, "_improve_when_done", False):  # embedded while this ran
            self._improve_when_done = False
            self.embeddings_arrived(1)

    # -- deciding -------------------------------------------------------------------------

    def _none_yet(self) -> str:
        """What to say when no suggestion is pending: while they are being computed, that
        they are coming (an `n` pressed right after `s` said "No suggestion here"); else
        that none waits in the document and which keys find some: a new coder's `n` before
        any `s` said "No suggestion here", as though another passage had one (eyes42)."""
        return "suggestions_coming" if self.has_class("-working") else "no_suggestion_pending"

    def _suggestion_here(self) -> Suggestion | None:
        """The suggestion `a`/`r` decide and the sidebar shows: the one `n` went to while
        the selection still covers it, else the first under the selection."""
        start, end = self.transcript.selection
        here = [s for s in self.pending_suggestions if s.start < end and start < s.end]
        return next((s for s in here if s.id == self._chosen_suggestion), here[0] if here else None)

    def action_next_suggestion(self) -> None:
        """Select the next pending suggestion after the one shown (wrapping to the first).

        Two codes suggested for one passage are two stops: ordering by span alone and
        jumping past the selection's end would skip the second one."""
        here = self._suggestion_here()
        arrived, self._arrived = self._arrived, None
        now = (here.id, self.transcript.selection, self.keys_seen - 1) if here else None
        if here is not None and arrived == now:  # `n` the only key since
            # `a`/`r` went on to this one and the coder has not moved since: `n` pressed
            # next expects it, and jumping past it skipped a suggestion unseen (eyes21)
            words = self.transcript.text[here.start : here.end].split()
            opening = " ".join(words[:NEXT_WORDS]) + (" …" if len(words) > NEXT_WORDS else "")
            self.notify(
                self.app.t("suggestion_this", code=self.short_name(here.code), words=opening)
            )
            return
        after = _order(here) if here else (self.transcript.selection[1], -1, "")
        self._go_to_suggestion(after)

    def _go_to_suggestion(self, after: tuple[int, int, str]) -> tuple[Suggestion, bool] | None:
        """Select the first pending suggestion ordered after ``after`` (else the first):
        it, and whether the round started again from the top; None when none is left."""
        pending = sorted(self.pending_suggestions, key=_order)
        later = [s for s in pending if _order(s) > after]
        if not pending:
            self.notify(self.app.t(self._none_yet()))
            return None
        target = (later or pending)[0]
        self._chosen_suggestion = target.id
        self.select_span(target.start, target.end)
        return target, not later

    def select_span(self, start: int, end: int) -> None:
        """Select the units from the one at ``start`` through the one reaching ``end``."""
        self.transcript.move_to_offset(start)
        while self.transcript.units[self.transcript.cursor][1] < end:
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
            self.notify(t(self._none_yet() if not self.pending_suggestions else "no_suggestion"))
            return
        if accept:
            accepted = project.accept_suggestions([suggestion.id], coder)
            self.history.record_batch([(None, project.coding(c)) for c in accepted])
            verdict = "accepted"
        else:
            project.reject_suggestions([suggestion.id], coder)
            self.history.record_rejection(suggestion.id)
            # by its code, as an acceptance is: a bare "Rejected" beside the next one's
            # code read as though that next code was the one turned down (eyes42)
            verdict = "rejected"
        self.refresh_marks()
        # one note at a time: the last decision's replaces the one before, so a round of
        # `a` and `r` never stacks notes down a narrow sidebar
        self.app.clear_notifications()
        name = self.short_name(suggestion.code)
        if not self.pending_suggestions:
            rest = t("suggestions_none_left")
        else:
            # another code suggested for the same passage first, then the passages after
            # it; the selection moves there and the sidebar names its code, so the note
            # says only that it moved (which one and where: `n`), in three lines at most
            went = self._go_to_suggestion((suggestion.start, suggestion.end, ""))
            if went is None:
                return
            self._arrived = (went[0].id, self.transcript.selection, self.keys_seen)
            rest = self._where_next(suggestion, *went)
        self.notify(fitted_note(lambda shown: t(verdict, code=shown), name, rest))

    def _where_next(self, decided: Suggestion, target: Suggestion, wrapped: bool) -> str:
        """The next one selected: on exactly the passage decided, else further on, or back
        at the top; `n` then says its code and first words (``suggestion_this``)."""
        if (target.start, target.end) == (decided.start, decided.end):
            return self.app.t("suggestion_next_here")
        return self.app.t("suggestion_next_top" if wrapped else "suggestion_next")

    def action_accept_all(self) -> None:
        """Accept every pending suggestion of this document scored at the threshold or above,
        after asking with their number: one key writes many codings."""
        chosen = [s.id for s in self.pending_suggestions if s.score >= self.threshold]
        t = self.app.t
        value = t.figure(self.threshold)
        if not chosen:  # none at all: which keys find some, as `n` says (eyes44)
            self.notify(
                t("none_above", value=value) if self.pending_suggestions else t(self._none_yet())
            )
            return

        def accept(project: Project) -> list[Coding]:
            coder = self.app.coder
            return [project.coding(c) for c in project.accept_suggestions(chosen, coder)]

        def accepted(codings: list[Coding]) -> None:
            # one key's batch is one `u`: accepted suggestions are codings like any other
            self.history.record_batch([(None, coding) for coding in codings])
            self.notify(t("accepted_all", n=len(chosen), value=value))
            self.refresh_marks()

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            if len(chosen) >= ASIDE_FROM:  # 517 codings took 3 s: written aside (eyes17)
                self.write_aside(t("busy_writing", n=len(chosen)), accept, accepted)
                return
            try:
                codings = accept(self.app.project)
            except QualcodeError as exc:  # e.g. decided meanwhile by a re-run
                self.notify(said(exc, self.app.t), severity="error")
                self.refresh_marks()
                return
            accepted(codings)

        self.app.push_screen(
            ConfirmScreen(t("confirm_accept_all", n=len(chosen), value=value)), answered
        )

    @property
    def threshold(self) -> float:
        """Where `A` accepts from: the coder's own, kept in the project, so that a value
        she lowered in one document holds in the next (it went back to 0.80 in each)."""
        if self._threshold is None:
            self._threshold = self.app.project.accept_all_threshold(self.app.coder)
        return self._threshold

    def action_threshold(self, delta: float) -> None:
        """`+`/`-` move where `A` accepts from. The sidebar's line shows it only while
        suggestions wait; with none, the note says it: a coder pressing `+` before `s` saw
        nothing happen, though she had changed a setting kept for her next documents (tui47)."""
        wanted = round(min(1.0, max(0.0, self.threshold + delta)), 2)
        self._threshold = self.app.project.set_accept_all_threshold(self.app.coder, wanted)
        self.show_suggest_status()
        if not self.pending_suggestions:
            self.notify(self.app.t("threshold_said", value=self.app.t.figure(self._threshold)))


def _order(suggestion: Suggestion) -> tuple[int, int, str]:
    """Where a suggestion stands in `n`'s round: by passage, then by code."""
    return (suggestion.start, suggestion.end, suggestion.code)

"""The reconcile screen's prompts: the line under the versions that asks for a verdict's
rationale, a span, a comment ("johan: ..." records what johan said) or the reason to
reopen, and what is done with the answer. Every decision goes through ``Project``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import DataTable, Input
from textual.widgets.input import Selection

from qualcode.errors import QualcodeError
from qualcode.project import CaseView
from qualcode.tui.labels import verdict_words
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart


def fitted_prompt(text: str, width: int) -> str:
    """``text`` in one line of ``width`` with its key hint whole: the words before the hint
    lose their last words whole, "…" saying so. The line's placeholder was cut where the
    room ended, and at 80 columns the lead read "… decided with lena, johan (Enter decides,
    Es" and "… johan, karin, mira), Enter" without the key that acts (tui47).
    A hint of two keys, "(Enter decides, Esc cancels)…", keeps its first before a word
    goes: Esc stands in the footer ("esc Back"), and who the decision records as taking
    part does not. At 80 columns the lead alone read "decided by… (Enter decides, Esc
    cancels)…", her own name cut for the key the footer names (tui49)."""
    if width <= 0 or len(text) <= width:
        return text
    # the hint: "(Enter decides, Esc cancels)…" at the end, else the last ", Enter …"
    if text.endswith(")…") and " (" in text:
        head, tail = text.rsplit(" (", 1)
        tails = [f" ({tail}", f" ({tail.split(', ', 1)[0]})…"]  # its first key alone
        if len(head) + len(tails[1]) <= width:
            return head + tails[1]
    elif ", " in text:
        head, tail = text.rsplit(", ", 1)
        tails = [f", {tail}"]
    else:
        return text
    tail = tails[-1]
    words = head.split(" ")
    while len(words) > 1:
        words.pop()
        kept = " ".join(words).rstrip(",;:(")
        shown = f"{kept}…{')' if kept.count('(') > kept.count(')') else ''}"
        if len(shown) + len(tail) <= width:
            return shown + tail
    return tail.lstrip(", ")


class VerdictPrompts(ScreenPart):
    """Mixed into the reconcile screen, which holds the cases, the coders and the app."""

    coders: list[str]
    team: list[str] | None  # the coders counted (None: the project's team)
    doc_set: str | None  # the document set shown (None: every document)
    unconfirmed: int  # agreed passages not in the consensus yet
    code_names: dict[str, str]  # key -> the name the lead reads
    views: list[CaseView]  # the cases the filters let through, as the table lists them
    pending_verdict: str | None
    prompting: str
    # words a refusal kept: (prompt, document, start, end, text), offered again on the line
    # the next time that prompt opens on an overlapping passage
    draft: tuple[str, str, int, int, str] | None = None
    asked_words = False  # the note asking for a rationale (or a reason) is showing

    if TYPE_CHECKING:  # the screen's own, named here for the checker

        def _current(self) -> CaseView | None: ...

        def reload(self, row: int = 0) -> None: ...

        def set_docs(self) -> list[str] | None: ...

    def _prompt(self, what: str, placeholder: str) -> None:
        self.prompting = what
        self.sub_title = None  # the last decision's note: the lead is on to the next
        prompt = self.query_one("#rationale", Input)
        # the room the line's words have: the screen's width less the line's border and
        # padding (the line is hidden until now, so it has no size of its own yet)
        room = self.size.width - prompt.styles.gutter.width
        prompt.placeholder = fitted_prompt(placeholder, room)
        prompt.border_title = None  # a span's line alone opens holding text (below)
        prompt.value = self._kept_words(what)
        prompt.remove_class("hidden")
        # at once, not on the next turn (``Widget.focus``): the words typed straight after
        # the key go to the line
        self.set_focus(prompt)

    def on_input_changed(self, event: Input.Changed) -> None:
        """The words asked for are being typed: the note asking for them is taken down.
        It stood over the line's right half, where a long rationale runs, and stayed
        beside the next note ("karin's version: decided") after the decision (tui46)."""
        if self.asked_words and event.input.id == "rationale":
            self.asked_words = False
            self.app.clear_notes(errors=False)

    def _kept_words(self, what: str) -> str:
        """The words a refusal kept for this prompt on this passage (taken once), else none.
        By overlap, not case id: the coder's change that got the decision refused can move
        the passage and so the case's id."""
        view, draft = self._current(), self.draft
        if view is None or draft is None:
            return ""
        kind, doc_id, start, end, text = draft
        case = view.case
        if (
            kind != what
            or doc_id != case.document_id
            or not (start < case.end and case.start < end)
        ):
            return ""
        self.draft = None
        return text

    def keep_typed(self) -> bool:
        """Esc on the line: the words typed for a rationale, comment or reason are kept
        for it, as a refusal keeps them (offered again on this passage's next line), and
        whether any were. Kept by a refusal and put back on the line, they were gone the
        moment the lead pressed Esc to read the case again (small32a's leftover)."""
        view, words = self._current(), self.query_one("#rationale", Input).value
        if view is None or self.prompting not in ("verdict", "comment", "reopen"):
            return False
        if not words.strip():
            return False
        case = view.case
        self.draft = (self.prompting, case.document_id, case.start, case.end, words)
        return True

    def action_verdict(self, verdict: str) -> None:
        if self._current() is None:
            return
        if verdict.startswith("accept:"):
            index = int(verdict.split(":")[1]) - 1
            if index >= len(self.coders):  # said: with three coders, 4 did nothing (tui50)
                n, coders = index + 1, len(self.coders)
                self.notify(self.app.t("rc_no_version", n=n, coders=coders), severity="warning")
                return
            verdict = f"accept:{self.coders[index]}"
        view = self._current()
        if view is not None and verdict == "intersection":
            try:  # no span every coder marked: say so before the rationale is typed
                self.app.project.check_verdict(view.case, verdict)
            except QualcodeError:
                self.notify(self.app.t("rc_no_intersection"), severity="warning")
                return
        self.pending_verdict = verdict
        self._prompt("verdict", self._asking_rationale(verdict))

    def _asking_rationale(self, verdict: str) -> str:
        """The rationale's prompt names the verdict and who the decision records as taking
        part (a comment "omar: ..." adds omar), as the service will record them."""
        app, view = self.app, self._current()
        people = app.project.discussants(view.case.id, app.coder, self.team) if view else []
        words = verdict_words(verdict, app.t, self.code_names)
        # the lead alone: "decided by lena"; "decided with lena" read as though someone
        # else decided, with her
        by = app.t("rc_by_alone" if people == [app.coder] else "rc_by_with")
        named = ", ".join(people)
        if view is not None and view.verdict:  # deciding again replaces the one in force
            was = verdict_words(view.verdict, app.t, self.code_names)
            return app.t("rc_rationale_again", verdict=words, was=was, people=named, by=by)
        return app.t("rc_rationale", verdict=words, people=named, by=by)

    def action_mark_span(self) -> None:
        view = self._current()
        if view is not None:
            case = view.case
            self._prompt(
                "span",
                self.app.t("rc_span", start=case.start, end=case.end, codes=", ".join(case.codes)),
            )
            prompt = self.query_one("#rationale", Input)
            if not prompt.value:
                # the case's own span, to change: at 80 columns the placeholder naming it and
                # its codes was cut at "(case 1567-1806;" and the lead typed offsets blind
                # (eyes39); selected, so offsets typed straight away replace it
                code = f":{case.codes[0]}" if len(case.codes) > 1 else ""
                prompt.value = f"{case.start}-{case.end}{code}"
                prompt.selection = Selection(0, len(prompt.value))
                # and what the line takes, where it shows over the text: the placeholder
                # saying it is never shown on a line that holds text, and the lead met two
                # numbers and nothing saying they were characters (tui50)
                prompt.border_title = prompt.placeholder

    def action_comment(self) -> None:
        if self._current() is not None:
            # the example names a coder of this team: "johan: …" named the demo's coder in
            # every project, and a new team's lead took johan for someone she had to know
            # (eyes13)
            first = self.coders[0] if self.coders else "…"
            prompt = self.app.t("rc_comment", first=first, coders=", ".join(self.coders))
            self._prompt("comment", prompt)

    def action_reopen(self) -> None:
        view = self._current()
        if view is not None and view.verdict:
            self._prompt(
                "reopen",
                self.app.t(
                    "rc_reopen", verdict=verdict_words(view.verdict, self.app.t, self.code_names)
                ),
            )

    def unconfirmed_in_view(self) -> int:
        """The agreements waiting in the documents in view; none in a set of no documents,
        whose ``[]`` the service refuses: read as every document, it counted the whole
        project's agreements on a set of none (empty48)."""
        in_view = self.set_docs()
        if in_view == []:
            return 0
        return self.app.project.unconfirmed_agreements(self.team, in_view) or 0

    def action_confirm_agreements(self) -> None:
        """Every passage the coders coded alike into the consensus, after asking with their
        number (`qualcode reconcile confirm`): the TUI had no way to, so a lead who decided
        every case here left the agreed passages out of the consensus and its summary."""
        from qualcode.tui.screens.confirm import ConfirmScreen

        t = self.app.t
        if self.set_docs() == []:  # a set with no documents: nothing of it to confirm
            self.notify(t("rc_confirm_empty_set", name=self.doc_set or ""))
            return
        if not self.unconfirmed:
            confirmed, boundary = self.app.project.why_none_to_confirm(self.team, self.set_docs())
            self.notify(t("rc_confirm_none", confirmed=confirmed, boundary=boundary))
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                count = self.app.project.confirm_agreements(
                    self.app.coder, self.team, self.set_docs()
                )
            except QualcodeError as exc:
                self.notify(said(exc, self.app.t), severity="error")
                return
            self.notify(t("rc_confirmed", n=count))
            self.reload(self.query_one(DataTable).cursor_row)

        self.app.push_screen(ConfirmScreen(t("rc_confirm_ask", n=self.unconfirmed)), answered)

    def action_take_one_coder(self) -> None:
        """Every document in view exactly one coder finished into the consensus as she
        coded it, after asking with their names (`qualcode reconcile take --all`): such a
        document has no case here, and a lead who double-coded a subset had no way from
        this screen to bring the rest of the corpus into the consensus (user50)."""
        from qualcode.tui.screens.confirm import ConfirmScreen

        t, project, in_view = self.app.t, self.app.project, self.set_docs()
        try:
            waiting = [] if in_view == [] else project.one_coder_waiting(in_view)
        except QualcodeError as exc:
            self.notify(said(exc, t), severity="error")
            return
        if not waiting:
            self.notify(t("rc_take_none"))
            return
        names = ", ".join(f"{name} ({coder})" for name, coder in waiting)

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                taken = project.take_every_one_coder(self.app.coder, docs=in_view)
            except QualcodeError as exc:
                self.notify(said(exc, t), severity="error")
                return
            self.notify(t("rc_taken", n=sum(1 for one in taken if one.fresh)))
            self.reload(self.query_one(DataTable).cursor_row)

        ask = t("rc_take_ask", n=len(waiting), names=names)
        self.app.push_screen(ConfirmScreen(ask), answered)

    def submit_prompt(self, event: Input.Submitted) -> None:
        """The rationale, span, comment or reason typed under the versions, acted on."""
        app = self.app
        view = self._current()
        if self.prompting in ("verdict", "reopen") and not event.value.strip():
            # the line stays open for the words: closed, the lead chose the verdict again
            # and was told in English that it needs a rationale (eyes6)
            self.notify(app.t(f"rc_{self.prompting}_needs_words"), severity="warning")
            self.asked_words = True
            return
        if self.prompting == "span" and view is not None:
            # a span the case cannot take ("fel", 10-20 of another code) is refused here,
            # the line open on what was typed: it was asked a rationale first and refused
            # only after it (tui50), as an impossible intersection was before (eyes12)
            try:
                app.project.check_verdict(view.case, f"span:{event.value.strip()}")
            except QualcodeError as exc:
                self.notify(said(exc, app.t), severity="error")
                return
        what, self.prompting = self.prompting, ""
        event.input.add_class("hidden")
        self.query_one(DataTable).focus()
        if view is None:
            return
        row = self.query_one(DataTable).cursor_row
        try:
            if what == "span":
                value = event.value.strip()
                self.pending_verdict = f"span:{value}"
                self._prompt("verdict", self._asking_rationale(self.pending_verdict))
                return
            if what == "comment":
                author, words = self._speaker(event.value)
                app.project.comment(view.case.id, author, words, coders=self.team)
                self.reload(row)
                return
            if what == "reopen":
                app.project.reopen(view.case.id, app.coder, event.value)
                self.reload(row)
                return
            if not self.pending_verdict:
                return
            app.project.decide(
                view.case.id,
                self.pending_verdict,
                event.value,
                app.coder,
                coders=self.team,
                # what the lead read: a coder's change, or a decision made or taken back
                # meanwhile (her other window, another lead), is refused
                seen=view.stamp,
            )
        except QualcodeError as exc:
            # a refusal (a coder changed the case meanwhile, as the service tells) must not
            # lose the rationale or comment the lead typed: it is kept for the line (small32a)
            kept = what in ("verdict", "comment", "reopen") and bool(event.value.strip())
            if kept:
                case = view.case
                self.draft = (what, case.document_id, case.start, case.end, event.value)
            tail = f"; {app.t('rc_words_kept')}" if kept else ""
            self.notify(f"{said(exc, app.t)}{tail}", severity="error")
            if what == "verdict":
                self.reload(row)  # the versions as they stand now
            return
        decided = app.t(
            "rc_decided", verdict=verdict_words(self.pending_verdict, app.t, self.code_names)
        )
        self.reload(row + 1)  # filters stay
        self.on_to_open(row)
        # in the header, after the project and the lead, until the next line opens: as a
        # toast it stood over the end of the agreement line for seconds at 80x24 (tui49)
        self.sub_title = f"{app.sub_title} · {decided}"

    def on_to_open(self, row: int) -> None:
        """After a decision on ``row``: on to the next case still open, below it and then
        from the top; with none left, say so. The cursor went to the next row, decided or
        not, so a lead deciding case after case by keys decided the cases she had decided
        before again, each replacing its decision without a word (eyes34)."""
        views, table = self.views, self.query_one(DataTable)
        order = [*range(row + 1, len(views)), *range(min(row + 1, len(views)))]
        found = next((i for i in order if not views[i].verdict), None)
        if found is None:
            if views:
                self.notify(self.app.t("rc_all_decided", n=len(views)))
            return
        if found != table.cursor_row:
            table.move_cursor(row=found)

    def _speaker(self, value: str) -> tuple[str, str]:
        """ "johan: text" records what johan said in the meeting; else the lead's own words
        (``Project.said_by``, as `qualcode reconcile comment` reads it)."""
        return self.app.project.said_by(value, self.app.coder)

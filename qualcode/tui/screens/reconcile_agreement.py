"""The reconcile screen's agreement line: the coders' agreement on the case's codes and,
once decisions exist, each coder's with the consensus; computed in a thread worker with
its own connection, which sends the line up as a message for the screen to show. Also
who the screen counts: the team, or those who finished the document it was opened on, and
who narrows the documents it counts.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widgets import Static

from qualcode.errors import QualcodeError
from qualcode.project import CaseView, TeamScope
from qualcode.tui.keys import key_named
from qualcode.tui.safe import literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart

LINES = 2  # the line's room (app.tcss: #agreement's max-height)
NOTE_SECONDS = 20  # the narrowing note is three lines to read, not a passing "Saved"


def fitted(text: str, width: int, lines: int = LINES) -> str:
    """``text`` in ``lines`` lines of ``width``: its last clauses (parted by " · ") left out
    whole, "…" saying so. Cut where the room ended, at 80 columns the line read "… · consensus
    against the coders once", as though the consensus had differed once (tui47)."""
    clauses, shown = text.split(" · "), text
    while (
        width > 0
        and len(clauses) > 1
        and len(textwrap.wrap(shown, width, break_on_hyphens=False)) > lines
    ):
        clauses.pop()
        shown = " · ".join([*clauses, "…"])
    return shown


@dataclass
class AgreementLineReady(Message):
    text: str


class AgreementLine(ScreenPart):
    """Mixed into the reconcile screen, which holds ``every`` (its cases) and the app."""

    every: list[CaseView]
    team: list[str] | None  # the coders counted (None: the project's team)
    doc_set: str | None  # the document set shown (None: every document)
    code_names: dict[str, str]  # key -> the name the lead reads
    docs: list[str] | None  # the documents in view when one was opened on alone

    def team_of(self, doc: str | None) -> list[str] | None:
        """The coders the screen counts (``Project.team_for``: None is the project's
        team), named in a notice when they are those who finished ``doc``."""
        project = self.app.project
        finished = None if doc is None else project.team_for(doc)
        if finished:
            name = next((d.name for d in project.documents() if d.id == doc), doc)
            self.notify(self.app.t("rc_team_of_document", doc=name, names=", ".join(finished)))
        return finished

    kept: bool  # the screen replaces one in another language (L), which said its notes
    narrowing_said = False  # the note below is said once a screen, not after every verdict
    chosen_seen: tuple[str, ...] | None  # the reports screen's chosen coders (app.team) in force

    if TYPE_CHECKING:  # what ReconcileScreen adds

        def key_of(self, binding_id: str) -> str: ...
        def reload(self, row: int = 0) -> None: ...

    def on_screen_resume(self) -> None:
        """Back from the reports screen where the lead chose the coders to count (``t``, as
        the narrowing note says): the cases are those coders' now. They counted only once
        R opened the screen anew, and back here the note's way looked as if it did nothing."""
        chosen = self.app.team
        if chosen == self.chosen_seen:
            return
        self.chosen_seen = chosen
        self.team, self.docs = (list(chosen) if chosen else None), None
        if chosen:
            self.notify(self.app.t("rc_team_chosen", names=", ".join(chosen)))
        self.reload()

    def narrowed(self, scope: TeamScope) -> str:
        """' (without nina: 6)' after the documents counted when a late coder's few finished
        ones narrow them; the first time, a note too saying why and how to count the rest.
        The lead met "1 of 15 documents (without nina: 6)" with nothing saying it was the
        designed rule (a case counts where every coder finished), nor how to see the six
        (tui48): the reports screen's coder choice, which R then counts too."""
        if not scope.narrowed_by:
            return ""
        t, (name, finished, without) = self.app.t, scope.narrowed_by
        if not (self.kept or self.narrowing_said):
            self.narrowing_said = True
            note = t(
                "rc_narrowed_note",
                name=name,
                finished=finished,
                docs=len(scope.documents),
                total=scope.total_documents,
                without=without,
                reports=self.key_of("app.reports").strip("[]") or "P",
                team=key_named(self.app, "reports.team", "t"),
            )
            self.notify(note, timeout=NOTE_SECONDS)
        return t("rc_narrowed_short", name=name, without=without)

    def why_none(self, scope: TeamScope) -> str:
        """Why the list is empty when no document counts, and where R counts: it said "No
        cases under this filter" with every filter at "all", and no key helped (eyes19)."""
        if scope.documents:
            return ""
        names = ", ".join(scope.coders)
        return self.app.t("rc_none_team", n=len(scope.coders), names=names)

    def agreement_line(self, view: CaseView) -> None:
        codes = list(view.case.codes)
        of_codes = [v for v in self.every if set(v.case.codes) & set(codes)]
        names = {k: self.code_names.get(k, k) for k in codes}
        self._agreement(codes, names, sum(1 for v in of_codes if v.verdict), len(of_codes))

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _agreement(self, codes: list[str], names: dict[str, str], decided: int, cases: int) -> None:
        """In a thread with its own connection, as SQLite wants."""
        t = self.app.t
        with self.app.worker_project() as project:
            try:
                # a proposal no lead has accepted is not rated: its case is decided as any
                codes = project.rated(codes)
                # names as the panels above write them: this is the lead's working view,
                # and `agree` names coders on the pseudonym key by their pseudonyms
                lead = project.acting.name if project.acting else None
                report = (
                    project.agreement(
                        self.team,
                        docs=self.docs,
                        doc_set=self.doc_set,
                        codes=codes,
                        bootstrap=0,
                        real_names=lead is not None,
                        viewer=lead,
                    )
                    if codes
                    else None
                )
                rows = report.rows if report else []
            except QualcodeError as exc:
                self.post_message(AgreementLineReady(said(exc, self.app.t, "reconcile")))
                return
            parts = [
                t(
                    "rc_agreement",
                    code=names.get(r.code or "", r.code),
                    alpha=t.figure(r.alpha, 3),
                    percent=t.figure(r.percent, 3),
                    units=r.units,
                )
                for r in rows
                if r.scope == "code"
            ]
            decided_of = t("rc_decided_of", decided=decided, cases=cases)
            text = " · ".join(p for p in (" | ".join(parts), decided_of) if p)
            # against the consensus only once the code's cases are all decided: before, its
            # open passages counted as passages the consensus leaves uncoded, and one case
            # decided of three read "konsensus mot johan α -0,044" (eyes6)
            if decided and decided < cases:
                text += " · " + t("rc_consensus_later", cases=cases)
            elif decided and codes:
                try:
                    report = project.agreement(
                        self.team,
                        docs=self.docs,
                        doc_set=self.doc_set,
                        codes=codes[:1],
                        layer="consensus",
                        bootstrap=0,
                        real_names=lead is not None,
                        viewer=lead,
                    )
                except QualcodeError:
                    report = None
                pairs = [r for r in report.rows if r.scope == "pair"] if report else []
                text += "".join(
                    " · " + t("rc_with_consensus", coder=r.coders[0], alpha=t.figure(r.alpha, 3))
                    for r in pairs
                    if r.coders[-1] == "consensus"
                )
        self.post_message(AgreementLineReady(text))

    def on_agreement_line_ready(self, message: AgreementLineReady) -> None:
        # plain text holding code and coder names: as markup, a name with square brackets
        # stopped the TUI (MarkupError) or ran an action hidden in it
        line = self.query_one("#agreement", Static)
        line.update(literal(fitted(message.text, line.size.width)))

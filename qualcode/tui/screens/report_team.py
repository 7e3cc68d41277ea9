"""Which coders a lead's agreement tab and theme summary count (`t` on the reports screen).

By default the team is every coder who marked documents done, on the documents all of them
finished. A lead whose three coders (johan, karin, omar) had coded one new interview, in a
project where a fourth (mira) had finished others, opened the agreement tab on thirty rows
of dashes and, under them, "0 of 15 documents"; the summary the screen exported said
"Intercoder agreement is undefined: no document had been worked on by every rater" in a
table of "undefined". The CLI names the team (`agree --coders`, `export summary --coders`);
the screen had no way to (eyes19). `t` asks for the coders, as a comma list (empty: the
default again), checked by the service's own rule (``Project.team_scope``) before anything
is measured; the agreement and every summary exported from the screen then count them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from qualcode.errors import QualcodeError
from qualcode.project.scope import typed_names
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.prompt import PromptScreen

if TYPE_CHECKING:
    from qualcode.project import AgreementReport


@dataclass
class AgreementReady(Message):
    """The agreement for a set and a team, or the one line it failed with."""

    report: AgreementReport | None
    error: str | None = None
    doc_set: str | None = None
    team: tuple[str, ...] | None = None


class TeamChoice(ScreenPart):
    """Mixed into ``ReportsScreen``: the chosen team and the key that changes it."""

    team: tuple[str, ...] | None = None  # None: the default team (who finished documents)
    counted: tuple[str, ...] = ()  # the coders the agreement shown counts
    # the team `t` offers when the one shown counts no document: the first of those that
    # finished documents together (most documents first), so Enter counts it; offered the
    # team that counted none, a lead told "bengt, cecilia: 1 document" retyped it (user50)
    offered: tuple[str, ...] = ()
    doc_set: str | None
    agreement_started: bool
    lead: bool

    def team_said(self) -> str:
        """' · coders johan, karin, omar' after a title, or nothing for the default team."""
        if not self.team:
            return ""
        return " · " + self.app.t("rep_team_chosen", names=", ".join(self.team))

    def action_choose_team(self) -> None:
        t = self.app.t
        project = self.app.project

        def submit(value: str) -> None:
            names = typed_names(value)
            if names:  # an unknown name, or fewer than two, refused here in one line
                project.team_scope(names, doc_set=self.doc_set)

        def chosen(value: str | None) -> None:
            if value is None:
                return
            self.team = typed_names(value) or None
            self.app.team = self.team  # R counts them too, and P opens on them again
            self.notify(
                t("rep_team_set", names=", ".join(self.team))
                if self.team
                else t("rep_team_default")
            )
            self.agreement_started = True
            self._compute_agreement(self.doc_set)
            self.action_tab("tab-agreement")

        shown = ", ".join(self.team or self.offered or self.counted)
        self.app.push_screen(PromptScreen(t("rep_team_title"), shown, submit), chosen)

    if TYPE_CHECKING:  # what ReportsScreen adds

        def action_tab(self, pane: str) -> None: ...

    @work(thread=True, exclusive=True, group="agreement", exit_on_error=False)
    def _compute_agreement(self, doc_set: str | None) -> None:
        team = self.team
        try:
            with self.app.worker_project() as project:
                report = project.agreement(coders=team, doc_set=doc_set)
        except QualcodeError as exc:
            self.post_message(AgreementReady(None, said(exc, self.app.t), doc_set, team))
            return
        self.post_message(AgreementReady(report, doc_set=doc_set, team=team))

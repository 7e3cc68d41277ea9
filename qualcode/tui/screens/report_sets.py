"""The reports screen's document set (``S``): which set its counts, agreement and exports
are of, as ``--set NAME`` chooses on the command line.

``S`` steps through the project's sets and back to every document, as ``l`` steps through
the layers; a project without sets shows no ``S``. Which documents a set holds is the
service's (``Project.set_members``); this part only remembers the choice and says it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from qualcode.errors import QualcodeError
from qualcode.tui.screens.base import ScreenPart


class SetChoice(ScreenPart):
    """Mixed into ``ReportsScreen``: the chosen set and the key that changes it."""

    doc_set: str | None = None  # None: every document
    set_choices: Sequence[str | None] = (None,)
    doc_ids: Sequence[str] = ()  # every document, in the order of the screen's value lists
    agreement_started: bool

    if TYPE_CHECKING:  # what ReportsScreen adds

        def _reload(self) -> None: ...
        def _compute_agreement(self, doc_set: str | None) -> Any: ...

    def read_sets(self, project: Any, doc_ids: Sequence[str]) -> None:
        """The sets to step through (every document first) and the documents' order."""
        self.set_choices = [None, *(s.name for s in project.document_sets())]
        self.doc_ids = list(doc_ids)

    def has_sets(self) -> bool:
        return len(self.set_choices) > 1

    def set_said(self) -> str:
        """' · set north' after a title or a count, or nothing for every document."""
        return "" if self.doc_set is None else " · " + self.app.t("sets_shown", name=self.doc_set)

    def in_set_only(self, values: Sequence[Any]) -> list[Any]:
        """Of one attribute's values (one per document, in ``doc_ids``' order), those the
        service counts for the chosen set (``Project.in_document_set``)."""
        try:
            return self.app.project.in_document_set(self.doc_set, self.doc_ids, values)
        except QualcodeError:  # deleted meanwhile: its counts say so already
            return []

    def action_next_set(self) -> None:
        """The next document set (then every document again): the table, the chart, the
        agreement and the exports count its documents only."""
        t = self.app.t
        i = list(self.set_choices).index(self.doc_set)
        self.doc_set = self.set_choices[(i + 1) % len(self.set_choices)]
        said = t("rep_set_all") if self.doc_set is None else t("rep_set_chosen", name=self.doc_set)
        self.notify(said)
        self._reload()
        if self.agreement_started:  # measured again, for the set now chosen
            self._compute_agreement(self.doc_set)

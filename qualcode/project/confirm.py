"""Confirming the coders' agreements: every passage the counted coders coded alike goes
into the consensus layer as a decision of its own ("the coders agreed"), which the lead
makes in one act for all of them rather than case by case (``ReconcileMixin.decide``).

Kept apart from ``reconcile.py`` because its rule differs: a decision the lead makes on a
case replaces the one in force, whereas confirming leaves a case someone decided meanwhile
as it is (two leads confirming at once doubled the history, red team 8).
"""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.errors import QualcodeError
from qualcode.project.api_arguments import require_filter
from qualcode.project.reconcile import ReconcileMixin
from qualcode.reconcile import Case, resolve_verdict
from qualcode.reconcile.cases import changed_since

AGREED = "the coders agreed"  # the rationale of a confirmed agreement


class ConfirmMixin(ReconcileMixin):
    def unconfirmed_agreements(
        self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> int | None:
        """How many passages the counted coders coded alike are not in the consensus yet
        (``confirm_agreements``); None when there is nothing to count. Deciding every
        disagreement leaves them out, and a summary on the consensus said nothing was
        open while the passages the coders agreed on were missing from it (eyes6).

        Counted as ``still_open`` counts them, from columns (no ``Case`` per passage: the
        reconcile screen asks on opening). ``docs=[]`` is refused as ``confirm_agreements``
        refuses it: read as the scope's, the reconcile screen on an empty document set
        counted the agreements of the whole project (empty48); None is the scope's."""
        require_filter(docs, "unconfirmed_agreements: docs")
        return self.still_open(coders, docs)[1]

    def why_none_to_confirm(
        self, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> tuple[int, int]:
        """Why no agreement waits to be confirmed: how many are in the consensus already,
        and how many passages the coders gave the same codes with other boundaries. An
        agreement is every counted coder's identical version of a passage (``find_cases``);
        a lead whose three coders coded sentences alike, one a word longer, was told only
        that none was waiting, and could not tell a rule from a fault (small34c). A boundary
        case the lead decided is no longer to decide: counted, it told a lead who had
        decided every case that one was still open (study46)."""
        try:
            views = self.cases(coders, docs, include_agreements=True)
        except QualcodeError:
            return 0, 0
        confirmed = sum(1 for v in views if v.case.kind == "agreement" and v.verdict)
        return confirmed, sum(1 for v in views if v.case.kind == "boundary" and not v.verdict)

    def confirm_agreements(
        self, by: str, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> int:
        """Copy every undecided agreement into the consensus layer; returns how many.
        ``docs=[]`` is refused, not read as every document: a notebook's filter that
        matched nobody confirmed the agreements of the whole project (minor48b)."""
        require_filter(docs, "confirm_agreements: docs")
        lead = self._lead(by)
        waiting = [
            view.case
            for view in self.cases(coders, docs, include_agreements=True)
            if view.case.kind == "agreement" and view.verdict is None
        ]
        self.refuse_if_taken([case.document_id for case in waiting])  # before any is written
        return sum(self._confirm_agreement(case, lead.id, by) for case in waiting)

    def _confirm_agreement(self, case: Case, lead_id: str, by: str) -> bool:
        """Write the agreement ``case`` into the consensus layer unless it has a decision in
        force by the time the writer holds the file: False then, and nothing written. A
        second lead's confirm committed between our reading the cases and writing them, or
        a coder still coding changed her version (no agreement any more, or another one)."""
        spans = resolve_verdict(case, "agree")
        with self.store.transaction():
            if self.store.decisions.in_force(case.id, (case.document_id, case.start, case.end)):
                return False
            now = self.store.codings.list(document_ids=[case.document_id], layer="coder")
            if changed_since(case, now) is not None:
                return False
            self._record_decision(case, "agree", AGREED, lead_id, by, spans)
            return True

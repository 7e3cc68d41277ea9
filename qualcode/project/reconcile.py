"""Reconciliation: the lead turns the coders' cases into a consensus layer, with reasons.

The coders' own codings are never touched: a decision writes new codings in the
``consensus`` layer (origin ``decision``) linked to it, and deciding a case again (or
reopening it) supersedes the earlier decision and retires its consensus codings, so the
audit log and the decisions table tell every step. A decision replaces only the decision
its lead read: one made or taken back meanwhile is refused (``read_since``). Cases count
the same coders and documents as agreement does (``team_scope``); listing them and their
discussion is ``case_views.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qualcode.errors import ValidationError
from qualcode.model import Coder, Coding
from qualcode.oneline import check_free_text, shown
from qualcode.project.case_counts import decision_on
from qualcode.project.case_views import CasesMixin, CaseView, case_stamp
from qualcode.project.coding import whole_span
from qualcode.reconcile import Case, Consensus, resolve_verdict
from qualcode.reconcile.cases import VerdictError, changed_since
from qualcode.reconcile.cases import shown_case as shown_case  # the faces' one length
from qualcode.store.decisions import DecisionRow

ONE = "one"  # the verdict's kind of a document taken from one coder: "one:anna"


def is_taken(verdict: str) -> bool:
    """Whether a decision's verdict took a document from one coder (``one_coder.py``),
    not a case's."""
    return verdict.startswith(f"{ONE}:")


class ReconcileMixin(CasesMixin):
    def refuse_if_taken(self, document_ids: Sequence[str]) -> None:
        """Refuse a decision in a document still in the consensus as one coder coded it:
        a second coder finished it since, and its cases decided beside the document taken
        whole put both into the consensus. The lead reopens the taken document first."""
        wanted = set(document_ids)
        for d in self.current_decisions():
            if is_taken(d.verdict) and d.document_id in wanted:
                name = next(
                    (s.name for s in self.store.documents.summaries() if s.id == d.document_id),
                    d.document_id,
                )
                raise ValidationError(
                    f"{shown(name)} is in the consensus as {d.verdict[len(ONE) + 1 :]} coded "
                    f"it (taken from one coder): reopen {shown_case(d.case_id)} before "
                    "reconciling its cases (qualcode reconcile reopen ID --reason ...)",
                    key="case_in_taken_document",
                    name=shown(name),
                    coder=d.verdict[len(ONE) + 1 :],
                    case=shown_case(d.case_id),
                )

    def _lead(self, name: str) -> Coder:
        lead = self.person(name, "reconcile")
        if lead.role != "lead":
            raise ValidationError(
                f"{name} is not a lead; only a lead reconciles", key="lead_reconciles", name=name
            )
        # a decision names the lead who made it: lena passed by="erik" (or ran `--coder
        # erik`) and the decisions, the agenda and the appendix said erik had decided
        me = self.at_keyboard()
        if me is not None and me.name != lead.name:
            raise ValidationError(
                f"{me.name} cannot reconcile as {lead.name}: a decision is recorded under "
                "the lead who makes it"
            )
        return lead

    def check_verdict(self, case: Case, verdict: str) -> None:
        """Refuse a verdict that gives this case nothing (an intersection where a coder
        marked none of it, as in every presence case) before the lead writes a rationale:
        the TUI asked for the words first and refused after, losing them (eyes12)."""
        from qualcode.project.typed_team import verdict_refused, verdict_typed

        try:
            resolve_verdict(case, verdict_typed(self, verdict))
        except VerdictError as exc:  # a coder typed as printed is refused as typed
            raise verdict_refused(self, case, verdict, exc) from None

    def decide(
        self,
        case_id: str,
        verdict: str,
        rationale: str,
        by: str,
        *,
        coders: Sequence[str] | None = None,
        participants: Sequence[str] | None = None,
        seen: str | None = None,
    ) -> list[str]:
        """Record the lead's verdict on a case; returns the consensus coding ids written.

        ``participants`` says who took part in the discussion (by default the lead,
        everyone who commented on the case, and every coder a comment speaks for: the lead
        noting "johan: the sentence before sets it up" had johan in the discussion).
        ``seen``: the case's stamp as the lead was shown it (the TUI; the CLI's --seen, the
        stamp `reconcile list` prints); a coder's version changed since is refused, as is
        one changed while this call ran. So is a decision made or taken back on the case
        since: with ``seen``, since the lead read it; without, since this call read it (two
        leads, or one lead's two windows, deciding at one moment: the second replaced the
        first without a word). Deciding again once read replaces the decision in force."""
        lead = self._lead(by)
        if seen is not None and not re.fullmatch(r"[0-9a-f]{10}", seen):  # a stamp mistyped
            raise ValidationError(  # would read as a case changed since
                f"{shown(seen)} is no case's stamp (ten letters and digits, as the case "
                "list prints it)",
                action="list_cases",
            )
        if not rationale.strip():
            raise ValidationError("a decision needs a rationale", key="case_rationale_empty")
        check_free_text(rationale, "rationale")
        view = self.case(case_id, coders)
        case = view.case
        self.refuse_if_taken([case.document_id])
        # each as stored: 'Åsa' pasted decomposed is the coder Åsa in the decision's team;
        # or as the reports print her, as every typed team is read (``coders_typed``)
        from qualcode.project.typed_team import coders_typed, verdict_refused, verdict_typed

        named = coders_typed(self, participants or ())
        people = named or self._discussed(view, by)
        typed, verdict = verdict, verdict_typed(self, verdict)  # "accept:Kodare B": karin
        try:
            consensus = resolve_verdict(case, verdict)
        except VerdictError as exc:
            raise verdict_refused(self, case, typed, exc) from None
        text = self.store.documents.texts([case.document_id])[case.document_id]
        for code, _, _ in consensus:
            self.store.codes.id_for_key(code)
        consensus = tuple(
            (code, *whole_span(text, start, end, case.document_id))
            for code, start, end in consensus
        )
        team = tuple(dict.fromkeys(people))
        with self.store.transaction():
            # read again under the lock: the verdict was resolved on the versions read
            now = self.store.codings.list(document_ids=[case.document_id], layer="coder")
            in_force = decision_on(case, self.decisions_in_force())
            if (refused := read_since(view, now, in_force, seen)) is not None:
                raise refused
            return self._record_decision(case, verdict, rationale, lead.id, by, consensus, team)

    def _record_decision(
        self,
        case: Case,
        verdict: str,
        rationale: str,
        lead_id: str,
        by: str,
        consensus: Consensus,
        participants: tuple[str, ...] = (),
    ) -> list[str]:
        """Write a decision (superseding the one in force) and its consensus codings;
        returns their ids. Called inside the caller's transaction, so that what the caller
        checked (``confirm_agreements``: still undecided) holds when it is written."""
        code_ids = {code: self.store.codes.id_for_key(code) for code, _, _ in consensus}
        single = self.store.codes.id_for_key(case.codes[0]) if len(case.codes) == 1 else None
        old = self._retire(case)
        decision_id = self.store.decisions.insert(
            case_id=case.id,
            document_id=case.document_id,
            start=case.start,
            end=case.end,
            code_id=single,  # None: the case is over several codes
            verdict=verdict,
            rationale=rationale,
            decided_by=lead_id,
            digest=case.digest,
            participants=participants,
        )
        written = [
            self.store.codings.insert(
                document_id=case.document_id,
                start=s,
                end=e,
                code_id=code_ids[code],
                coder_id=lead_id,
                layer="consensus",
                origin="decision",
                decision_id=decision_id,
            )
            for code, s, e in consensus
        ]
        self.store.audit.append(
            by,
            "reconcile.decide",
            {
                "case": case.id,
                "decision": decision_id,
                "kind": case.kind,
                "codes": list(case.codes),
                "document": case.document_id,
                "verdict": verdict,
                "rationale": rationale,
                "participants": list(participants),
                "versions": {
                    coder: {code: [list(s) for s in spans] for code, spans in v.spans.items()}
                    for coder, v in case.versions.items()
                },
                "consensus": [list(c) for c in consensus],
                "supersedes": old,
            },
        )
        return written

    def _retire(self, case: Case) -> list[str]:
        """Supersede the case's decisions in force and retire their consensus codings."""
        old = self.store.decisions.supersede(case.id, (case.document_id, case.start, case.end))
        for coding_id in self.store.decisions.consensus_codings_of(old):
            self.store.codings.soft_delete(coding_id)
        return old

    def reopen(self, case_id: str, by: str, reason: str) -> None:
        """Take back the decision on a case (it stays in the history) so the team can
        discuss it again; the reason joins the case's discussion."""
        lead = self._lead(by)
        if not reason.strip():
            raise ValidationError("reopening a decision needs a reason", key="case_reopen_reason")
        check_free_text(reason, "reason")
        # read under the lock: the lead's other window may reopen the case meanwhile;
        # read before, both reopened it, the second adding a reason and an audit line
        # that reopened nothing
        with self.store.transaction():
            view = self.case(case_id)
            if view.verdict is None:
                raise ValidationError(
                    f"case {view.case.shown_id} has no decision to reopen", key="case_reopen_none"
                )
            case = view.case
            old = self._retire(case)
            self.store.comments.add(
                case_id=case.id,
                document_id=case.document_id,
                start=case.start,
                end=case.end,
                author_id=lead.id,
                text=reason.strip(),
                kind="reopen",
            )
            self.store.audit.append(
                by, "reconcile.reopen", {"case": case.id, "reason": reason, "reopens": old}
            )


def read_since(
    view: CaseView, codings: Sequence[Coding], in_force: DecisionRow | None, seen: str | None
) -> ValidationError | None:
    """Why a decision on the case as ``view`` read it must not be written now that the
    coders' codings are ``codings`` and the decision in force is ``in_force`` (both read
    under the write lock); None: it stands as read. ``seen``, the stamp the lead was shown,
    names the decision she saw when it is a stamp of these versions; else the decision is
    the one this call read."""
    case = view.case
    known = (None, view.decision, *(old.id for old in view.history))
    stamps = {case_stamp(case.digest, decision): decision for decision in known}
    read, versions_seen = view.decision, seen
    if seen is not None and seen in stamps:
        read, versions_seen = stamps[seen], None  # the versions as seen: the decision?
    if (why := changed_since(case, codings, versions_seen)) is not None:
        return ValidationError(why, action="list_cases", key="case_changed")
    if (in_force.id if in_force else None) == read:
        return None
    if in_force is None:
        return ValidationError(
            f"case {case.shown_id} was reopened meanwhile; nothing was written: read it again "
            "and decide",
            action="list_cases",
            key="case_reopened_meanwhile",
        )
    return ValidationError(
        f"case {case.shown_id} was decided meanwhile ({in_force.verdict} by "
        f"{in_force.decided_by}); "
        "nothing was written: read it again, and decide again to replace that decision",
        action="list_cases",
        key="case_decided_meanwhile",
        lead=in_force.decided_by,
    )

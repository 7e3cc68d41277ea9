"""Reconciliation: the lead turns the coders' cases into a consensus layer, with reasons.

The coders' own codings are never touched: a decision writes new codings in the
``consensus`` layer (origin ``decision``) linked to it, and deciding a case again
supersedes the earlier decision and retires its consensus codings, so the audit log and
the decisions table tell every step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qualcode.errors import NotFoundError, ValidationError
from qualcode.model import Coder
from qualcode.project.base import Service
from qualcode.project.coding import check_span
from qualcode.reconcile import Case, find_cases, resolve_verdict


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case with the decision in force on it, if any."""

    case: Case
    verdict: str | None = None
    rationale: str | None = None
    decided_by: str | None = None


class ReconcileMixin(Service):
    def _team(self, coders: Sequence[str] | None) -> list[str]:
        names = [c.name for c in self.store.coders.list() if c.role == "coder"]
        chosen = list(coders) if coders else names
        for name in chosen:
            self.store.coders.by_name(name)
        if len(chosen) < 2:
            raise ValidationError("reconciliation needs at least two coders")
        return chosen

    def _lead(self, name: str) -> Coder:
        lead = self.store.coders.by_name(name)
        if lead.role != "lead":
            raise ValidationError(f"{name} is not a lead; only a lead reconciles")
        return lead

    def cases(
        self,
        coders: Sequence[str] | None = None,
        docs: Sequence[str] | None = None,
        *,
        include_agreements: bool = False,
        codes: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[CaseView]:
        """The coders' segments aligned into cases, each with its decision if decided.

        ``codes`` and ``kinds`` narrow the list (the lead works through one code or one
        kind of disagreement at a time); cases are still found among all codes, since a
        case's kind depends on what else the coders gave the passage.
        """
        self.require_lead("the disagreement cases")
        team = self._team(coders)
        for key in codes or ():
            self.store.codes.id_for_key(key)  # an unknown code is an error, not "no cases"
        unknown = set(kinds or ()) - {"agreement", "presence", "code", "boundary"}
        if unknown:
            raise ValidationError(
                f"unknown case kind {sorted(unknown)[0]!r}; use presence, code or boundary"
            )
        doc_ids = [self.store.documents.resolve(d) for d in docs] if docs else None
        codings = self.store.codings.list(document_ids=doc_ids, layer="coder")
        decided = {d.case_id: d for d in self.store.decisions.current()}
        views = []
        for case in find_cases(codings, team):
            if case.kind == "agreement" and not include_agreements:
                continue
            if (codes and case.code not in codes) or (kinds and case.kind not in kinds):
                continue
            decision = decided.get(case.id)
            views.append(
                CaseView(case, decision.verdict, decision.rationale, decision.decided_by)
                if decision
                else CaseView(case)
            )
        return views

    def decide(
        self,
        case_id: str,
        verdict: str,
        rationale: str,
        by: str,
        *,
        coders: Sequence[str] | None = None,
    ) -> list[str]:
        """Record the lead's verdict on a case; returns the consensus coding ids written."""
        lead = self._lead(by)
        if not rationale.strip():
            raise ValidationError("a decision needs a rationale")
        matches = [
            v.case
            for v in self.cases(coders, include_agreements=True)
            if v.case.id.startswith(case_id)
        ]
        if not matches:
            raise NotFoundError(f"no case {case_id!r} (see `qualcode reconcile list`)")
        if len(matches) > 1:
            raise ValidationError(f"case prefix {case_id!r} matches {len(matches)} cases")
        case = matches[0]
        try:
            spans = resolve_verdict(case, verdict)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
        text = self.store.documents.texts([case.document_id])[case.document_id]
        for start, end in spans:
            check_span(text, start, end, case.document_id)
        return self._write_decision(case, verdict, rationale, lead.id, by, spans)

    def _write_decision(
        self,
        case: Case,
        verdict: str,
        rationale: str,
        lead_id: str,
        by: str,
        spans: Sequence[tuple[int, int]],
    ) -> list[str]:
        code_id = self.store.codes.id_for_key(case.code)
        with self.store.transaction():
            old = self.store.decisions.supersede(case.id)
            for coding_id in self.store.decisions.consensus_codings_of(old):
                self.store.codings.soft_delete(coding_id)
            decision_id = self.store.decisions.insert(
                case_id=case.id,
                document_id=case.document_id,
                start=case.start,
                end=case.end,
                code_id=code_id,
                verdict=verdict,
                rationale=rationale,
                decided_by=lead_id,
            )
            written = [
                self.store.codings.insert(
                    document_id=case.document_id,
                    start=s,
                    end=e,
                    code_id=code_id,
                    coder_id=lead_id,
                    layer="consensus",
                    origin="decision",
                    decision_id=decision_id,
                )
                for s, e in spans
            ]
            self.store.audit.append(
                by,
                "reconcile.decide",
                {
                    "case": case.id,
                    "decision": decision_id,
                    "kind": case.kind,
                    "code": case.code,
                    "document": case.document_id,
                    "verdict": verdict,
                    "rationale": rationale,
                    "versions": {k: list(v) for k, v in case.versions.items()},
                    "consensus": [list(s) for s in spans],
                    "supersedes": old,
                },
            )
        return written

    def confirm_agreements(
        self, by: str, coders: Sequence[str] | None = None, docs: Sequence[str] | None = None
    ) -> int:
        """Copy every undecided agreement into the consensus layer; returns how many."""
        lead = self._lead(by)
        count = 0
        for view in self.cases(coders, docs, include_agreements=True):
            if view.case.kind == "agreement" and view.verdict is None:
                spans = resolve_verdict(view.case, "agree")
                self._write_decision(view.case, "agree", "the coders agreed", lead.id, by, spans)
                count += 1
        return count

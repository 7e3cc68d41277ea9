"""Documents coded by one coder, taken into the consensus as she coded them.

Most studies double-code a subset for agreement and code the rest once. A document only
one coder finished has no case to decide and no agreement to confirm, so without this
act it could never enter the consensus: the lead's final summary left it out, and the
coders' layer counted the double-coded documents twice (user50). Taking it writes one
decision on the whole document (verdict ``one:CODER``, "taken from one coder") and a
consensus coding for each passage and code she coded; the coders' own codings stay as
they are, as every decision leaves them.

Kept apart from ``reconcile.py`` because its unit is a document, not a passage: its
decision's id hashes the document alone, its extent (0, 0) is no passage's, so no case
is ever read as decided by it, and agreement (which counts only documents two coders
finished) never counts it. It is stale, as a decided case is, once the coder's codings
there are not the ones taken, or once another coder finished the document too (then it
must be reconciled); taking it again replaces the decision, reopening takes it back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qualcode.errors import NotFoundError, ValidationError
from qualcode.oneline import check_free_text, shown
from qualcode.project.api_arguments import require_filter
from qualcode.project.reconcile import ONE, ReconcileMixin, is_taken
from qualcode.reconcile import merge_spans
from qualcode.reconcile.cases import shown_case
from qualcode.store import Store
from qualcode.store.decisions import DecisionRow

TAKEN = "taken from one coder"  # the rationale when the lead gives none


def taken_id(document_id: str) -> str:
    """The decision's case id: one per document, never a passage's (those hash an extent)."""
    return hashlib.sha1(f"{document_id}:taken from one coder".encode()).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Taken:
    """A document taken from one coder: what the act did, or what is in force."""

    id: str  # the decision's case id, as `reconcile reopen` takes it
    document_id: str
    document: str  # its name
    coder: str
    codings: int  # consensus codings written (or in force)
    fresh: bool  # False: it was in the consensus as coded already, nothing written
    rationale: str = TAKEN
    stale: bool = False  # her codings changed, or another coder finished it, since

    @property
    def shown_id(self) -> str:
        return shown_case(self.id)


def finished(store: Store, doc_id: str) -> list[str]:
    """Who marked the document done, in the team's order."""
    return finished_all(store).get(doc_id, [])


def finished_all(store: Store) -> dict[str, list[str]]:
    """Who marked each document done, in the team's order: each coder's statuses read once."""
    done: dict[str, list[str]] = {}
    for coder in store.coders.list():
        for doc_id, status in store.coders.statuses(coder.id).items():
            if status == "done":
                done.setdefault(doc_id, []).append(coder.name)
    return done


def waiting_for_take(
    store: Store, decisions: Iterable[DecisionRow], within: Iterable[str] | None = None
) -> list[tuple[str, str]]:
    """The documents (of ``within``, ids; default every live one) exactly one coder
    finished that are not in the consensus as taken: (name, coder) each, by name. What a
    lead's consensus lacks until she takes them (``take_one_coder``); a summary says how
    many, as it says the agreements not yet confirmed."""
    taken = {d.document_id for d in decisions if is_taken(d.verdict)}
    wanted = None if within is None else set(within)
    done = finished_all(store)
    return sorted(
        (d.name, done[d.id][0])
        for d in store.documents.summaries()
        if len(done.get(d.id, ())) == 1 and d.id not in taken and (wanted is None or d.id in wanted)
    )


def her_spans(store: Store, doc_id: str, coder: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Her live codings in the document, per code key, overlapping ones joined."""
    found: dict[str, list[tuple[int, int]]] = {}
    for c in store.codings.list(document_ids=[doc_id], layer="coder"):
        if c.coder == coder:
            found.setdefault(c.code, []).append((c.start, c.end))
    return {code: merge_spans(spans) for code, spans in sorted(found.items())}


def taken_digest(store: Store, doc_id: str, coder: str) -> str:
    """Her version of the whole document: a change to it makes the decision stale."""
    content = repr((doc_id, coder, sorted(her_spans(store, doc_id, coder).items())))
    return hashlib.sha1(content.encode()).hexdigest()[:10]


def taken_in_force(store: Store, decisions: Iterable[DecisionRow]) -> list[Taken]:
    """Of ``decisions`` (those in force), the documents taken from one coder, each saying
    whether it is stale: her codings there changed, or another coder finished it, since.
    A summary counts them for whoever exports it, so no lead is required here."""
    names = {d.id: d.name for d in store.documents.summaries()}
    done = finished_all(store)
    out = []
    for d in decisions:
        if not is_taken(d.verdict):
            continue
        coder = d.verdict.partition(":")[2]
        stale = done.get(d.document_id, []) != [coder] or d.digest != taken_digest(
            store, d.document_id, coder
        )
        held = store.decisions.consensus_codings_of([d.id])
        name = names.get(d.document_id, d.document_id)
        out.append(
            Taken(d.case_id, d.document_id, name, coder, len(held), False, d.rationale, stale)
        )
    return out


class OneCoderMixin(ReconcileMixin):
    def take_one_coder(self, doc: str, by: str, rationale: str = "") -> Taken:
        """Take a document exactly one coder finished into the consensus as she coded it.

        Refused in one line when two or more finished it (its cases are to reconcile),
        when nobody did, or by anyone but a lead. Taking it again while her codings are
        the ones taken writes nothing (``fresh`` False); once they changed, it replaces
        the decision, as deciding a case again does."""
        lead = self._lead(by)
        if rationale.strip():
            check_free_text(rationale, "rationale")
        words = rationale.strip() or TAKEN
        doc_id = self.store.documents.resolve(doc)
        name = self._doc_name(doc_id)
        with self.store.transaction():
            done = finished(self.store, doc_id)
            if len(done) >= 2:
                raise ValidationError(
                    f"{shown(name)} was finished by {len(done)} coders "
                    f"({', '.join(done)}): reconcile its cases (qualcode reconcile list "
                    f"--docs {name})",
                    key="taken_two_coders",
                    name=shown(name),
                    n=len(done),
                    coders=", ".join(done),
                    doc=name,
                )
            if not done:
                raise ValidationError(
                    f"nobody has finished {shown(name)}: a coder marks it done before it "
                    "can be taken into the consensus",
                    key="taken_nobody",
                    name=shown(name),
                )
            coder = done[0]
            spans = her_spans(self.store, doc_id, coder)
            digest = taken_digest(self.store, doc_id, coder)
            case = taken_id(doc_id)
            verdict = f"{ONE}:{coder}"
            now = [d for d in self.current_decisions() if d.case_id == case]
            if now and now[0].digest == digest and now[0].verdict == verdict:
                held = self.store.decisions.consensus_codings_of([now[0].id])
                return Taken(case, doc_id, name, coder, len(held), False, now[0].rationale)
            old = self.store.decisions.supersede(case)
            for coding_id in self.store.decisions.consensus_codings_of(old):
                self.store.codings.soft_delete(coding_id)
            decision = self.store.decisions.insert(
                case_id=case,
                document_id=doc_id,
                start=0,
                end=0,  # no passage's extent: no case reads as decided by it
                code_id=None,
                verdict=verdict,
                rationale=words,
                decided_by=lead.id,
                digest=digest,
                participants=(lead.name,),
            )
            written = 0
            for code, parts in spans.items():
                code_id = self.store.codes.id_for_key(code)
                for start, end in parts:
                    self.store.codings.insert(
                        document_id=doc_id,
                        start=start,
                        end=end,
                        code_id=code_id,
                        coder_id=lead.id,
                        layer="consensus",
                        origin="decision",
                        decision_id=decision,
                    )
                    written += 1
            self.store.audit.append(
                by,
                "reconcile.take_one_coder",
                {
                    "case": case,
                    "decision": decision,
                    "document": doc_id,
                    "coder": coder,
                    "codings": written,
                    "rationale": words,
                    "supersedes": old,
                },
            )
        return Taken(case, doc_id, name, coder, written, True, words)

    def take_every_one_coder(
        self, by: str, rationale: str = "", docs: Sequence[str] | None = None
    ) -> list[Taken]:
        """``take_one_coder`` for every document exactly one coder finished (of ``docs``,
        ids, when given: the reconcile screen's set in view): a corpus coded once but for a
        double-coded subset has dozens, each taken alike. Returns what each did (``fresh``
        False: in the consensus as coded already). ``docs=[]`` (a filter that matched
        nobody) is refused, as every method taking documents refuses it."""
        require_filter(docs, "take_every_one_coder: docs")
        self._lead(by)  # a coder is refused before anything is read
        done = finished_all(self.store)
        return [
            self.take_one_coder(d.id, by, rationale)
            for d in self.store.documents.summaries()
            if len(done.get(d.id, ())) == 1 and (docs is None or d.id in docs)
        ]

    def taken_documents(self) -> list[Taken]:
        """The documents in the consensus as one coder coded them, each saying whether it
        is stale: her codings there changed, or another coder finished it, since."""
        self.require_lead("the documents taken from one coder")
        return taken_in_force(self.store, self.current_decisions())

    def one_coder_waiting(self, docs: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """The documents exactly one coder finished (of ``docs``, ids, when given), not
        taken into the consensus yet: (name, coder) each, for `reconcile taken` and the
        reconcile screen to name (``waiting_for_take``)."""
        require_filter(docs, "one_coder_waiting: docs")
        self.require_lead("the documents finished by one coder")
        return waiting_for_take(self.store, self.current_decisions(), docs)

    def reopen(self, case_id: str, by: str, reason: str) -> None:
        """Take back a decision: a case's (``ReconcileMixin.reopen``), or a document taken
        from one coder, by the id `reconcile take` printed; its consensus codings retire
        and the decision stays in the history, as a case's does."""
        prefix = case_id.strip()
        found = [
            d
            for d in self.current_decisions()
            if is_taken(d.verdict) and prefix and d.case_id.startswith(prefix)
        ]
        if not found:
            super().reopen(case_id, by, reason)
            return
        lead = self._lead(by)
        if not reason.strip():
            raise ValidationError("reopening a decision needs a reason", key="case_reopen_reason")
        check_free_text(reason, "reason")
        if len(found) > 1:
            raise ValidationError(f"{shown(prefix)} names {len(found)} documents taken; type more")
        # a prefix a decided case's id begins with too is refused as the cases' is: read
        # as the document's, `reopen c` took a document back where the lead meant a case
        cases = [
            d
            for d in self.current_decisions()
            if not is_taken(d.verdict) and d.case_id.startswith(prefix)
        ]
        if cases:
            raise ValidationError(
                f"{shown(prefix)} names a document taken from one coder and "
                f"{len(cases)} decided case{'s' * (len(cases) != 1)}; type more"
            )
        taken = found[0]
        with self.store.transaction():
            old = self.store.decisions.supersede(taken.case_id)
            if not old:  # the lead's other window reopened it meanwhile
                raise NotFoundError(f"{shown_case(taken.case_id)} was reopened meanwhile")
            for coding_id in self.store.decisions.consensus_codings_of(old):
                self.store.codings.soft_delete(coding_id)
            self.store.comments.add(
                case_id=taken.case_id,
                document_id=taken.document_id,
                start=0,
                end=0,
                author_id=lead.id,
                text=reason.strip(),
                kind="reopen",
            )
            self.store.audit.append(
                by,
                "reconcile.reopen",
                {"case": taken.case_id, "reason": reason, "reopens": old},
            )

    def _doc_name(self, doc_id: str) -> str:
        return next((d.name for d in self.store.documents.summaries() if d.id == doc_id), doc_id)

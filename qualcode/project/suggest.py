"""Suggestions: propose passages per code, learn from every accept and reject.

The engine (``qualcode.nlp.suggest``) is rebuilt from the project's data on each run:
models are never stored, only their inputs (codings, decisions), so a project file from
someone else can never carry executable state.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from qualcode.errors import ValidationError
from qualcode.model import Suggestion
from qualcode.project.base import Service

if TYPE_CHECKING:
    from qualcode.nlp.suggest import Candidate, Example, Suggester

INTERVIEWER_LABELS = {"i", "int", "intervjuare", "interviewer", "q", "fråga", "moderator"}
CONSENSUS_WEIGHT = 2.0
WEAK_NEGATIVE_WEIGHT = 0.3


class SuggestMixin(Service):
    def _candidates(self, doc_ids: Sequence[str]) -> tuple[list[Candidate], dict[str, list]]:
        from qualcode.nlp.suggest import Candidate

        candidates: list[Candidate] = []
        units_by_doc: dict[str, list] = {}
        for doc_id in doc_ids:
            doc = self.store.documents.get(doc_id)
            turns = self.store.documents.turns(doc_id)
            units = self.store.documents.units(doc_id)
            units_by_doc[doc_id] = units
            interviewer = (doc.attributes.get("interviewer") or "").strip().lower()
            speakers = {t.idx: (t.speaker or "").strip().lower() for t in turns}
            starts = [t.start for t in turns]
            for unit in units:
                turn = bisect.bisect_right(starts, unit.start) - 1
                who = speakers.get(turns[turn].idx, "") if turn >= 0 else ""
                asks = who in INTERVIEWER_LABELS or bool(interviewer and who == interviewer)
                candidates.append(
                    Candidate(
                        doc_id,
                        unit.start,
                        unit.end,
                        doc.text[unit.start : unit.end],
                        doc.lang,
                        asks,
                    )
                )
        return candidates, units_by_doc

    def _training(
        self, exclude_docs: set[str] = frozenset(), only_coder: str | None = None
    ) -> list[Example]:
        """Units coded by anyone (consensus weighted higher), uncoded units of documents
        someone worked on (weak negatives) and rejected suggestions."""
        from qualcode.agreement.units import coverage_matrix
        from qualcode.nlp.suggest import Example

        codings = [
            c
            for c in self.store.codings.list()
            if c.document_id not in exclude_docs and (only_coder is None or c.coder == only_coder)
        ]
        by_doc: dict[str, list] = {}
        for c in codings:
            by_doc.setdefault(c.document_id, []).append(c)
        examples: list[Example] = []
        keys = [c.key for c in self.store.codes.list()]
        for doc_id, doc_codings in by_doc.items():
            doc = self.store.documents.get(doc_id)
            units = self.store.documents.units(doc_id)
            layers = {c.layer for c in doc_codings}
            spans = {
                (k, layer): [
                    (c.start, c.end) for c in doc_codings if c.code == k and c.layer == layer
                ]
                for k in keys
                for layer in layers
            }
            cover = {key: coverage_matrix(doc.text, units, spans, [key])[:, 0] for key in spans}
            for i, unit in enumerate(units):
                text = doc.text[unit.start : unit.end]
                for layer in layers:
                    got = frozenset(k for k in keys if cover[(k, layer)][i])
                    weight = CONSENSUS_WEIGHT if layer == "consensus" else 1.0
                    examples.append(
                        Example(text, doc.lang, got, weight=weight if got else WEAK_NEGATIVE_WEIGHT)
                    )
        if only_coder is None:
            texts = {}
            for s in self.store.suggestions.list(status="rejected"):
                if s.document_id in exclude_docs:
                    continue
                if s.document_id not in texts:
                    texts[s.document_id] = self.store.documents.get(s.document_id)
                doc = texts[s.document_id]
                examples.append(
                    Example(
                        doc.text[s.start : s.end],
                        doc.lang,
                        frozenset(),
                        negative_for=frozenset({s.code}),
                    )
                )
        return examples

    def _reference(self, limit: int = 4000) -> list[Candidate]:
        """An even sample of the project's units, to calibrate scores against the corpus.

        Documents are taken evenly across the project until the sample is large enough,
        so calibration costs the same on a national study as on a pilot.
        """
        docs = self.store.documents.summaries()
        words = sum(d.words for d in docs) or 1
        share = min(1.0, limit * 15 / words)  # ~15 words per sentence unit
        step = max(1, round(1 / share))
        candidates, _ = self._candidates([d.id for d in docs[::step]])
        return candidates[:: max(1, len(candidates) // limit)]

    def suggester(
        self, exclude_docs: set[str] = frozenset(), only_coder: str | None = None
    ) -> Suggester:
        """The engine trained on everything the project knows now, calibrated on its units."""
        from qualcode.nlp.suggest import Suggester

        engine = Suggester(self.store.codes.list(), self._training(exclude_docs, only_coder))
        engine.calibrate(self._reference())
        return engine

    def suggest(
        self,
        docs: Sequence[str] | None = None,
        codes: Sequence[str] | None = None,
        *,
        min_score: float | None = None,
        coder: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Suggestion]:
        """Compute, store (pending) and return suggestions; skips what ``coder`` coded."""
        from qualcode.nlp.suggest import DEFAULT_THRESHOLD, MODEL_VERSION

        doc_ids = (
            [self.store.documents.resolve(d) for d in docs]
            if docs
            else [d.id for d in self.store.documents.summaries()]
        )
        keys = list(codes) if codes else [c.key for c in self.store.codes.list()]
        code_ids = {k: self.store.codes.id_for_key(k) for k in keys}
        threshold = DEFAULT_THRESHOLD if min_score is None else min_score
        if not 0.0 <= threshold <= 1.0:
            raise ValidationError(f"--min-score {threshold} must be between 0 and 1")
        engine = self.suggester()
        own = []
        if coder:
            person = self.store.coders.by_name(coder)
            own = self.store.codings.list(coder_ids=[person.id], layer="coder")
        rows = []
        for n, doc_id in enumerate(doc_ids, start=1):
            candidates, _ = self._candidates([doc_id])
            if not candidates:
                continue
            for draft in engine.suggest(candidates, threshold, keys):
                if any(
                    c.document_id == doc_id
                    and c.code == draft.code
                    and c.start < draft.end
                    and draft.start < c.end
                    for c in own
                ):
                    continue
                rows.append(
                    {
                        "document_id": doc_id,
                        "start": draft.start,
                        "end": draft.end,
                        "code_id": code_ids[draft.code],
                        "score": draft.score,
                        "method": draft.method,
                        "evidence": {**draft.evidence, "fit": engine.signature},
                        "model_version": MODEL_VERSION,
                    }
                )
            if progress:
                progress(n, len(doc_ids))
        with self.store.transaction():
            ids = self.store.suggestions.replace_pending(doc_ids, list(code_ids.values()), rows)
        return self.store.suggestions.list(ids=ids) if ids else []

    def suggestions(
        self, doc: str | None = None, status: str | None = "pending"
    ) -> list[Suggestion]:
        doc_ids = [self.store.documents.resolve(doc)] if doc else None
        return self.store.suggestions.list(doc_ids, status)

    def _decide_suggestions(self, refs: Sequence[str], coder: str, status: str) -> list[str]:
        person = self.store.coders.by_name(coder)
        chosen = [self.store.suggestions.resolve(r) for r in refs]
        for s in chosen:
            if s.status != "pending":
                raise ValidationError(f"suggestion {s.id[:8]} was already {s.status}")
        written = []
        with self.store.transaction():
            for s in chosen:
                self.store.suggestions.decide(s.id, status, person.id)
                if status == "accepted":
                    written.append(
                        self.store.codings.insert(
                            document_id=s.document_id,
                            start=s.start,
                            end=s.end,
                            code_id=s.code_id,
                            coder_id=person.id,
                            origin="suggestion",
                            suggestion_id=s.id,
                        )
                    )
                self.store.audit.append(
                    coder,
                    f"suggestion.{status[:-2]}",
                    {
                        "suggestion": s.id,
                        "code": s.code,
                        "document": s.document_id,
                        "score": s.score,
                    },
                )
        return written

    def accept_suggestions(self, refs: Sequence[str], coder: str) -> list[str]:
        """Make suggestions the coder's codings (origin ``suggestion``); returns coding ids."""
        return self._decide_suggestions(refs, coder, "accepted")

    def reject_suggestions(self, refs: Sequence[str], coder: str) -> None:
        """Record rejections; they become negatives for their code in later fits."""
        self._decide_suggestions(refs, coder, "rejected")

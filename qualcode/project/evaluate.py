"""How good are suggestions on this team's own data? Cross-validation by document.

For each fold the engine is trained on one coder's (or the consensus') codings in the other
documents plus the codebook, and asked for the fold's units; a unit is positive for a code
when that coder's segments cover at least half of it. The figures are what a methods
section can report about the suggestions it used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from qualcode.errors import ValidationError
from qualcode.project.suggest import SuggestMixin


@dataclass(slots=True)
class Evaluation:
    against: str
    folds: int
    documents: int
    units: int
    threshold: float
    per_code: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = float("nan")
    none_suggested: float = float("nan")


class EvaluateMixin(SuggestMixin):
    def evaluate_suggestions(
        self, against: str, folds: int = 5, threshold: float | None = None
    ) -> Evaluation:
        """Precision, recall and F1 per code and macro, by cross-validation over documents."""
        from qualcode.agreement.units import coverage_matrix
        from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Suggester

        layer = "consensus" if against == "consensus" else "coder"
        codings = [
            c
            for c in self.store.codings.list(layer=layer)
            if layer == "consensus" or c.coder == against
        ]
        if layer == "coder":
            self.store.coders.by_name(against)
        docs = sorted({c.document_id for c in codings})
        if len(docs) < 2:
            raise ValidationError(
                f"{against} has coded {len(docs)} document(s); evaluation needs at least two"
            )
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        codes = self.store.codes.list()
        keys = [c.key for c in codes]
        k = max(2, min(folds, len(docs)))
        reference = self._reference()
        counts = np.zeros((len(keys), 3))  # tp, fp, fn
        none_total = none_hit = units_total = 0
        for fold in range(k):
            held = set(docs[fold::k])
            who = None if layer == "consensus" else against
            engine = Suggester(codes, self._training(exclude_docs=held, only_coder=who))
            engine.calibrate(reference)
            candidates, units_by_doc = self._candidates(sorted(held))
            predicted = engine.score(candidates)[0] >= threshold
            truth = []
            for doc_id in sorted(held):
                text = self.store.documents.get(doc_id).text
                spans = {
                    key: [
                        (c.start, c.end)
                        for c in codings
                        if c.document_id == doc_id and c.code == key
                    ]
                    for key in keys
                }
                truth.append(
                    np.stack(
                        [
                            coverage_matrix(text, units_by_doc[doc_id], spans, [key])[:, 0]
                            for key in keys
                        ],
                        axis=1,
                    )
                )
            y = np.concatenate(truth).astype(bool)
            counts[:, 0] += (predicted & y).sum(axis=0)
            counts[:, 1] += (predicted & ~y).sum(axis=0)
            counts[:, 2] += (~predicted & y).sum(axis=0)
            none = ~y.any(axis=1)
            none_total += int(none.sum())
            none_hit += int(predicted[none].any(axis=1).sum())
            units_total += len(y)
        result = Evaluation(against, k, len(docs), units_total, threshold)
        f1s = []
        for key, (tp, fp, fn) in zip(keys, counts, strict=True):
            precision = tp / (tp + fp) if tp + fp else float("nan")
            recall = tp / (tp + fn) if tp + fn else float("nan")
            f1 = (2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else float("nan")
            result.per_code[key] = {
                "precision": precision,
                "recall": recall,
                "f1": f1,
                "support": float(tp + fn),
            }
            if tp + fn:
                f1s.append(f1)
        result.macro_f1 = float(np.mean(f1s)) if f1s else float("nan")
        result.none_suggested = none_hit / none_total if none_total else float("nan")
        return result

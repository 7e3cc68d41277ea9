"""How good are suggestions on this team's own data? Cross-validation by document.

For each fold the engine is trained on one coder's (or the consensus') codings in the other
documents plus the codebook, and asked for the fold's units; a unit is positive for a code
when that coder's segments cover at least half of it. The figures are what a methods
section can report about the suggestions it used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qualcode.errors import SETTING, SettingError, ValidationError
from qualcode.project.suggest import SuggestMixin, score_between

if TYPE_CHECKING:  # numpy loads with the first computation, not with the CLI
    import numpy as np


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
        from qualcode.nlp.evaluate import macro_f1, none_suggested, prf
        from qualcode.nlp.suggest import DEFAULT_THRESHOLD

        if threshold is not None:
            threshold = score_between("threshold", threshold)
        if against != "consensus":  # as stored: 'Åsa' pasted decomposed had coded nothing
            against = self.store.coders.by_name(against).name
        me = self.restricted_to()
        if me is not None and against != me.name:
            # the blind view holds none of the others' codings: "johan has coded 0
            # document(s)" was read as johan having coded nothing
            whose = "the consensus" if against == "consensus" else f"{against}'s codings"
            raise ValidationError(
                f"blind coding: {me.name} evaluates suggestions against their own codings "
                f"only, not {whose} (a lead sees everyone's)"
            )
        layer = "consensus" if against == "consensus" else "coder"
        codings = [
            c
            for c in self.store.codings.list(layer=layer)
            if layer == "consensus" or c.coder == against
        ]
        docs = sorted({c.document_id for c in codings})
        if len(docs) < 2:
            raise ValidationError(
                f"{against} has coded {len(docs)} document(s); evaluation needs at least two"
            )
        threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        if folds < 2:
            raise SettingError("folds", f"{SETTING} {folds} must be at least 2")
        keys = [c.key for c in self.store.codes.list()]
        k = min(folds, len(docs))
        import numpy as np

        all_truth: list[np.ndarray] = []
        all_predicted: list[np.ndarray] = []
        for fold in range(k):
            held = set(docs[fold::k])
            who = None if layer == "consensus" else against
            engine = self.suggester(exclude_docs=frozenset(held), only_coder=who)
            candidates, units_by_doc = self._candidates(sorted(held))
            respondent = np.array([not c.interviewer for c in candidates], dtype=bool)
            predicted = (engine.score(candidates)[0] >= threshold)[respondent]
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
            all_truth.append(np.concatenate(truth).astype(bool)[respondent])
            all_predicted.append(predicted)
        y, predicted = np.concatenate(all_truth), np.concatenate(all_predicted)
        result = Evaluation(against, k, len(docs), len(y), threshold)
        r = prf(predicted, y)
        for j, key in enumerate(keys):
            result.per_code[key] = {
                m: float(r[m][j]) for m in ("precision", "recall", "f1", "support")
            }
        result.macro_f1 = macro_f1(predicted, y)
        result.none_suggested = none_suggested(predicted, y)
        return result

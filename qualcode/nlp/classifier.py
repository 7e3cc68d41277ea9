"""The learned scorer: one linear model per code over character n-gram TF-IDF.

Where similarity asks "which passage of this code does the unit resemble", the classifier
asks "which n-grams tell this code apart from the others and from ordinary talk", learned
from the codebook's examples, the passages coders gave the code, and (as negatives) other
codes' passages, rejected suggestions and talk that fits nothing. Its out-of-fold
predictions feed the stacker, so the stacker learns how far to trust it on this project.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np

from qualcode.nlp.scorers import Batch, Scores

if TYPE_CHECKING:
    from qualcode.nlp.charvec import Rows

C = 2.0
FOLDS = 3


class ProbabilityModel(Protocol):
    """A fitted binary model: scikit-learn's ``LogisticRegression``, or the ``LinearModel``
    a kept suggestion state is read back into."""

    def predict_proba(self, x: Rows) -> np.ndarray:
        """Rows x 2: the probability of "not this code" and of "this code"."""
        ...


class TextClassifier:
    """Per-code logistic regressions on the rows' TF-IDF vectors."""

    name = "learned"

    def __init__(self, codes: Sequence[str], models: Sequence[ProbabilityModel | None]) -> None:
        self.codes = list(codes)
        self.models = list(models)

    @classmethod
    def fit(cls, codes: Sequence[str], x: Rows, y: np.ndarray, w: np.ndarray) -> TextClassifier:
        """``y``/``w``: rows x codes labels and weights (weight 0: the row says nothing)."""
        from sklearn.linear_model import LogisticRegression

        models: list[ProbabilityModel | None] = []
        for j in range(len(codes)):
            keep = w[:, j] > 0
            labels = y[keep, j]
            if labels.sum() < 2 or labels.sum() == len(labels):
                models.append(None)
                continue
            model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced")
            model.fit(x[keep], labels, sample_weight=w[keep, j])
            models.append(model)
        return cls(codes, models)

    def predict(self, x: Rows) -> np.ndarray:
        n = x.shape[0]
        out = np.zeros((n, len(self.codes)), dtype=np.float32)
        for j, model in enumerate(self.models):
            if model is not None and n:
                out[:, j] = model.predict_proba(x)[:, 1]
        return out

    def score(self, batch: Batch) -> Scores:
        return Scores({"learned": self.predict(batch.rows())})


def cross_fit(codes: Sequence[str], x: Rows, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Out-of-fold predictions for the training rows themselves (every row predicted by a
    model that never saw it), so the stacker sees the classifier as it is on new talk."""
    n = y.shape[0]
    out = np.zeros(y.shape, dtype=np.float32)
    fold = np.arange(n) % FOLDS
    for f in range(FOLDS):
        train, test = fold != f, fold == f
        model = TextClassifier.fit(codes, x[train], y[train], w[train])
        out[test] = model.predict(x[test])
    return out

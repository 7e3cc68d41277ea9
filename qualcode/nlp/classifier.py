"""The learned scorer: one linear model per code over character n-gram TF-IDF.

Where similarity asks "which passage of this code does the unit resemble", the classifier
asks "which n-grams tell this code apart from the others and from ordinary talk", learned
from the codebook's examples, the passages coders gave the code, and (as negatives) other
codes' passages, rejected suggestions and talk that fits nothing. Its out-of-fold
predictions feed the stacker, so the stacker learns how far to trust it on this project.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

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


class LinearModel:
    """A fitted binary logistic model as its weights: what ``TextClassifier`` needs of one
    (a kept state is read back into these; a blend of two fitted models is one)."""

    def __init__(self, coef: np.ndarray, intercept: float) -> None:
        self.coef = np.asarray(coef, dtype=np.float32).reshape(-1)
        self.intercept = float(intercept)

    @classmethod
    def of(cls, model: Any) -> LinearModel:
        """The weights of a fitted scikit-learn ``LogisticRegression`` (or of another one)."""
        if isinstance(model, LinearModel):
            return model
        return cls(np.asarray(model.coef_).reshape(-1), float(np.asarray(model.intercept_)[0]))

    def predict_proba(self, x: Any) -> np.ndarray:
        logits = np.asarray(x @ self.coef, dtype=np.float64).reshape(-1) + self.intercept
        p = 1.0 / (1.0 + np.exp(-logits))
        return np.stack([1.0 - p, p], axis=1)


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

    @classmethod
    def fit_trusting(
        cls,
        codes: Sequence[str],
        x: Rows,
        y: np.ndarray,
        w: np.ndarray,
        coded: np.ndarray | None = None,
        trust: np.ndarray | None = None,
    ) -> TextClassifier:
        """Fitted on every row, and moved back toward the model without the coders'
        passages of a code (``coded``: rows, or rows x codes) where it has few: per code,
        its weights are ``trust`` of the way from the one to the other
        (``similarity.coded_trust``). A
        single passage's words (its document's subject and register) would otherwise
        become the code's signature for every sentence that shares them."""
        full = cls.fit(codes, x, y, w)
        if coded is None or trust is None:
            return full
        # rows: a coder's passage of the code (for the others: a no); rows x codes: also
        # her rejections, each held back only for the code she refused
        given = coded[:, None] & y if coded.ndim == 1 else coded
        if not (given.any(axis=0) & (trust < 1.0)).any():
            return full  # nothing of the coders' to hold back: fitted once
        alone = cls.fit(codes, x, y, np.where(given, 0.0, w))
        models: list[ProbabilityModel | None] = []
        for j, (a, f) in enumerate(zip(alone.models, full.models, strict=True)):
            if a is None or f is None:
                models.append(f)
                continue
            a, f = LinearModel.of(a), LinearModel.of(f)
            s = float(trust[j])
            models.append(
                LinearModel(
                    a.coef + s * (f.coef - a.coef), a.intercept + s * (f.intercept - a.intercept)
                )
            )
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


def cross_fit(
    codes: Sequence[str],
    x: Rows,
    y: np.ndarray,
    w: np.ndarray,
    coded: np.ndarray | None = None,
    trust: np.ndarray | None = None,
) -> np.ndarray:
    """Out-of-fold predictions for the training rows themselves (every row predicted by a
    model that never saw it), so the stacker sees the classifier as it is on new talk."""
    n = y.shape[0]
    out = np.zeros(y.shape, dtype=np.float32)
    fold = np.arange(n) % FOLDS
    for f in range(FOLDS):
        train, test = fold != f, fold == f
        part = None if coded is None else coded[train]
        model = TextClassifier.fit_trusting(codes, x[train], y[train], w[train], part, trust)
        out[test] = model.predict(x[test])
    return out

"""From component scores to one calibrated probability per (unit, code).

A logistic *stacker*, shared by every code, reads the same features for each
(unit, code) pair: keyword strength, similarity to the code's passages and definition,
each of those *minus the best other code's* (a unit that fits one code clearly is a
better suggestion than one that resembles all four a little), and the similarity *over the
nearest no-code talk* (``scorers.over_background``): raw similarity depends on the register
of a text, so real policy prose sits further from the codebook's examples than they sit from
each other, and a cut-off on raw similarity abstains on exactly the real text it should find.
Because the model and its features are shared, one threshold means the same for every code.
Each language with enough examples has a stacker of its own (``learn.by_language``: its own
rows at full weight, the other language's at half), so one language's examples do not set
the other's threshold; a unit of a language without one is read by the shared stacker.

It is fitted on pseudo-labelled rows the engine assembles: the codebook's examples scored
against a profile without themselves (positive for their code, negative for the others),
the bundled no-code talk (the background that teaches it to abstain; never the project's
unlabelled talk), and, once coders have worked, their coded units, rejected suggestions and
the uncoded units of documents they marked done.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

BASE_FEATURES = ("lex", "char_best", "char_top2", "char_definition", "char_over_background")
SEMANTIC_FEATURES = ("sem_best", "sem_top2", "sem_definition", "sem_over_background")
MARGIN_OF = ("lex", "char_best", "sem_best")
ARGUMENT = ("argument", "no_figure")  # does an English unit argue, or state a figure (argument.py)


def feature_names(blocks: Mapping[str, np.ndarray]) -> list[str]:
    """The stacker's features that these blocks provide, in a fixed order."""
    names = [f for f in (*BASE_FEATURES, *SEMANTIC_FEATURES, "learned", *ARGUMENT) if f in blocks]
    names += [f"{f}_margin" for f in MARGIN_OF if f in blocks]
    return names


def design(blocks: Mapping[str, np.ndarray], names: Sequence[str]) -> np.ndarray:
    """Rows of (unit, code) pairs, unit-major: shape (units * codes, features)."""
    columns = []
    for name in names:
        if name.endswith("_margin"):
            block = blocks[name[: -len("_margin")]]
            columns.append(margin(block))
        else:
            columns.append(blocks[name])
    return np.stack([c.reshape(-1) for c in columns], axis=1).astype(np.float64)


def margin(block: np.ndarray) -> np.ndarray:
    """Each code's value minus the best other code's value, per unit."""
    if block.shape[1] < 2:
        return block.copy()
    top2 = np.partition(block, block.shape[1] - 2, axis=1)[:, -2:]
    best, second = top2.max(axis=1, keepdims=True), top2.min(axis=1, keepdims=True)
    other = np.where(block >= best, second, best)
    return block - other


@dataclass(slots=True)
class Stacker:
    """Logistic regression over (unit, code) feature rows."""

    names: list[str]
    coef: np.ndarray
    intercept: float
    # per language, a stacker fitted on that language's rows with the other languages' at
    # half weight (``learn.by_language``): an example of one language moves the other
    # language's calibration half as much as its own
    langs: dict[str, Stacker] = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        names: Sequence[str],
        x: np.ndarray,
        y: np.ndarray,
        weight: np.ndarray,
        c: float = 0.3,
    ) -> Stacker:
        """Fit on rows with labels 0/1 and weights (rows of weight 0 are ignored).

        Every coefficient is kept at zero or above: more evidence for a code never lowers
        its score, which keeps the model sensible when it is fitted on few rows.
        """
        from scipy.optimize import minimize

        keep = weight > 0
        x, y, weight = x[keep], y[keep].astype(float), weight[keep]
        if len(np.unique(y)) < 2:
            return cls(list(names), np.zeros(len(names)), -3.0 if not y.any() else 3.0)
        mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        z = (x - mean) / scale
        total = weight.sum()

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            logits = z @ theta[:-1] + theta[-1]
            p = 1.0 / (1.0 + np.exp(-logits))
            nll = np.logaddexp(0.0, logits) - y * logits
            value = (weight * nll).sum() / total + (theta[:-1] ** 2).sum() / (2 * c * len(y))
            grad_logits = weight * (p - y) / total
            grad = np.append(z.T @ grad_logits + theta[:-1] / (c * len(y)), grad_logits.sum())
            return float(value), grad

        bounds = [(0.0, None)] * z.shape[1] + [(None, None)]
        start = np.zeros(z.shape[1] + 1)
        theta = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds).x
        coef = theta[:-1] / scale
        intercept = float(theta[-1] - (coef * mean).sum())
        return cls(list(names), coef, intercept)

    def predict(self, x: np.ndarray, langs: np.ndarray | None = None) -> np.ndarray:
        """Probabilities for rows built by :func:`design` with the same names; ``langs``
        (one per row): each row read by its language's stacker where there is one."""
        out: np.ndarray = 1.0 / (1.0 + np.exp(-(x @ self.coef + self.intercept)))
        if langs is None or not self.langs:
            return out
        for lang, own in self.langs.items():
            rows = langs == lang
            if rows.any():
                out[rows] = own.predict(x[rows])
        return out

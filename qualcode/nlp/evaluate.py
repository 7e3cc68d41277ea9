"""Precision, recall and F1 of suggestions against labels, on sentence units.

Pure functions over boolean units x codes matrices, shared by ``qualcode suggest
evaluate`` (cross-validation on a team's codings) and ``benchmarks/eval_suggest.py``
(labelled passages), so both report the same figures the same way.
"""

from __future__ import annotations

import numpy as np


def prf(predicted: np.ndarray, truth: np.ndarray) -> dict[str, np.ndarray]:
    """Per-code precision, recall, F1 and support; NaN where a figure is undefined."""
    tp = (predicted & truth).sum(axis=0).astype(float)
    fp = (predicted & ~truth).sum(axis=0).astype(float)
    fn = (~predicted & truth).sum(axis=0).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        recall = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f1 = np.where(tp + fp + fn > 0, 2 * tp / (2 * tp + fp + fn), np.nan)
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def macro_f1(predicted: np.ndarray, truth: np.ndarray) -> float:
    """Mean F1 over the codes that occur in the labels (codes never present are left out)."""
    r = prf(predicted, truth)
    present = r["support"] > 0
    return float(np.mean(r["f1"][present])) if present.any() else float("nan")


def none_suggested(predicted: np.ndarray, truth: np.ndarray) -> float:
    """Share of the units that fit no code but got a suggestion for some code."""
    none = ~truth.any(axis=1)
    return float(predicted[none].any(axis=1).mean()) if none.any() else float("nan")

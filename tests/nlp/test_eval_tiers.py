"""The part-by-part benchmark (``benchmarks/eval_tiers.py``) reads its figures right.

Its AUC is written without scikit-learn's checks and must agree with it, ties included (a
keyword feature is mostly zeros, so ties are the usual case); its ceiling must be out of fold
by document (a model fitted on the real sentences must not grade itself) and keep each
score on its own (sentence, code).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.eval_tiers import auc, fitted_here, macro_f1


def test_auc_agrees_with_scikit_learn_with_ties() -> None:
    rng = np.random.default_rng(3)
    truth = rng.random(400) < 0.2
    score = np.round(rng.random(400) + truth * 0.3, 1)  # rounded: many ties
    assert abs(auc(truth, score) - roc_auc_score(truth, score)) < 1e-12
    assert np.isnan(auc(np.zeros(5, dtype=bool), np.arange(5.0)))


def test_macro_f1_counts_only_codes_present() -> None:
    truth = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=bool)
    pred = np.array([[1, 0, 1], [0, 0, 0], [0, 0, 1]], dtype=bool)
    # code 0: F1 1.0; code 1: missed, 0.0; code 2 has no sentence, so it does not count
    assert macro_f1(pred, truth) == 0.5


def test_ceiling_scores_every_sentence_out_of_fold_in_its_place() -> None:
    # a feature that means "coded" in every document: each fold's model, fitted without the
    # document it scores, must still find it, and each score must land on its own sentence
    docs = np.repeat(np.array(["a", "b", "c", "d", "e", "f"]), 20)
    rng = np.random.default_rng(0)
    truth = rng.random((120, 2)) < 0.3
    x = np.stack([truth.reshape(-1) * 1.0, rng.normal(size=240)], axis=1)
    scores = fitted_here(x, truth, docs, folds=3)
    assert scores.shape == truth.shape
    assert auc(truth.reshape(-1), scores.reshape(-1)) > 0.99
    assert auc(truth.reshape(-1), -scores.reshape(-1)) < 0.01

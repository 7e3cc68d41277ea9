"""Closed forms of the agreement coefficients for complete 0/1 matrices, the shape every
report row has: each is the value the general functions of ``metrics`` give (tested
against them), computed from counts instead of a one-hot encoding per call, which a
per-document or per-pair report would otherwise repeat thousands of times."""

from __future__ import annotations

import math

import numpy as np

from qualcode.agreement.metrics import NAN, chance_corrected


def binary_coefficients(matrix: np.ndarray) -> dict[str, float]:
    """Percent, Fleiss, alpha, AC1 and Brennan-Prediger of a complete 0/1 units x raters matrix.

    With every rater rating every unit and two categories, a unit is known by how many
    raters gave it 1, so each coefficient is a closed form of the histogram of that count
    (the same values as the general functions of ``metrics``, which a per-document report
    would otherwise call a thousand times on small matrices; tested against them).
    """
    units, raters = matrix.shape
    undefined = dict.fromkeys(("percent", "fleiss", "alpha", "ac1", "brennan_prediger"), NAN)
    if units == 0 or raters < 2:
        return undefined
    ones = np.bincount(matrix.sum(axis=1, dtype=np.int64), minlength=raters + 1)[: raters + 1]
    k = np.arange(raters + 1, dtype=np.float64)
    zeros = raters - k
    pairs = raters * (raters - 1.0)
    observed = float(ones @ ((k * (k - 1) + zeros * (zeros - 1)) / pairs) / units)
    share = float(ones @ k / (units * raters))  # of all ratings, the share of 1s
    result = dict(undefined, percent=observed)
    chance = share**2 + (1 - share) ** 2
    result["fleiss"] = chance_corrected(observed, chance)
    total = units * raters
    n_one, n_zero = float(ones @ k), float(ones @ zeros)
    if n_one and n_zero:
        disagree = 2 * float(ones @ (k * zeros)) / (raters - 1.0) / total
        expected = 2 * n_one * n_zero / (total * (total - 1.0))
        if not math.isclose(expected, 0.0, abs_tol=1e-15):
            result["alpha"] = 1.0 - disagree / expected
    pi = share  # AC1's pi_1: mean over units of the unit's share of 1s (all units rated)
    ac1_chance = 2 * pi * (1 - pi)
    result["ac1"] = chance_corrected(observed, ac1_chance)
    result["brennan_prediger"] = (observed - 0.5) / 0.5
    return result


def binary_pair(matrix: np.ndarray) -> tuple[float, float]:
    """Cohen's kappa and Scott's pi of a complete 0/1 units x 2 matrix, from counts: the
    values ``cohen_kappa`` and ``scotts_pi`` give, bit for bit (the same divisions and sums
    of the same exact counts, category 0 before 1, a category neither coder used left
    out). They one-hot encoded both coders' 100k units for each pair row of a summary
    (18 of them: 0.16 s CPU on 1,000 documents)."""
    n = int(matrix.shape[0])
    if n == 0:
        return NAN, NAN
    first, second = matrix[:, 0], matrix[:, 1]
    agree = n - int(np.count_nonzero(first != second))
    ones = (int(np.count_nonzero(first)), int(np.count_nonzero(second)))
    shares = [(n - ones[0], n - ones[1]), ones]  # each category's counts of the two coders
    used = [(a / n, b / n) for a, b in shares if a or b]
    observed = agree / n
    cohen = chance_corrected(observed, sum(a * b for a, b in used))
    pooled = [(a + b) / 2.0 for a, b in used]
    return cohen, chance_corrected(observed, sum(p * p for p in pooled))

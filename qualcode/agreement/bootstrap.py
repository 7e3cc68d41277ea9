"""Bootstrap confidence intervals for nominal alpha on presence/absence matrices.

Agreement reports ask, per code, whether each coder applied the code to each unit: a
units x coders 0/1 matrix with no missing values. For that case alpha has a closed form in
per-unit sums that depend only on how many coders applied the code, so a resample is a
multinomial draw over those kinds of unit instead of a recomputation: 1,000 resamples over
100k units take milliseconds.
"""

from __future__ import annotations

import numpy as np


def _unit_stats(matrix: np.ndarray) -> np.ndarray:
    """Per unit of a complete 0/1 matrix: (off-diagonal coincidences o_01, ones, zeros)."""
    m = matrix.shape[1]
    ones = matrix.sum(axis=1).astype(np.float64)
    zeros = m - ones
    off = ones * zeros / (m - 1)  # o_01 contribution of the unit (one direction)
    return np.stack([off, ones, zeros], axis=1)


def _alpha_from_sums(sums: np.ndarray) -> np.ndarray:
    off, ones, zeros = sums[..., 0], sums[..., 1], sums[..., 2]
    n = ones + zeros
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = 1.0 - (n - 1.0) * off / (ones * zeros)
    return np.where((ones > 0) & (zeros > 0), alpha, np.nan)


def binary_alpha(matrix: np.ndarray) -> float:
    """Nominal alpha of a complete 0/1 matrix; NaN when only one value occurs."""
    if matrix.shape[0] == 0 or matrix.shape[1] < 2:
        return float("nan")
    return float(_alpha_from_sums(_unit_stats(matrix).sum(axis=0)))


def bootstrap_alpha(
    matrix: np.ndarray, resamples: int = 1000, seed: int = 0, level: float = 0.95
) -> tuple[float, float]:
    """Percentile interval of alpha over units resampled with replacement.

    In a complete 0/1 matrix a unit's contribution to alpha depends only on how many
    coders applied the code, so resampling n units is a multinomial draw over those
    m + 1 kinds of unit: the same distribution as resampling rows, at the cost of B draws.
    Resamples where alpha is undefined (one value only) are left out; with fewer than ten
    defined resamples, or fewer than two units on either side (``too_few_units``), the
    interval is undefined (NaN, NaN).
    """
    n, m = matrix.shape if matrix.ndim == 2 else (0, 0)
    if resamples <= 0 or n == 0 or m < 2:
        return float("nan"), float("nan")
    return bootstrap_alpha_by_unit([matrix], resamples, seed, level)


def too_few_units(matrices: list[np.ndarray]) -> bool:
    """Whether fewer than two units hold a code applied, or fewer than two a code left
    unapplied (by any rater; a missing rating is neither): then no interval can be given.

    The bootstrap reads alpha's sampling error from how it varies over resampled units.
    With one coded unit every resample that defines alpha holds copies of that one unit:
    a project with one coded sentence of two printed "CI 1.00 to 1.00", as certain as
    alpha ever is, and with every unit in one category (alpha undefined) "CI undefined
    to undefined"."""
    n = matrices[0].shape[0]
    applied = np.zeros(n, dtype=bool)
    left = np.zeros(n, dtype=bool)
    for matrix in matrices:
        applied |= (matrix == 1).any(axis=1)
        left |= (matrix == 0).any(axis=1)
    return int(applied.sum()) < 2 or int(left.sum()) < 2


def bootstrap_alpha_by_unit(
    matrices: list[np.ndarray], resamples: int = 1000, seed: int = 0, level: float = 0.95
) -> tuple[float, float]:
    """Percentile interval of alpha pooled over codes, resampling units with all their codes.

    ``matrices`` holds one units x coders 0/1 matrix per code, rows in the same unit order.
    Pooled alpha treats every unit-code decision as an item, but the decisions of one unit
    are not independent (a passage that is hard to read is hard for every code), so the
    resampled entity is the unit, as the methods paragraph says. A unit enters alpha only
    through its sums over codes of (disagreeing pairs, ones, zeros); units with the same
    sums are one kind, and a resample is again a multinomial draw over the kinds.
    """
    if not matrices or resamples <= 0:
        return float("nan"), float("nan")
    n, m = matrices[0].shape
    if n == 0 or m < 2 or too_few_units(matrices):
        return float("nan"), float("nan")
    if any(x.dtype.kind == "f" and np.isnan(x).any() for x in matrices):
        return _draw(_missing_stats(matrices), resamples, seed, level)
    matrices = [x.astype(np.int8) if x.dtype.kind == "f" else x for x in matrices]
    ones = np.zeros(n, dtype=np.int64)  # per unit, over codes: coders applying the code
    pairs = np.zeros(n, dtype=np.int64)  # and disagreeing ordered pairs, times (m - 1)
    for matrix in matrices:
        k = np.zeros(n, dtype=np.int64)
        for j in range(m):
            k += matrix[:, j]
        ones += k
        pairs += k * (m - k)
    width = int(pairs.max()) + 1
    kinds, counts = np.unique(ones * width + pairs, return_counts=True)
    kind_ones = (kinds // width).astype(np.float64)
    kind_off = (kinds % width) / (m - 1.0)
    stats = np.stack([kind_off, kind_ones, len(matrices) * m - kind_ones], axis=1)
    return _interval(stats, counts, n, resamples, seed, level)


def _missing_stats(matrices: list[np.ndarray]) -> np.ndarray:
    """Per unit, over codes, (o_01, ones, zeros) of the pairable ratings where some are
    missing (NaN: a coder who did not code the unit's document): a unit-code with fewer
    than two ratings has no pair and adds nothing, as in alpha itself."""
    n = matrices[0].shape[0]
    stats = np.zeros((n, 3))
    for matrix in matrices:
        present = (~np.isnan(matrix)).sum(axis=1).astype(np.float64)
        ones = np.nansum(matrix, axis=1).astype(np.float64)
        zeros = present - ones
        pairable = present >= 2
        with np.errstate(divide="ignore", invalid="ignore"):
            off = np.where(pairable, ones * zeros / (present - 1.0), 0.0)
        stats += np.stack([off, np.where(pairable, ones, 0.0), np.where(pairable, zeros, 0.0)], 1)
    return stats


def _draw(per_unit: np.ndarray, resamples: int, seed: int, level: float) -> tuple[float, float]:
    """The interval from each unit's (o_01, ones, zeros): units alike are one kind."""
    kinds, counts = np.unique(per_unit, axis=0, return_counts=True)
    return _interval(kinds, counts, len(per_unit), resamples, seed, level)


def _interval(
    stats: np.ndarray, counts: np.ndarray, n: int, resamples: int, seed: int, level: float
) -> tuple[float, float]:
    """Percentile interval of alpha over ``resamples`` multinomial draws of n units from the
    kinds of unit (``stats``, one row each, ``counts`` of each)."""
    draws = np.random.default_rng(seed).multinomial(n, counts / n, size=resamples)
    alphas = _alpha_from_sums(draws @ stats)
    alphas = alphas[~np.isnan(alphas)]
    if len(alphas) < 10:
        return float("nan"), float("nan")
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(alphas, [tail, 100.0 - tail])
    return float(low), float(high)

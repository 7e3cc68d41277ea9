"""Agreement coefficients as pure numpy functions.

``ratings`` is a sequence of units, each a sequence with one value per coder, ``None`` (or
NaN) where that coder did not rate the unit. Every coefficient returns NaN where it is
undefined (no variation, nothing pairable), never 0 or 1 by convention.

Sources and the conventions for missing ratings, each checked in tests/agreement against the
published worked examples and independent implementations:

* percent agreement: per unit, the share of agreeing ordered rater pairs; mean over the units
  with at least two ratings (Fleiss 1971; Gwet 2014, the convention of irrCAC).
* Cohen's kappa (Cohen 1960) and Scott's pi (Scott 1955): two coders; units where either
  is missing are left out.
* Fleiss' kappa (Fleiss 1971): the same number of ratings on every rated unit.
* Gwet's AC1 (Gwet 2008; Handbook 2014): p_a as percent agreement above; chance from
  pi_k, the mean over units rated at least once of each unit's share of category k, so a
  unit with one rating drops out of p_a but counts in pi_k; q from the declared frame.
* Brennan and Prediger (1981): chance 1/q, q the declared number of categories.
* Krippendorff's alpha (Krippendorff 2011): coincidences of pairable values, four metrics.
* u-alpha for unitizing: see ``qualcode.agreement.unitizing``.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, SupportsFloat, cast

import numpy as np

from qualcode.agreement.unitizing import unitizing_alpha, unitizing_alpha_2016

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

# units x raters: nested sequences with None for missing, or a numeric array with NaN
Ratings = Sequence[Sequence[Hashable | None]] | np.ndarray
# one rater's values over the units
Column = Sequence[Hashable | None] | np.ndarray

__all__ = [
    "brennan_prediger",
    "cohen_kappa",
    "fleiss_kappa",
    "fleiss_kappa_missing",
    "gwet_ac1",
    "krippendorff_alpha",
    "percent_agreement",
    "scotts_pi",
    "unitizing_alpha",
    "unitizing_alpha_2016",
]

NAN = float("nan")


def _missing(value: object) -> bool:
    """None or NaN: the coder did not rate the unit."""
    return value is None or (isinstance(value, float | np.floating) and math.isnan(value))


def _encode(
    ratings: Ratings, categories: Iterable[Hashable] | None = None
) -> tuple[np.ndarray, list[Hashable]]:
    """Units x categories counts of the values given (missing values dropped)."""
    fast = _encode_numeric(ratings, categories)
    if fast is not None:
        return fast
    values: list[Hashable] = []
    index: dict[Hashable, int] = {}
    if categories is not None:
        for c in categories:
            if c not in index:
                index[c] = len(values)
                values.append(c)
    rows: list[list[int]] = []
    for unit in ratings:
        codes = []
        for v in unit:
            if _missing(v):
                continue
            if v not in index:
                index[v] = len(values)
                values.append(v)
            codes.append(index[v])
        rows.append(codes)
    counts = np.zeros((len(rows), max(len(values), 1)), dtype=np.float64)
    for u, codes in enumerate(rows):
        for c in codes:
            counts[u, c] += 1
    return counts, values


def _encode_numeric(
    ratings: object, categories: Iterable[Hashable] | None
) -> tuple[np.ndarray, list[Hashable]] | None:
    """Vectorised encoding for numeric arrays (NaN = missing), the shape reports use."""
    if not isinstance(ratings, np.ndarray) or ratings.ndim != 2 or ratings.dtype.kind not in "biuf":
        return None
    declared = list(categories) if categories is not None else []
    if not all(isinstance(c, int | float | np.number) for c in declared):
        return None
    if ratings.dtype.kind in "biu":  # integers cannot be missing: no float copy, no NaN mask
        values = ratings.astype(np.int64) if ratings.dtype.kind == "b" else ratings
        flat = values.ravel()
        low = int(flat.min()) if flat.size else 0
        if flat.size and int(flat.max()) - low < 1 << 16:
            observed = np.flatnonzero(np.bincount((flat - low).astype(np.intp))) + low
        else:
            observed = np.unique(flat)
        uniques = np.union1d(observed, np.asarray(declared, dtype=float)).astype(np.float64)
    else:
        values = ratings.astype(np.float64)
        uniques = np.union1d(values[~np.isnan(values)], np.asarray(declared, dtype=float))
    if 0 < len(uniques) <= 16:
        # few categories (the 0/1 matrices of reports): a comparison per coder and category
        counts = np.zeros((values.shape[0], len(uniques)))
        for k, u in enumerate(uniques):
            for j in range(values.shape[1]):
                counts[:, k] += values[:, j] == u
    else:
        present = ~np.isnan(values) if values.dtype.kind == "f" else np.ones(values.shape, bool)
        rows = np.nonzero(present)[0]
        columns = np.searchsorted(uniques, values[present])
        width = max(len(uniques), 1)
        flat_counts = np.bincount(rows * width + columns, minlength=values.shape[0] * width)
        counts = flat_counts.reshape(values.shape[0], width).astype(np.float64)
    as_python: list[Hashable] = [int(v) if float(v).is_integer() else float(v) for v in uniques]
    return counts, as_python


def chance_corrected(observed: float, expected: float) -> float:
    """``(observed - expected) / (1 - expected)``: agreement beyond what chance gives, the
    form of kappa, pi, AC1 and their kin, each with its own ``expected``; NaN where chance
    alone would agree always (one category used), as nothing is left to correct for."""
    return NAN if math.isclose(expected, 1.0) else (observed - expected) / (1.0 - expected)


def _row_totals(counts: np.ndarray) -> np.ndarray:
    """Ratings per unit; a matrix-vector product, far faster than a sum over a short axis."""
    return counts @ np.ones(counts.shape[1])


def _pairwise_agreement(counts: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean over units with at least two ratings of the share of agreeing rater pairs.

    This is the observed agreement of Fleiss (1971) and, with missing ratings, of Gwet
    (2014, Handbook of Inter-Rater Reliability, 4th ed., ch. 2 and 5): a unit rated r_i times
    holds r_i(r_i - 1) ordered pairs, of which sum_k r_ik(r_ik - 1) agree; units rated fewer
    than twice have no pair and are left out of the mean.
    """
    m = _row_totals(counts)
    agree = (counts * counts) @ np.ones(counts.shape[1]) - m
    rated = m >= 2
    n = int(np.count_nonzero(rated))
    if n == 0:
        return NAN, rated
    with np.errstate(divide="ignore", invalid="ignore"):
        per_unit = agree / (m * (m - 1.0))
    return float(per_unit[rated].sum() / n) if n < len(m) else float(per_unit.sum() / n), rated


def percent_agreement(ratings: Ratings) -> float:
    """Mean over units rated at least twice of the share of coder pairs that agree."""
    counts, _ = _encode(ratings)
    return _pairwise_agreement(counts)[0]


def _two(a: Column, b: Column) -> np.ndarray:
    if len(a) != len(b):
        raise ValueError(f"the two coders rated different numbers of units ({len(a)}, {len(b)})")
    if _numeric(a) and _numeric(b):
        # the reports' 0/1 columns: drop units either left unrated (NaN) and encode both
        # coders as one column, a's units first, without a Python loop over the units
        both = np.stack([np.asarray(a), np.asarray(b)], axis=1)
        if both.dtype.kind == "f":
            both = both[~np.isnan(both).any(axis=1)]
        n = len(both)
        if not n:
            return np.zeros((2, 0, 1))
        counts, _ = _encode(both.T.reshape(-1, 1))
        return np.stack([counts[:n], counts[n:]])
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if not _missing(x) and not _missing(y)]
    counts, _ = _encode([[x] for x, _ in pairs] + [[y] for _, y in pairs])
    n = len(pairs)
    return np.stack([counts[:n], counts[n:]]) if n else np.zeros((2, 0, 1))


def _numeric(values: object) -> bool:
    return isinstance(values, np.ndarray) and values.ndim == 1 and values.dtype.kind in "biuf"


def cohen_kappa(a: Column, b: Column) -> float:
    """Cohen's (1960) kappa: chance from each coder's own margins; missing units left out."""
    first, second = _two(a, b)
    if first.shape[0] == 0:
        return NAN
    observed = float((first * second).sum() / first.shape[0])
    expected = float((first.mean(axis=0) * second.mean(axis=0)).sum())
    return chance_corrected(observed, expected)


def scotts_pi(a: Column, b: Column) -> float:
    """Scott's (1955) pi: chance from the two coders' pooled margins; missing units left out."""
    first, second = _two(a, b)
    if first.shape[0] == 0:
        return NAN
    observed = float((first * second).sum() / first.shape[0])
    pooled = (first.mean(axis=0) + second.mean(axis=0)) / 2.0
    expected = float((pooled**2).sum())
    return chance_corrected(observed, expected)


def fleiss_kappa(ratings: Ratings) -> float:
    """Fleiss' (1971) kappa; every rated unit must have the same number of ratings.

    Units nobody rated are not part of the study and are left out, as irrCAC does.
    """
    counts, _ = _encode(ratings)
    m = _row_totals(counts)
    if not m.all():
        counts, m = counts[m > 0], m[m > 0]
    if counts.shape[0] == 0:
        return NAN
    if not np.all(m == m[0]):
        raise ValueError("Fleiss' kappa needs every unit rated by the same number of coders")
    if m[0] < 2:
        return NAN
    observed, _ = _pairwise_agreement(counts)
    p = counts.sum(axis=0) / counts.sum()
    expected = float((p**2).sum())
    return chance_corrected(observed, expected)


def fleiss_kappa_missing(ratings: Ratings) -> float:
    """Fleiss' kappa where units have different numbers of ratings, as Gwet (2014, ch. 5)
    generalises it (irrCAC's ``fleiss.kappa.raw``): observed agreement over the units rated
    at least twice, chance ``sum_k pi_k^2`` with ``pi_k`` the mean over units rated at
    least once of each unit's share of category k. With every unit rated equally often it
    is Fleiss' own kappa; a coder who did not code one of the documents leaves it missing.
    """
    counts, _ = _encode(ratings)
    m = _row_totals(counts)
    counts, m = counts[m > 0], m[m > 0]
    observed, _ = _pairwise_agreement(counts) if len(m) else (NAN, m)
    if math.isnan(observed):
        return NAN
    pi = (counts / m[:, None]).mean(axis=0)
    expected = float((pi**2).sum())
    return chance_corrected(observed, expected)


def _multi_rater_agreement(
    ratings: Ratings, categories: Iterable[Hashable] | None
) -> tuple[float, np.ndarray, int]:
    counts, values = _encode(ratings, categories)
    q = len(values) if categories is None else len(set(categories) | set(values))
    observed, _ = _pairwise_agreement(counts)
    return observed, counts, q


def gwet_ac1(ratings: Ratings, categories: Iterable[Hashable] | None = None) -> float:
    """Gwet's AC1 for any number of coders with missing values (Gwet 2014, ch. 4).

    Chance agreement is ``sum_k pi_k (1 - pi_k) / (q - 1)`` where ``pi_k`` averages each
    unit's share of category k over the units rated at least once, and ``q`` is the number
    of categories in the code frame (declared, else observed).
    """
    observed, counts, q = _multi_rater_agreement(ratings, categories)
    m = _row_totals(counts)
    if math.isnan(observed) or q < 2:
        return NAN
    rated = m >= 1
    weights = np.where(rated, 1.0 / np.where(rated, m, 1.0), 0.0)
    pi = weights @ counts / np.count_nonzero(rated)
    expected = float((pi * (1 - pi)).sum() / (q - 1))
    return chance_corrected(observed, expected)


def brennan_prediger(ratings: Ratings, categories: Iterable[Hashable] | None = None) -> float:
    """Brennan and Prediger (1981): chance agreement 1/q, q the declared categories.

    Without ``categories`` q is the number of values observed, which makes the coefficient
    depend on the data; pass the code frame (reports pass [0, 1]).
    """
    observed, _, q = _multi_rater_agreement(ratings, categories)
    if math.isnan(observed) or q < 2:
        return NAN
    return (observed - 1.0 / q) / (1.0 - 1.0 / q)


def _delta(values: list[Hashable], n_c: np.ndarray, level: str) -> np.ndarray:
    k = len(values)
    if level == "nominal":
        return 1.0 - np.eye(k)
    if level == "ordinal":
        # ordinal values are ranks the researcher chose (numbers, or strings of one kind);
        # values without an order make sorted() raise TypeError, as they should
        order = sorted(range(k), key=lambda i: cast("SupportsRichComparison", values[i]))
        ranked = n_c[order]
        cum = np.concatenate([[0.0], np.cumsum(ranked)])
        d = np.zeros((k, k))
        for a in range(k):
            for b in range(k):
                lo, hi = min(a, b), max(a, b)
                d[order[a], order[b]] = (cum[hi + 1] - cum[lo] - (ranked[a] + ranked[b]) / 2) ** 2
        return d
    nums = np.array([_number(v) for v in values])
    diff = nums[:, None] - nums[None, :]
    if level == "interval":
        return diff**2
    if level == "ratio":
        total = nums[:, None] + nums[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(total == 0, 0.0, (diff / total) ** 2)
    raise ValueError(f"unknown level {level!r}; use nominal, ordinal, interval or ratio")


def _number(value: Hashable) -> float:
    """An interval or ratio value as a float: numbers and numeric strings are, nothing else."""
    if isinstance(value, SupportsFloat | str):
        return float(value)
    raise TypeError(f"{value!r} is not a number; interval and ratio levels need numbers")


def krippendorff_alpha(ratings: Ratings, level: str = "nominal") -> float:
    """Krippendorff's alpha from the coincidence matrix (Krippendorff 2011)."""
    if level not in ("nominal", "ordinal", "interval", "ratio"):
        raise ValueError(f"unknown level {level!r}; use nominal, ordinal, interval or ratio")
    counts, values = _encode(ratings)
    m = _row_totals(counts)
    pairable = m >= 2
    if not pairable.any() or len(values) < 2:
        return NAN
    # each pairable unit adds its ordered value pairs, weighted 1/(m_u - 1)
    weight = np.where(pairable, 1.0 / np.where(pairable, m - 1.0, 1.0), 0.0)
    weighted = counts.T * weight
    coincidence = weighted @ counts - np.diag(weighted @ np.ones(len(m)))
    n_c = coincidence.sum(axis=1)
    n = n_c.sum()
    delta = _delta(values, n_c, level)
    observed = float((coincidence * delta).sum() / n)
    expected = float((np.outer(n_c, n_c) * delta).sum() / (n * (n - 1)))
    if expected == 0 or math.isclose(expected, 0.0, abs_tol=1e-15):
        return NAN
    return 1.0 - observed / expected

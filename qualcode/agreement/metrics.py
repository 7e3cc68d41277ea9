"""Agreement coefficients as pure numpy functions.

``ratings`` is a sequence of units, each a sequence with one value per coder, ``None``
where that coder did not rate the unit. Every coefficient returns NaN where it is
undefined (no variation, nothing pairable), never 0 or 1 by convention.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence

import numpy as np

NAN = float("nan")


def _encode(
    ratings: Sequence[Sequence[Hashable | None]], categories: Iterable[Hashable] | None = None
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
            if v is None or (isinstance(v, float) and math.isnan(v)):
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
    values = ratings.astype(np.float64)
    present = ~np.isnan(values)
    uniques = np.unique(np.concatenate([values[present], np.asarray(declared, dtype=float)]))
    rows = np.nonzero(present)[0]
    columns = np.searchsorted(uniques, values[present])
    width = max(len(uniques), 1)
    flat = np.bincount(rows * width + columns, minlength=values.shape[0] * width)
    counts = flat.reshape(values.shape[0], width).astype(np.float64)
    as_python = [int(v) if float(v).is_integer() else float(v) for v in uniques]
    return counts, as_python


def _pairwise_agreement(counts: np.ndarray) -> tuple[float, np.ndarray]:
    m = counts.sum(axis=1)
    rated = m >= 2
    if not rated.any():
        return NAN, rated
    c, mm = counts[rated], m[rated]
    per_unit = (c * (c - 1)).sum(axis=1) / (mm * (mm - 1))
    return float(per_unit.mean()), rated


def percent_agreement(ratings: Sequence[Sequence[Hashable | None]]) -> float:
    """Mean over units rated at least twice of the share of coder pairs that agree."""
    counts, _ = _encode(ratings)
    return _pairwise_agreement(counts)[0]


def _two(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> np.ndarray:
    if len(a) != len(b):
        raise ValueError(f"the two coders rated different numbers of units ({len(a)}, {len(b)})")
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    counts, _ = _encode([[x] for x, _ in pairs] + [[y] for _, y in pairs])
    n = len(pairs)
    return np.stack([counts[:n], counts[n:]]) if n else np.zeros((2, 0, 1))


def cohen_kappa(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float:
    """Cohen's kappa for two coders; units where either is missing are left out."""
    first, second = _two(a, b)
    if first.shape[0] == 0:
        return NAN
    observed = float((first * second).sum() / first.shape[0])
    expected = float((first.mean(axis=0) * second.mean(axis=0)).sum())
    return NAN if math.isclose(expected, 1.0) else (observed - expected) / (1.0 - expected)


def scotts_pi(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float:
    """Scott's pi: like kappa, with chance from the coders' pooled distribution."""
    first, second = _two(a, b)
    if first.shape[0] == 0:
        return NAN
    observed = float((first * second).sum() / first.shape[0])
    pooled = (first.mean(axis=0) + second.mean(axis=0)) / 2.0
    expected = float((pooled**2).sum())
    return NAN if math.isclose(expected, 1.0) else (observed - expected) / (1.0 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[Hashable | None]]) -> float:
    """Fleiss' kappa; every unit must be rated by the same number of coders."""
    counts, _ = _encode(ratings)
    if counts.shape[0] == 0:
        return NAN
    m = counts.sum(axis=1)
    if not np.all(m == m[0]):
        raise ValueError("Fleiss' kappa needs every unit rated by the same number of coders")
    if m[0] < 2:
        return NAN
    observed, _ = _pairwise_agreement(counts)
    p = counts.sum(axis=0) / counts.sum()
    expected = float((p**2).sum())
    return NAN if math.isclose(expected, 1.0) else (observed - expected) / (1.0 - expected)


def _multi_rater_agreement(
    ratings: Sequence[Sequence[Hashable | None]], categories: Iterable[Hashable] | None
) -> tuple[float, np.ndarray, int]:
    counts, values = _encode(ratings, categories)
    q = len(values) if categories is None else len(set(categories) | set(values))
    observed, _ = _pairwise_agreement(counts)
    return observed, counts, q


def gwet_ac1(
    ratings: Sequence[Sequence[Hashable | None]], categories: Iterable[Hashable] | None = None
) -> float:
    """Gwet's AC1 for any number of coders with missing values (Gwet 2014, ch. 4).

    Chance agreement is ``sum_k pi_k (1 - pi_k) / (q - 1)`` where ``pi_k`` averages each
    unit's share of category k over the units rated at least once, and ``q`` is the number
    of categories in the code frame (declared, else observed).
    """
    observed, counts, q = _multi_rater_agreement(ratings, categories)
    m = counts.sum(axis=1)
    if math.isnan(observed) or q < 2:
        return NAN
    shares = counts[m >= 1] / m[m >= 1, None]
    pi = shares.mean(axis=0)
    expected = float((pi * (1 - pi)).sum() / (q - 1))
    return NAN if math.isclose(expected, 1.0) else (observed - expected) / (1.0 - expected)


def brennan_prediger(
    ratings: Sequence[Sequence[Hashable | None]], categories: Iterable[Hashable] | None = None
) -> float:
    """Brennan and Prediger's coefficient: chance agreement 1/q for q categories."""
    observed, _, q = _multi_rater_agreement(ratings, categories)
    if math.isnan(observed) or q < 2:
        return NAN
    return (observed - 1.0 / q) / (1.0 - 1.0 / q)


def _delta(values: list[Hashable], n_c: np.ndarray, level: str) -> np.ndarray:
    k = len(values)
    if level == "nominal":
        return 1.0 - np.eye(k)
    if level == "ordinal":
        order = sorted(range(k), key=lambda i: values[i])  # type: ignore[arg-type,return-value]
        ranked = n_c[order]
        cum = np.concatenate([[0.0], np.cumsum(ranked)])
        d = np.zeros((k, k))
        for a in range(k):
            for b in range(k):
                lo, hi = min(a, b), max(a, b)
                d[order[a], order[b]] = (cum[hi + 1] - cum[lo] - (ranked[a] + ranked[b]) / 2) ** 2
        return d
    nums = np.array([float(v) for v in values])  # type: ignore[arg-type]
    diff = nums[:, None] - nums[None, :]
    if level == "interval":
        return diff**2
    if level == "ratio":
        total = nums[:, None] + nums[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(total == 0, 0.0, (diff / total) ** 2)
    raise ValueError(f"unknown level {level!r}; use nominal, ordinal, interval or ratio")


def krippendorff_alpha(
    ratings: Sequence[Sequence[Hashable | None]], level: str = "nominal"
) -> float:
    """Krippendorff's alpha from the coincidence matrix (Krippendorff 2011)."""
    if level not in ("nominal", "ordinal", "interval", "ratio"):
        raise ValueError(f"unknown level {level!r}; use nominal, ordinal, interval or ratio")
    counts, values = _encode(ratings)
    m = counts.sum(axis=1)
    pairable = m >= 2
    counts, m = counts[pairable], m[pairable]
    if counts.shape[0] == 0 or len(values) < 2:
        return NAN
    weighted = counts / (m - 1)[:, None]
    coincidence = weighted.T @ counts - np.diag(weighted.sum(axis=0))
    n_c = coincidence.sum(axis=1)
    n = n_c.sum()
    delta = _delta(values, n_c, level)
    observed = float((coincidence * delta).sum() / n)
    expected = float((np.outer(n_c, n_c) * delta).sum() / (n * (n - 1)))
    if expected == 0 or math.isclose(expected, 0.0, abs_tol=1e-15):
        return NAN
    return 1.0 - observed / expected


def _partition(spans: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int, bool]]:
    """A coder's continuum as consecutive (start, length, coded) sections and gaps.

    Overlapping spans merge; touching ones stay apart, since where one unit ends and the
    next begins is part of what unitizing agreement measures.
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:  # touching sections stay separate units
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for start, end in merged:
        if start > pos:
            out.append((pos, start - pos, False))
        out.append((start, end - start, True))
        pos = end
    if pos < length:
        out.append((pos, length - pos, False))
    return out


def _segment_distance(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> float:
    """Krippendorff's squared distance between two coders' overlapping segments."""
    (b1, l1, c1), (b2, l2, c2) = a, b
    shift = b1 - b2
    if c1 and c2 and -l1 < shift < l2:
        return float(shift**2 + (shift + l1 - l2) ** 2)
    if c1 and not c2 and 0 <= shift <= l2 - l1:
        return float(l1**2)
    if c2 and not c1 and 0 <= -shift <= l1 - l2:
        return float(l2**2)
    return 0.0


def unitizing_alpha(spans_by_coder: Mapping[str, Sequence[tuple[int, int]]], length: int) -> float:
    """Krippendorff's alpha for unitizing (u-alpha) of one category on ``[0, length)``.

    Each coder's continuum is a sequence of coded sections and uncoded gaps (overlapping
    spans of one coder are merged first). Following Krippendorff (1995, "On the reliability
    of unitizing continuous data", Sociological Methodology 25) and Content Analysis (2004,
    section 12.2): observed disagreement sums, over ordered pairs of coders and their
    overlapping segments, the squared differences of the two sections' beginnings and ends
    (or the squared length of a section lying inside the other coder's gap), divided by
    m(m-1)L^2. Expected disagreement compares every coded section with every other possible
    placement of the coded sections and gaps (the 2004 form, with l_gap - l + 1). Coders
    who coded nothing count as coders. NaN when nobody coded anything or the continuum is
    empty; Krippendorff's 2004 example (p. 254) gives 0.7286 for category c.
    """
    coders = list(spans_by_coder)
    m = len(coders)
    if m < 2 or length <= 0:
        return NAN
    parts = [_partition(spans_by_coder[c], length) for c in coders]
    observed = 0.0
    for i in range(m):
        for j in range(i + 1, m):
            observed += _pair_disagreement(parts[i], parts[j])
    observed = 2.0 * observed / (m * (m - 1) * float(length) ** 2)
    sections = np.array([seg[1] for p in parts for seg in p if seg[2]], dtype=np.float64)
    if len(sections) == 0:
        return NAN
    gaps = np.sort(np.array([seg[1] for p in parts for seg in p if not seg[2]], dtype=np.float64))
    suffix = np.concatenate([np.cumsum(gaps[::-1])[::-1], [0.0]])
    first = np.searchsorted(gaps, sections, side="left")  # gaps at least as long as l
    count = len(gaps) - first
    fits = suffix[first] - (sections - 1.0) * count  # sum over those gaps of (g - l + 1)
    n_c = len(sections)
    numerator = (
        (n_c - 1) / 3.0 * (2 * sections**3 - 3 * sections**2 + sections) + sections**2 * fits
    ).sum()
    total = float(m * length)
    denominator = total * (total - 1.0) - float((sections * (sections - 1.0)).sum())
    expected = 2.0 / length * numerator / denominator
    if expected <= 0:
        return NAN
    return 1.0 - observed / expected


def _pair_disagreement(
    first: list[tuple[int, int, bool]], second: list[tuple[int, int, bool]]
) -> float:
    """Sum of distances over the overlapping segment pairs of two partitions."""
    total, i, j = 0.0, 0, 0
    while i < len(first) and j < len(second):
        total += _segment_distance(first[i], second[j])
        end1 = first[i][0] + first[i][1]
        end2 = second[j][0] + second[j][1]
        if end1 <= end2:
            i += 1
        if end2 <= end1:
            j += 1
    return total

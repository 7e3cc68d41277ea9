"""Coefficients against independent implementations on random data with missing values.

References: the `krippendorff` package (alpha, all four levels), scikit-learn
(cohen_kappa_score), statsmodels (cohens_kappa, fleiss_kappa) and, for Gwet's multi-rater
formulas with missing ratings, a unit-by-unit transcription of Gwet (2014, Handbook of
Inter-Rater Reliability, 4th ed., ch. 2 and 5) written here with plain loops. The same
formulas were checked against Gwet's own irrCAC package (0.4.4) on 400 random data sets with
missing values (agreement to 1e-9); irrCAC pins scipy 1.12 and numpy < 2, so it cannot
live in this environment as a test dependency.
"""

from __future__ import annotations

import math
from collections import Counter

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import cohens_kappa, fleiss_kappa

from qualcode.agreement import metrics

# slow: loads the reference packages (sklearn, statsmodels, krippendorff)
pytestmark = pytest.mark.slow

FRAME = [1, 2, 3, 4]
with_missing = st.integers(2, 5).flatmap(
    lambda m: st.lists(
        st.lists(st.one_of(st.none(), st.sampled_from(FRAME)), min_size=m, max_size=m),
        min_size=1,
        max_size=40,
    )
)
complete = st.integers(2, 6).flatmap(
    lambda m: st.lists(
        st.lists(st.sampled_from(FRAME), min_size=m, max_size=m), min_size=1, max_size=40
    )
)


def same(ours: float, theirs: float) -> bool:
    if math.isnan(theirs) or math.isinf(theirs):
        return math.isnan(ours)
    return ours == pytest.approx(theirs, abs=1e-9)


def gwet_by_hand(rows: list[list[int | None]], frame: list[int]) -> tuple[float, float, float]:
    """Percent agreement, AC1 and Brennan-Prediger as Gwet writes them, one unit at a time.

    p_a = mean over units with r_i >= 2 of sum_k r_ik (r_ik - 1) / (r_i (r_i - 1));
    pi_k = mean over units with r_i >= 1 of r_ik / r_i;
    AC1 chance = sum_k pi_k (1 - pi_k) / (q - 1); Brennan-Prediger chance = 1 / q.
    """
    q = len(frame)
    agree, paired = 0.0, 0
    shares = dict.fromkeys(frame, 0.0)
    rated = 0
    for row in rows:
        given_values = [v for v in row if v is not None]
        r = len(given_values)
        counts = Counter(given_values)
        if r >= 1:
            rated += 1
            for k in frame:
                shares[k] += counts[k] / r
        if r >= 2:
            paired += 1
            agree += sum(n * (n - 1) for n in counts.values()) / (r * (r - 1))
    if paired == 0:
        return math.nan, math.nan, math.nan
    pa = agree / paired
    pi = [shares[k] / rated for k in frame]
    pe = sum(p * (1 - p) for p in pi) / (q - 1)
    return pa, (pa - pe) / (1 - pe), (pa - 1 / q) / (1 - 1 / q)


@settings(max_examples=150, deadline=None)
@given(with_missing)
def test_gwet_coefficients_with_missing_ratings(rows: list[list[int | None]]) -> None:
    pa, ac1, bp = gwet_by_hand(rows, FRAME)
    assert same(metrics.percent_agreement(rows), pa)
    assert same(metrics.gwet_ac1(rows, categories=FRAME), ac1)
    assert same(metrics.brennan_prediger(rows, categories=FRAME), bp)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=150, deadline=None)
@given(with_missing, st.sampled_from(["nominal", "ordinal", "interval", "ratio"]))
def test_alpha_matches_the_krippendorff_package(rows: list[list[int | None]], level: str) -> None:
    ours = metrics.krippendorff_alpha(rows, level)
    data = np.array([[np.nan if v is None else v for v in row] for row in rows], dtype=float).T
    try:
        theirs = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
    except (ValueError, ZeroDivisionError):  # the package refuses data with one value only
        assert math.isnan(ours)
        return
    assert same(ours, theirs)


def category_table(rows: list[list[int]]) -> np.ndarray:
    """Units x categories counts, statsmodels' input for Fleiss' kappa."""
    return np.array([[row.count(k) for k in FRAME] for row in rows], dtype=float)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=150, deadline=None)
@given(complete)
def test_fleiss_matches_statsmodels(rows: list[list[int]]) -> None:
    with np.errstate(all="ignore"):
        theirs = float(fleiss_kappa(category_table(rows), method="fleiss"))
    assert same(metrics.fleiss_kappa(rows), theirs)


@pytest.mark.filterwarnings("ignore::RuntimeWarning", "ignore::UserWarning")
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAME), st.sampled_from(FRAME)), min_size=1, max_size=50))
def test_two_coder_coefficients_match_sklearn_and_statsmodels(
    pairs: list[tuple[int, int]],
) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    table = np.zeros((len(FRAME), len(FRAME)))
    for x, y in pairs:
        table[FRAME.index(x), FRAME.index(y)] += 1
    with np.errstate(all="ignore"):
        sk = float(cohen_kappa_score(a, b))
        sm = float(cohens_kappa(table).kappa)
        scott = float(fleiss_kappa(category_table([list(p) for p in pairs]), method="fleiss"))
    if not math.isnan(sk):
        assert sm == pytest.approx(sk, abs=1e-9)  # the two references agree with each other
    assert same(metrics.cohen_kappa(a, b), sk)
    # Scott's pi is Fleiss' kappa with two raters (Fleiss 1971, p. 379)
    assert same(metrics.scotts_pi(a, b), scott)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(st.none(), st.sampled_from(FRAME)), st.sampled_from(FRAME)),
        min_size=1,
        max_size=40,
    )
)
def test_two_coder_missing_units_are_left_out(pairs: list[tuple[int | None, int]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    kept = [(x, y) for x, y in pairs if x is not None]
    nan_a = [math.nan if x is None else x for x in a]
    for fn in (metrics.cohen_kappa, metrics.scotts_pi):
        full = fn([x for x, _ in kept], [y for _, y in kept]) if kept else math.nan
        assert same(fn(a, b), full)
        assert same(fn(nan_a, b), full)  # NaN is a missing rating too

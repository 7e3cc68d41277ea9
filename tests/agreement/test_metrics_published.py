"""Coefficients against published worked examples and an independent implementation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement import metrics

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units.
K2011 = [
    [1, 1, None, 1],
    [2, 2, 3, 2],
    [3, 3, 3, 3],
    [3, 3, 3, 3],
    [2, 2, 2, 2],
    [1, 2, 3, 4],
    [4, 4, 4, 4],
    [1, 1, 2, 1],
    [2, 2, 2, 2],
    [None, 5, 5, 5],
    [None, None, 1, 1],
    [None, 3, None, None],
]


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_2011_example(level: str, published: float) -> None:
    assert metrics.krippendorff_alpha(K2011, level) == pytest.approx(published, abs=5e-4)


def test_fleiss_kappa_wikipedia_example() -> None:
    # Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    ratings = [[c for c, n in enumerate(row) for _ in range(n)] for row in table]
    assert metrics.fleiss_kappa(ratings) == pytest.approx(0.210, abs=5e-4)


# Fleiss (1971), Psychological Bulletin 76(5), Table 1: 30 patients, 6 psychiatrists each,
# 5 diagnoses (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other);
# kappa = .430 (p. 381). The rows are the diagnoses each patient received.
FLEISS_1971 = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5], [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5], [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]  # fmt: skip


def test_fleiss_1971_table_1() -> None:
    assert metrics.fleiss_kappa(FLEISS_1971) == pytest.approx(0.430, abs=5e-4)


def test_gwet_handbook_four_raters_with_missing_ratings() -> None:
    # Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., and the irrCAC package's
    # documented results for its data set cac.raw4raters (Krippendorff's 2011 data above):
    # percent agreement 0.81818, AC1 0.77544 (chance 0.19032), Brennan-Prediger 0.77273,
    # Krippendorff's alpha 0.74342. q = 5 categories observed. Unit 12 has one rating: it
    # drops out of percent agreement (11 units), but its share counts in AC1's pi_k.
    assert metrics.percent_agreement(K2011) == pytest.approx(0.81818, abs=5e-6)
    assert metrics.gwet_ac1(K2011) == pytest.approx(0.77544, abs=5e-6)
    assert metrics.brennan_prediger(K2011) == pytest.approx(0.77273, abs=5e-6)
    assert metrics.krippendorff_alpha(K2011) == pytest.approx(0.74342, abs=5e-6)
    # a declared code frame larger than the values seen changes q, hence AC1 and B-P
    frame = [1, 2, 3, 4, 5, 6]
    assert metrics.brennan_prediger(K2011, frame) == pytest.approx((9 / 11 - 1 / 6) / (5 / 6))


def test_cohen_1960_table_1() -> None:
    # Cohen (1960), Educational and Psychological Measurement 20, Table 1: 200 units, three
    # categories, proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06; p_o = .70, p_c = .41,
    # kappa = .29 / .59 = .492
    cells = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]
    a = [i for i, row in enumerate(cells) for j, n in enumerate(row) for _ in range(n)]
    b = [j for i, row in enumerate(cells) for j, n in enumerate(row) for _ in range(n)]
    assert metrics.cohen_kappa(a, b) == pytest.approx(0.29 / 0.59)
    assert round(metrics.cohen_kappa(a, b), 3) == 0.492
    # Scott's pi pools the two margins: p_e = .55^2 + .30^2 + .15^2 = .415
    assert metrics.scotts_pi(a, b) == pytest.approx((0.70 - 0.415) / (1 - 0.415))


def test_cohen_textbook_2x2() -> None:
    # 50 units: both yes 20, a yes b no 5, a no b yes 10, both no 15 -> kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert metrics.cohen_kappa(a, b) == pytest.approx(0.4)
    assert metrics.percent_agreement(list(zip(a, b, strict=True))) == pytest.approx(0.7)


def test_undefined_is_nan_not_a_convention() -> None:
    same = [[1, 1], [1, 1], [1, 1]]
    for value in (
        metrics.cohen_kappa([1, 1, 1], [1, 1, 1]),
        metrics.scotts_pi([1], [1]),
        metrics.fleiss_kappa(same),
        metrics.krippendorff_alpha(same),
        metrics.brennan_prediger(same),
        metrics.percent_agreement([[1, None]]),
    ):
        assert math.isnan(value)
    assert metrics.percent_agreement(same) == 1.0
    assert metrics.gwet_ac1(same, categories=[0, 1]) == pytest.approx(1.0)
    assert metrics.brennan_prediger(same, categories=[0, 1]) == pytest.approx(1.0)


def test_gwet_ac1_two_raters_hand_computed() -> None:
    # 2 raters, 100 units: 90 both "+", 5 "+/-", 5 "-/-"
    a = ["+"] * 95 + ["-"] * 5
    b = ["+"] * 90 + ["-"] * 10
    ratings = list(zip(a, b, strict=True))
    pa = 0.95
    pi_plus = (0.95 + 0.90) / 2
    pe = 2 * pi_plus * (1 - pi_plus)
    assert metrics.gwet_ac1(ratings) == pytest.approx((pa - pe) / (1 - pe))
    assert metrics.gwet_ac1(ratings) > metrics.cohen_kappa(a, b)  # the kappa paradox


def test_scotts_pi_is_fleiss_with_two_raters() -> None:
    a = [0, 1, 1, 2, 2, 2, 0, 1]
    b = [0, 1, 2, 2, 1, 2, 0, 0]
    assert metrics.scotts_pi(a, b) == pytest.approx(
        metrics.fleiss_kappa(list(zip(a, b, strict=True)))
    )


def test_fleiss_refuses_unequal_raters() -> None:
    with pytest.raises(ValueError, match="same number"):
        metrics.fleiss_kappa([[1, 1, 2], [1, None, 2]])
    # a unit nobody rated is not part of the study
    rated = [[1, 1, 2], [1, 2, 2], [3, 3, 3]]
    assert metrics.fleiss_kappa([*rated, [None, None, None]]) == metrics.fleiss_kappa(rated)


ratings_strategy = st.lists(
    st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=3, max_size=3),
    min_size=2,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(ratings_strategy, st.randoms(use_true_random=False))
def test_symmetry_and_unit_order(rows: list[list[int | None]], rnd: object) -> None:
    permuted_coders = [[r[2], r[0], r[1]] for r in rows]
    shuffled = list(rows)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    for fn in (
        metrics.krippendorff_alpha,
        metrics.percent_agreement,
        lambda r: metrics.gwet_ac1(r, categories=[1, 2, 3, 4]),
        lambda r: metrics.brennan_prediger(r, categories=[1, 2, 3, 4]),
    ):
        base = fn(rows)
        for other in (fn(permuted_coders), fn(shuffled)):
            assert (math.isnan(base) and math.isnan(other)) or other == pytest.approx(base)


@given(st.lists(st.integers(0, 2), min_size=2, max_size=30).filter(lambda v: len(set(v)) > 1))
def test_perfect_agreement_gives_one(values: list[int]) -> None:
    rows = [[v, v, v] for v in values]
    assert metrics.krippendorff_alpha(rows) == pytest.approx(1.0)
    assert metrics.fleiss_kappa(rows) == pytest.approx(1.0)
    assert metrics.cohen_kappa(values, values) == pytest.approx(1.0)
    assert metrics.gwet_ac1(rows) == pytest.approx(1.0)


@settings(max_examples=60, deadline=None)
@given(ratings_strategy)
def test_numpy_arrays_give_the_same_as_lists(rows: list[list[int | None]]) -> None:
    array = np.array([[np.nan if v is None else v for v in row] for row in rows], dtype=float)
    for fn in (
        metrics.krippendorff_alpha,
        metrics.percent_agreement,
        lambda r: metrics.gwet_ac1(r, categories=[1, 2, 3, 4]),
        lambda r: metrics.brennan_prediger(r, categories=[1, 2, 3, 4]),
        lambda r: metrics.krippendorff_alpha(r, "ordinal"),
    ):
        a, b = fn(rows), fn(array)
        assert (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b)

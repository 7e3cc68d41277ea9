"""Coefficients against published worked examples and an independent implementation."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

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


def test_fleiss_1971_wikipedia_example() -> None:
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


def test_cohen_textbook_2x2() -> None:
    # 50 units: both yes 20, a yes b no 5, a no b yes 10, both no 15 -> kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert metrics.cohen_kappa(a, b) == pytest.approx(0.4)
    assert metrics.percent_agreement(list(zip(a, b, strict=True))) == pytest.approx(0.7)


def test_unitizing_alpha_krippendorff_2004_example() -> None:
    # Content Analysis (2004, p. 254): continuum 150-450, category c, two observers
    spans = {"i": [(75, 145), (220, 250)], "j": [(70, 150), (205, 225), (250, 270)]}
    assert metrics.unitizing_alpha(spans, 300) == pytest.approx(0.7286, abs=1e-4)
    same = {"i": [(30, 90), (150, 200)], "j": [(30, 90), (150, 200)]}
    assert metrics.unitizing_alpha(same, 300) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("sections", "published"),
    [
        ({"a": [(2, 10), (14, 20)], "b": [(4, 8), (15, 17)]}, 0.553),
        ({"a": [(0, 18)], "b": [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)]}, -0.926),
        (
            {
                "a": [(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)],
                "b": [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)],
            },
            0.066,
        ),
    ],
)
def test_unitizing_alpha_krippendorff_1995_examples(
    sections: dict[str, list[tuple[int, int]]], published: float
) -> None:
    # Krippendorff (1995, p. 57); published values hold for a fine-grained continuum
    stretch = 50_000
    scaled = {c: [(s * stretch, e * stretch) for s, e in v] for c, v in sections.items()}
    assert metrics.unitizing_alpha(scaled, 24 * stretch) == pytest.approx(published, abs=0.02)


def test_unitizing_alpha_edge_cases() -> None:
    assert math.isnan(metrics.unitizing_alpha({"a": [], "b": []}, 100))
    assert math.isnan(metrics.unitizing_alpha({"a": [(0, 5)]}, 100))
    disjoint = metrics.unitizing_alpha({"a": [(0, 10)], "b": [(50, 60)]}, 100)
    partial = metrics.unitizing_alpha({"a": [(0, 10)], "b": [(3, 12)]}, 100)
    assert disjoint < partial < 1.0
    swapped = metrics.unitizing_alpha({"b": [(3, 12)], "a": [(0, 10)]}, 100)
    assert swapped == pytest.approx(partial)
    unsorted = metrics.unitizing_alpha({"a": [(5, 10), (0, 6)], "b": [(3, 12)]}, 100)
    assert unsorted == pytest.approx(partial)


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


ratings_strategy = st.lists(
    st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=3, max_size=3),
    min_size=2,
    max_size=40,
)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=80, deadline=None)
@given(ratings_strategy, st.sampled_from(["nominal", "ordinal", "interval", "ratio"]))
def test_alpha_matches_the_krippendorff_package(rows: list[list[int | None]], level: str) -> None:
    ours = metrics.krippendorff_alpha(rows, level)
    data = np.array([[np.nan if v is None else v for v in row] for row in rows], dtype=float).T
    try:
        theirs = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
    except (ValueError, ZeroDivisionError):
        assert math.isnan(ours)
        return
    if math.isnan(theirs) or math.isinf(theirs):
        assert math.isnan(ours)
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=2, max_size=50))
def test_cohen_matches_sklearn(pairs: list[tuple[int, int]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    ours = metrics.cohen_kappa(a, b)
    with np.errstate(all="ignore"):
        theirs = cohen_kappa_score(a, b)
    if math.isnan(theirs):
        assert math.isnan(ours)
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


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

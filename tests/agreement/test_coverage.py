"""Spans to unit matrices: the half-of-non-space-characters rule, and the alpha bootstrap."""

from __future__ import annotations

import krippendorff
import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from qualcode.agreement.bootstrap import binary_alpha, bootstrap_alpha
from qualcode.agreement.units import coverage_matrix
from qualcode.model import Unit

TEXT = "Hej du.  Vi pratar.\nOm arbetsmiljö nu."
UNITS = [Unit(0, 0, 7), Unit(1, 9, 19), Unit(2, 20, 38)]


def test_half_of_non_space_characters_counts() -> None:
    # "Hej du." has 6 non-space characters: 3 covered is half, 2 is not
    m = coverage_matrix(TEXT, UNITS, {"a": [(0, 4)], "b": [(0, 2)]}, ["a", "b"])
    assert m[:, 0].tolist() == [1, 0, 0]
    assert m[:, 1].tolist() == [0, 0, 0]


def test_whitespace_around_a_segment_does_not_matter() -> None:
    with_space = coverage_matrix(TEXT, UNITS, {"a": [(7, 20)]}, ["a"])
    without = coverage_matrix(TEXT, UNITS, {"a": [(9, 19)]}, ["a"])
    assert with_space.tolist() == without.tolist() == [[0], [1], [0]]


def test_overlapping_segments_count_once() -> None:
    # "Om arbets" holds 8 of the third unit's 16 non-space characters: exactly half
    m = coverage_matrix(TEXT, UNITS, {"a": [(20, 27), (22, 29)]}, ["a"])
    assert m[:, 0].tolist() == [0, 0, 1]
    # one character less is below half, however many segments overlap there
    m = coverage_matrix(TEXT, UNITS, {"a": [(20, 27), (22, 28), (21, 26)]}, ["a"])
    assert m[:, 0].tolist() == [0, 0, 0]


def test_missing_coder_is_all_zero() -> None:
    assert coverage_matrix(TEXT, UNITS, {}, ["a", "b"]).sum() == 0


@given(st.lists(st.lists(st.integers(0, 1), min_size=3, max_size=3), min_size=2, max_size=60))
def test_binary_alpha_matches_krippendorff_package(rows: list[list[int]]) -> None:
    matrix = np.array(rows)
    ours = binary_alpha(matrix)
    if len(np.unique(matrix)) < 2:
        assert np.isnan(ours)
        return
    theirs = krippendorff.alpha(reliability_data=matrix.T, level_of_measurement="nominal")
    assert np.isclose(ours, theirs)


def test_bootstrap_interval_brackets_alpha() -> None:
    rng = np.random.default_rng(3)
    truth = rng.integers(0, 2, 400)
    matrix = np.stack([np.where(rng.random(400) < 0.9, truth, 1 - truth) for _ in range(3)], 1)
    low, high = bootstrap_alpha(matrix, 500, seed=1)
    assert low < binary_alpha(matrix) < high
    assert bootstrap_alpha(matrix, 500, seed=1) == (low, high)  # seeded: reproducible
    assert all(np.isnan(bootstrap_alpha(np.zeros((50, 2), dtype=int), 100)))


def test_bootstrap_matches_resampling_rows() -> None:
    rng = np.random.default_rng(11)
    truth = rng.integers(0, 2, 300)
    matrix = np.stack([np.where(rng.random(300) < 0.85, truth, 1 - truth) for _ in range(3)], 1)
    naive = []
    for _ in range(2000):
        sample = matrix[rng.integers(0, 300, 300)]
        naive.append(binary_alpha(sample))
    low, high = np.percentile(naive, [2.5, 97.5])
    ours = bootstrap_alpha(matrix, 2000, seed=5)
    assert abs(ours[0] - low) < 0.02 and abs(ours[1] - high) < 0.02

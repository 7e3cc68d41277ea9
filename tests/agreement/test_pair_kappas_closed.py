"""A pair row's Cohen's kappa and Scott's pi of two complete 0/1 columns come from counts
(``binary.binary_pair``): bit for bit the values ``cohen_kappa`` and ``scotts_pi`` give,
undefined alike where the coders' margins leave no room for chance (all one category),
on generated columns of every integer type a coverage matrix may have."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement import binary, metrics
from qualcode.agreement.rows import pair_row


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 1), st.integers(0, 1)), max_size=60),
    st.sampled_from([np.int8, np.int64, np.uint8, np.bool_]),
    st.integers(0, 3),
)
def test_closed_forms_are_the_general_values(
    units: list[tuple[int, int]], kind: type, repeat: int
) -> None:
    matrix: np.ndarray = np.array(units * (1 + 997 * repeat), dtype=kind).reshape(-1, 2)
    cohen, scott = binary.binary_pair(matrix)
    first, second = matrix[:, 0], matrix[:, 1]
    assert _same(cohen, metrics.cohen_kappa(first, second))
    assert _same(scott, metrics.scotts_pi(first, second))
    row = pair_row("code", "a", "b", matrix)
    assert _same(row.cohen, cohen) and _same(row.scott, scott)


def test_a_column_of_other_values_is_measured_the_general_way() -> None:
    matrix = np.array([[0, 2], [1, 1], [2, 0], [1, 1]], dtype=np.int8)
    row = pair_row(None, "a", "b", matrix)
    assert _same(row.cohen, metrics.cohen_kappa(matrix[:, 0], matrix[:, 1]))
    assert _same(row.scott, metrics.scotts_pi(matrix[:, 0], matrix[:, 1]))

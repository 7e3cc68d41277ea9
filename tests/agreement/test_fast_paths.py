"""The fast paths of `qualcode agree` at scale give the values of the general code.

Coverage reads each unit's covered characters off merged intervals, and reports compute
the coefficients of complete 0/1 matrices in closed form; both are checked here against a
character-by-character count and the general coefficient functions.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement import binary, metrics
from qualcode.agreement.units import covered, nonspace_prefix, unit_bounds
from qualcode.model import Unit

texts = st.text(alphabet="ab \n\tå\u3000漢\u2028", min_size=1, max_size=60)


def by_character(text: str, units: list[Unit], spans: list[tuple[int, int]]) -> list[bool]:
    inside = [any(s <= i < e for s, e in spans) for i in range(len(text))]
    result = []
    for u in units:
        chars = [i for i in range(u.start, u.end) if not text[i].isspace()]
        hit = sum(1 for i in chars if inside[i])
        result.append(bool(chars) and 2 * hit >= len(chars))
    return result


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_coverage_matches_a_character_count(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.sets(st.integers(1, len(text)), max_size=6)) | {0, len(text)})
    units = [Unit(i, a, b) for i, (a, b) in enumerate(itertools.pairwise(cuts)) if b > a]
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(-3, len(text) + 3), st.integers(-3, len(text) + 3)), max_size=6
        )
    )
    starts, ends = unit_bounds(units)
    got = covered(spans, starts, ends, len(text), nonspace_prefix(text))
    assert got.tolist() == by_character(text, units, [(s, e) for s, e in spans if e > s])


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 40), st.integers(2, 5), st.floats(0, 1), st.integers(0, 2**32 - 1))
def test_closed_forms_match_the_general_coefficients(
    units: int, raters: int, share: float, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    matrix = (rng.random((units, raters)) < share).astype(np.int8)
    fast = binary.binary_coefficients(matrix)
    general = {
        "percent": metrics.percent_agreement(matrix),
        "fleiss": metrics.fleiss_kappa(matrix),
        "alpha": metrics.krippendorff_alpha(matrix, level="nominal"),
        "ac1": metrics.gwet_ac1(matrix, categories=[0, 1]),
        "brennan_prediger": metrics.brennan_prediger(matrix, categories=[0, 1]),
    }
    for name, value in general.items():
        if math.isnan(value):
            assert math.isnan(fast[name]), name
        else:
            assert math.isclose(fast[name], value, rel_tol=1e-9, abs_tol=1e-12), name


def test_two_coders_as_arrays_give_the_values_of_lists() -> None:
    rng = np.random.default_rng(5)
    a, b = (rng.random(200) < 0.3).astype(np.int8), (rng.random(200) < 0.35).astype(np.int8)
    assert math.isclose(metrics.cohen_kappa(a, b), metrics.cohen_kappa(a.tolist(), b.tolist()))
    assert math.isclose(metrics.scotts_pi(a, b), metrics.scotts_pi(a.tolist(), b.tolist()))
    x = np.array([1.0, np.nan, 0.0, 1.0])
    y = np.array([1.0, 0.0, np.nan, 0.0])
    assert math.isclose(
        metrics.cohen_kappa(x, y), metrics.cohen_kappa([1, None, 0, 1], [1, 0, None, 0])
    )

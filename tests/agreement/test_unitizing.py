"""Unitizing alpha: the 2016 u-alpha (gaps a category) and the 1995/2004 coefficient."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement import metrics


def partition(spans: list[tuple[int, int]], length: int) -> list[tuple[str, int, int]]:
    """A coder's segments ("k" coded, "g" gap) covering [0, length), overlaps merged."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(length, e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    segments, pos = [], 0
    for s, e in merged:
        if s > pos:
            segments.append(("g", pos, s))
        segments.append(("k", s, e))
        pos = e
    if pos < length:
        segments.append(("g", pos, length))
    return segments


def u_alpha_by_definition(spans: dict[str, list[tuple[int, int]]], length: int) -> float:
    """Krippendorff, Mathet, Bouvry & Milliat (2016), section 5.1, term by term.

    Observed coincidences l_ck sum the intersections of every segment of coder i with every
    segment of coder j != i, divided by m - 1; expected e_ck = l.. (l_c. l_.k - [c = k]
    sum of l^2 over c's segments) / (l..^2 - sum of l^2 over all segments), where a gap
    counts as single characters (its l^2 becomes l); u-alpha = 1 - (l.. - sum_c l_cc) /
    (l.. - sum_c e_cc).
    """
    parts = {c: partition(v, length) for c, v in spans.items()}
    m = len(parts)
    values = ("k", "g")
    observed = {(c, k): 0.0 for c in values for k in values}
    for i, first in parts.items():
        for j, second in parts.items():
            if i == j:
                continue
            for c, s1, e1 in first:
                for k, s2, e2 in second:
                    observed[c, k] += max(0, min(e1, e2) - max(s1, s2)) / (m - 1)
    margin = {c: sum(observed[c, k] for k in values) for c in values}
    total = sum(margin.values())
    squares = {c: 0.0 for c in values}
    for segments in parts.values():
        for c, s, e in segments:
            squares[c] += (e - s) ** 2 if c == "k" else (e - s)
    denominator = total**2 - sum(squares.values())
    expected_diagonal = sum(total * (margin[c] ** 2 - squares[c]) / denominator for c in values)
    disagreement = total - expected_diagonal
    if disagreement == 0 or margin["k"] == 0 or margin["g"] == 0:
        return math.nan
    return 1 - (total - observed["k", "k"] - observed["g", "g"]) / disagreement


span = st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1]))
coders = st.dictionaries(
    st.sampled_from(["a", "b", "c", "d"]), st.lists(span, max_size=6), min_size=2, max_size=4
)


@settings(max_examples=200, deadline=None)
@given(coders, st.integers(1, 90))
def test_u_alpha_2016_matches_its_definition(
    spans: dict[str, list[tuple[int, int]]], n: int
) -> None:
    # overlapping and touching spans of one coder, spans past the end, coders with nothing
    ours = metrics.unitizing_alpha_2016(spans, n)
    reference = u_alpha_by_definition(spans, n)
    assert (math.isnan(ours) and math.isnan(reference)) or ours == pytest.approx(reference)


def test_u_alpha_2016_worked_example() -> None:
    # Krippendorff's (2004, p. 254) category-c data on a 300-character continuum. Coded:
    # i 70 + 30 = 100, j 80 + 20 + 20 = 120, both 70 + 5 = 75 characters; l.. = 600.
    # l_kg = (100 - 75) + (120 - 75) = 70; l_k. = 220, l_g. = 380;
    # e_kg = 600 * 220 * 380 / (600^2 - (70^2 + 30^2 + 80^2 + 20^2 + 20^2) - 380)
    spans = {"i": [(75, 145), (220, 250)], "j": [(70, 150), (205, 225), (250, 270)]}
    expected = 600 * 220 * 380 / (600**2 - 13_000 - 380)
    assert metrics.unitizing_alpha_2016(spans, 300) == pytest.approx(1 - 70 / expected)
    assert round(metrics.unitizing_alpha_2016(spans, 300), 4) == 0.5163


def test_u_alpha_2016_edge_cases() -> None:
    assert math.isnan(metrics.unitizing_alpha_2016({"a": [], "b": []}, 100))  # nothing coded
    assert math.isnan(metrics.unitizing_alpha_2016({"a": [(0, 100)], "b": [(0, 100)]}, 100))
    assert math.isnan(metrics.unitizing_alpha_2016({"a": [(0, 5)]}, 100))  # one coder
    assert math.isnan(metrics.unitizing_alpha_2016({"a": [(0, 5)], "b": [(0, 5)]}, 0))
    same = {"a": [(30, 90), (150, 200)], "b": [(30, 90), (150, 200)]}
    assert metrics.unitizing_alpha_2016(same, 300) == pytest.approx(1.0)
    disjoint = metrics.unitizing_alpha_2016({"a": [(0, 10)], "b": [(50, 60)]}, 100)
    partial = metrics.unitizing_alpha_2016({"a": [(0, 10)], "b": [(3, 12)]}, 100)
    assert disjoint < 0 < partial < 1.0
    assert metrics.unitizing_alpha_2016({"b": [(3, 12)], "a": [(0, 10)]}, 100) == partial
    assert metrics.unitizing_alpha_2016({"a": [(5, 10), (0, 6)], "b": [(3, 12)]}, 100) == partial
    # a coder who coded nothing is a coder whose continuum is all gap
    silent = metrics.unitizing_alpha_2016({"a": [(0, 10)], "b": [(0, 10)], "c": []}, 100)
    assert silent < metrics.unitizing_alpha_2016({"a": [(0, 10)], "b": [(0, 10)]}, 100)


def test_touching_sections_are_separate_units_2016() -> None:
    # two touching sections cover what one long section covers, but as two units they are
    # less likely to coincide by chance: same observed, smaller expected disagreement
    one = metrics.unitizing_alpha_2016({"a": [(10, 40)], "b": [(10, 30)]}, 100)
    two = metrics.unitizing_alpha_2016({"a": [(10, 25), (25, 40)], "b": [(10, 30)]}, 100)
    assert two != one


def test_u_alpha_reproduces_content_analysis_2004() -> None:
    # Krippendorff (2004), Content Analysis 2nd ed., p. 254: continuum 150-450 (shifted to
    # 0-300 here), category c, observers i and j: D_o = .0144, D_e = .0532, alpha = .7286
    spans = {"i": [(75, 145), (220, 250)], "j": [(70, 150), (205, 225), (250, 270)]}
    assert metrics.unitizing_alpha(spans, 300) == pytest.approx(0.7286, abs=1e-4)


@pytest.mark.parametrize(
    ("sections", "published"),
    [
        ({"a": [(2, 10), (14, 20)], "b": [(4, 8), (15, 17)]}, 0.553),
        ({"a": [(0, 18)], "b": [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)]}, -0.926),
        (
            {
                "a": [(2, 8), (10, 12), (14, 18), (20, 22)],
                "b": [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)],
            },
            0.679,
        ),
        (
            {
                "a": [(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)],
                "b": [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)],
            },
            0.066,
        ),
    ],
)  # fmt: skip
def test_u_alpha_near_the_1995_examples(
    sections: dict[str, list[tuple[int, int]]], published: float
) -> None:
    # Krippendorff (1995, p. 57), examples A-D on a 24-step continuum. The 1995 expected
    # disagreement differs slightly from the 2004 formula used here (DKPro Statistics notes
    # the same), so the published figures are met to 0.02 on a fine-grained continuum only.
    stretch = 50_000
    scaled = {c: [(s * stretch, e * stretch) for s, e in v] for c, v in sections.items()}
    assert metrics.unitizing_alpha(scaled, 24 * stretch) == pytest.approx(published, abs=0.02)


def test_u_alpha_edge_cases() -> None:
    assert math.isnan(metrics.unitizing_alpha({"a": [], "b": []}, 100))  # nothing coded
    assert math.isnan(metrics.unitizing_alpha({"a": [(0, 100)], "b": [(0, 100)]}, 100))
    assert math.isnan(metrics.unitizing_alpha({"a": [(0, 5)]}, 100))  # one coder
    assert math.isnan(metrics.unitizing_alpha({"a": [(0, 5)], "b": [(0, 5)]}, 0))
    same = {"a": [(30, 90), (150, 200)], "b": [(30, 90), (150, 200)]}
    assert metrics.unitizing_alpha(same, 300) == pytest.approx(1.0)
    disjoint = metrics.unitizing_alpha({"a": [(0, 10)], "b": [(50, 60)]}, 100)
    partial = metrics.unitizing_alpha({"a": [(0, 10)], "b": [(3, 12)]}, 100)
    assert disjoint < partial < 1.0
    assert metrics.unitizing_alpha({"b": [(3, 12)], "a": [(0, 10)]}, 100) == partial
    # everything coded, but cut into different units: the boundaries still disagree
    assert metrics.unitizing_alpha({"a": [(0, 100)], "b": [(0, 50), (50, 100)]}, 100) < 1.0


def test_reports_use_the_published_u_alpha() -> None:
    from qualcode.agreement.rows import u_alpha  # what `qualcode agree` reports

    spans = {"i": [(75, 145), (220, 250)], "j": [(70, 150), (205, 225), (250, 270)]}
    assert round(u_alpha(spans, 300), 4) == 0.7286

"""Krippendorff's alpha for unitizing a continuum of characters with one code.

``unitizing_alpha`` is the u-alpha of one category as Krippendorff (1995, Sociological
Methodology 25, 47-76) defined it and Content Analysis (2nd ed., 2004, section 12.2.2) works it
through: the coefficient studies report, with a published worked example (D_o = .0144,
D_e = .0532, alpha = .7286) that it reproduces, and the one DKPro Statistics implements.

``unitizing_alpha_2016`` is the u-alpha of Krippendorff, Mathet, Bouvry and Milliat (2016, "On the
reliability of unitizing textual continua: Further developments", Quality & Quantity 50,
2347-2364; also Krippendorff 2013/2019, Content Analysis, section 12.4). Each coder partitions
the continuum ``[0, L)`` into the sections they coded and the gaps between them, and gaps
count as a category of their own (the paper's empty value). For one code the categories are
"coded" (k) and "gap" (g), and:

* observed coincidences of lengths: ``l_kg = sum over ordered coder pairs i != j of the
  length coded by i that j left as gap, / (m - 1)``;
* marginals: ``l_k.`` = all coded length summed over coders, ``l_g. = mL - l_k.``, ``l.. = mL``;
* expected coincidences: ``e_kg = l.. * l_k. * l_g. / (l..^2 - sum of squared lengths of the
  coded sections - l_g.)``. A coded section is one unit (its squared length), while a gap has
  no structure and counts character by character (each contributes 1);
* ``u-alpha = 1 - l_kg / e_kg`` (the nominal form: with two categories the disagreements
  ``l_kg + l_gk`` and ``e_kg + e_gk`` are twice these).

With one code, the paper's binary coefficient (relevant vs irrelevant matter) and its
per-category coefficient on the continuum coincide with this u-alpha. Overlapping spans of one
coder are merged (a character is coded or not); touching spans stay separate sections, since
where one unit ends and the next begins is part of what unitizing agreement is about.

In the 1995/2004 definition gaps are not a category: observed disagreement is the squared
distances between overlapping sections' beginnings and ends, set against every other
placement of the sections in the gaps. The 2016 form is offered for studies that follow the
newer family of coefficients; reports use the 1995/2004 one, whose published values a reader
can check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

NAN = float("nan")


def _sections(
    spans: Sequence[tuple[int, int]] | np.ndarray, length: int
) -> tuple[np.ndarray, np.ndarray]:
    """A coder's coded sections, clipped to the continuum, overlaps merged, touching kept."""
    bounds = np.clip(np.asarray(spans, dtype=np.int64).reshape(-1, 2), 0, length)
    bounds = bounds[bounds[:, 1] > bounds[:, 0]]
    bounds = bounds[np.lexsort((bounds[:, 1], bounds[:, 0]))]
    if len(bounds) == 0:
        return bounds[:, 0], bounds[:, 1]
    starts, ends = bounds[:, 0], bounds[:, 1]
    reach = np.maximum.accumulate(ends)
    # a span opens a new section unless it starts strictly inside the sections before it
    new = np.concatenate([[True], starts[1:] >= reach[:-1]])
    group = np.cumsum(new) - 1
    section_ends = np.zeros(int(group[-1]) + 1, dtype=np.int64)
    np.maximum.at(section_ends, group, ends)
    return starts[new], section_ends


def _pairs_in_agreement(starts: np.ndarray, ends: np.ndarray) -> float:
    """Sum over characters of c(c - 1), c = how many coders coded the character."""
    if len(starts) == 0:
        return 0.0
    positions = np.concatenate([starts, ends])
    steps = np.concatenate([np.ones(len(starts)), -np.ones(len(ends))])
    places, inverse = np.unique(positions, return_inverse=True)
    depth = np.cumsum(np.bincount(inverse, weights=steps))[:-1]
    return float((depth * (depth - 1.0) * np.diff(places)).sum())


def unitizing_alpha_2016(
    spans_by_coder: Mapping[str, Sequence[tuple[int, int]]], length: int
) -> float:
    """Krippendorff's u-alpha (2016) for one code on ``[0, length)``; gaps are a category.

    Every coder in ``spans_by_coder`` counts, including one who coded nothing. NaN when
    there are fewer than two coders, the continuum is empty, nobody coded anything or
    everybody coded everything (no variation to agree on).
    """
    coders = list(spans_by_coder)
    m = len(coders)
    if m < 2 or length <= 0:
        return NAN
    sections = [_sections(spans_by_coder[c], length) for c in coders]
    starts = np.concatenate([s for s, _ in sections])
    ends = np.concatenate([e for _, e in sections])
    widths = (ends - starts).astype(np.float64)
    total = float(m) * float(length)  # l..
    coded = float(widths.sum())  # l_k.
    gap = total - coded  # l_g.
    if coded == 0 or gap == 0:
        return NAN
    observed = coded - _pairs_in_agreement(starts, ends) / (m - 1)  # l_kg
    expected = total * coded * gap / (total * total - float((widths**2).sum()) - gap)  # e_kg
    return 1.0 - observed / expected


def _partition(
    spans: Sequence[tuple[int, int]] | np.ndarray, length: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A coder's continuum as consecutive sections and gaps: (starts, lengths, coded)."""
    starts, ends = _sections(spans, length)
    # every boundary in order: a gap before each section (empty if none), then the section,
    # then the gap after the last one
    bounds = np.empty(2 * len(starts) + 2, dtype=np.int64)
    bounds[0], bounds[-1] = 0, length
    bounds[1:-1:2], bounds[2:-1:2] = starts, ends
    coded = np.zeros(len(bounds) - 1, dtype=bool)
    coded[1::2] = True
    lengths = np.diff(bounds)
    keep = lengths > 0
    return bounds[:-1][keep], lengths[keep], coded[keep]


def _pair_disagreement(
    first: tuple[np.ndarray, np.ndarray, np.ndarray],
    second: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> float:
    """Krippendorff's (1995) squared distances summed over the two coders' overlapping
    segments. Both partitions cover the continuum, so the overlapping pairs are the pieces
    of their common refinement: one piece per distinct boundary of either coder."""
    b1, l1, c1 = first
    b2, l2, c2 = second
    if len(b1) == 0 or len(b2) == 0:
        return 0.0
    pieces = np.concatenate([b1, b2])  # both sorted: a merge sort, then drop repeats
    pieces.sort(kind="stable")
    pieces = pieces[np.append(True, pieces[1:] != pieces[:-1])]
    i = np.searchsorted(b1, pieces, side="right") - 1
    j = np.searchsorted(b2, pieces, side="right") - 1
    s1, n1, k1 = b1[i], l1[i], c1[i]
    s2, n2, k2 = b2[j], l2[j], c2[j]
    shift = s1 - s2
    both = k1 & k2 & (-n1 < shift) & (shift < n2)
    inside_gap = k1 & ~k2 & (shift >= 0) & (shift <= n2 - n1)
    holds_gap = k2 & ~k1 & (-shift >= 0) & (-shift <= n1 - n2)
    distance = np.where(
        both,
        shift * shift + (shift + n1 - n2) ** 2,
        np.where(inside_gap, n1 * n1, np.where(holds_gap, n2 * n2, 0)),
    )
    return float(distance.sum())  # integers: the sum is exact


def unitizing_alpha(
    spans_by_coder: Mapping[str, Sequence[tuple[int, int]] | np.ndarray], length: int
) -> float:
    """Krippendorff's u-alpha of one category (1995; Content Analysis 2004, 12.2.2).

    NaN when there are fewer than two coders, the continuum is empty, nobody coded anything
    or every coder coded all of it in the same sections (no variation to agree on).

    Observed disagreement sums, over coder pairs and their overlapping segments, the squared
    differences of two sections' beginnings and ends (or the squared length of a section
    inside the other coder's gap), divided by m(m-1)L^2; expected disagreement places every
    coded section at every other possible position (the 2004 form, with l_gap - l + 1).
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
    lengths = np.concatenate([n for _, n, _ in parts]).astype(np.float64)
    coded = np.concatenate([k for _, _, k in parts])
    sections = lengths[coded]
    if len(sections) == 0 or (observed == 0 and coded.all()):
        return NAN  # nothing coded, or everyone coded everything alike: no variation
    gaps = np.sort(lengths[~coded])
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

"""`qualcode agree` reads a corpus as one continuum: the same values as document by document.

The report's coverage matrices and unitizing continua are computed once per code and rater
over all documents laid end to end (agreement/corpus.py), and Krippendorff's 1995 observed
disagreement is summed over the pieces of the two coders' common refinement. Both are
checked here against the plain definitions they replace.
"""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement.corpus import Corpus
from qualcode.agreement.unitizing import _pair_disagreement, _partition
from qualcode.agreement.units import coverage_matrices
from qualcode.model import Unit

RATERS = ("a", "b", "c")


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[str], list[list[Unit]], list[tuple[int, ...]]]:
    """Documents with units and coded spans (some past the text's ends, some empty)."""
    texts = draw(st.lists(st.text(alphabet="ab  \nå", min_size=0, max_size=40), max_size=4))
    units, spans = [], []
    for d, text in enumerate(texts):
        cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=5)) | {0, len(text)})
        units.append([Unit(i, a, b) for i, (a, b) in enumerate(itertools.pairwise(cuts))])
        for _ in range(draw(st.integers(0, 6))):
            start = draw(st.integers(-2, len(text) + 2))
            end = draw(st.integers(-2, len(text) + 2))
            code, rater = draw(st.integers(1, 2)), draw(st.sampled_from([1, 2, 3, 9]))
            spans.append((d, code, rater, start, end, draw(st.integers(0, 3))))
    return texts, units, spans


@settings(max_examples=200, deadline=None)
@given(corpora())
def test_a_corpus_gives_each_documents_coverage_and_continuum(
    corpus: tuple[list[str], list[list[Unit]], list[tuple[int, ...]]],
) -> None:
    texts, units, spans = corpus
    numbers = [100 - 7 * d for d in range(len(texts))]  # row numbers, not report order
    rows = [(numbers[d], k, r, s, e, o) for d, k, r, s, e, o in spans]
    # as the store gives them: by row number, then in order
    unit_rows = sorted(
        ((numbers[d], u.start, u.end) for d in range(len(texts)) for u in units[d]),
        key=lambda row: row[0],
    )
    made = Corpus(texts, numbers, unit_rows, rows, [1, 2, 3])
    offset = 0
    continuum: dict[int, dict[str, list[tuple[int, int]]]] = {1: {}, 2: {}}
    expected: dict[int, list[np.ndarray]] = {1: [], 2: []}
    for d, text in enumerate(texts):
        by_code = {
            code: {
                name: [(s, e) for dd, k, r, s, e, _ in spans if (dd, k, r) == (d, code, rater)]
                for rater, name in enumerate(RATERS, 1)
            }
            for code in (1, 2)
        }
        matrices = coverage_matrices(text, units[d], by_code, RATERS)
        for code in (1, 2):
            expected[code].append(matrices[code])
            for name, found in by_code[code].items():
                shifted = [(s + offset, e + offset) for s, e in found]
                continuum[code].setdefault(name, []).extend(shifted)
        offset += len(text)
    assert made.length == offset
    assert made.unit_counts.tolist() == [len(u) for u in units]
    for code in (1, 2):
        want = np.concatenate(expected[code]) if texts else np.zeros((0, 3))
        assert made.coverage(code, 3).tolist() == want.tolist()
        got = made.continuum(code, RATERS)
        for name in RATERS:
            assert sorted(map(tuple, got[name].tolist())) == sorted(continuum[code].get(name, []))
    counted = [o for _, _, r, _, _, o in spans if r in (1, 2, 3)]
    assert (
        made.origin_counts.tolist()[:4]
        == [counted.count(o) for o in range(4)][: len(made.origin_counts)]
    )


def by_definition(first: list[tuple[int, int, bool]], second: list[tuple[int, int, bool]]) -> int:
    """Krippendorff (1995): over every pair of overlapping segments of the two coders, the
    squared distances of coded sections, or a section's squared length inside a gap."""
    total = 0
    for b1, l1, c1 in first:
        for b2, l2, c2 in second:
            if min(b1 + l1, b2 + l2) <= max(b1, b2):
                continue  # no overlap
            shift = b1 - b2
            if c1 and c2:
                total += shift**2 + (shift + l1 - l2) ** 2
            elif c1 and 0 <= shift <= l2 - l1:
                total += l1**2
            elif c2 and 0 <= -shift <= l1 - l2:
                total += l2**2
    return total


spans_on_40 = st.lists(st.tuples(st.integers(-3, 43), st.integers(-3, 43)), max_size=6)


@settings(max_examples=300, deadline=None)
@given(spans_on_40, spans_on_40)
def test_pair_disagreement_sums_every_overlapping_pair(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> None:
    parts = [_partition(s, 40) for s in (first, second)]
    assert sum(parts[0][1].tolist()) == 40  # a partition of the continuum
    segments = [
        [(b, n, k) for b, n, k in zip(*(x.tolist() for x in p), strict=True)] for p in parts
    ]
    assert _pair_disagreement(parts[0], parts[1]) == by_definition(*segments)

"""The passages counted in numpy (``agreement/passages.py``) are ``find_cases``' cases: the
same extents, kinds and versions (their digests), on generated codings of several
documents, coders and codes, with coders absent from some documents (their codings there
join no passage)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.agreement.passages import passages
from qualcode.model import Coding
from qualcode.reconcile import KINDS, find_cases
from qualcode.reconcile.cases import case_digest

DOCS = ("d0", "d1", "d2")
CODERS = ("ada", "bo", "cilla", "dan")
CODES = ("cost", "mission", "systems")

coding = st.tuples(
    st.sampled_from(range(len(DOCS))),
    st.sampled_from(range(len(CODES))),
    st.sampled_from(range(len(CODERS))),
    st.integers(0, 40),
    st.integers(0, 12),
)


def _coding(doc: int, code: int, coder: int, start: int, length: int) -> Coding:
    return Coding(
        "",
        DOCS[doc],
        start,
        start + length,
        "",
        CODES[code],
        "",
        CODERS[coder],
        "coder",
        "manual",
        "",
    )


def _both(
    rows: list[tuple[int, int, int, int, int]], counted: int, absent: set[tuple[int, int]]
) -> tuple[list[tuple[str, int, int, str]], list[tuple[str, int, int, str]]]:
    coders = list(CODERS[:counted])
    away = {CODERS[c]: {DOCS[d] for d, c2 in absent if c2 == c} for c in range(counted)}
    plain = [
        (case.document_id, case.start, case.end, case.kind)
        for case in find_cases([_coding(*r) for r in rows], coders, away)
    ]
    present = np.ones((len(DOCS), counted), dtype=bool)
    for d, c in absent:
        if c < counted:
            present[d, c] = False
    mine = [r for r in rows if r[2] < counted]  # the counted coders' codings only
    columns = np.array(mine, dtype=np.int64).reshape(-1, 5)
    found = passages(
        columns[:, 0],
        columns[:, 1],
        columns[:, 2],
        columns[:, 3],
        columns[:, 3] + columns[:, 4],
        present,
    )
    fast = [
        (DOCS[d], s, e, KINDS[k])
        for d, s, e, k in zip(
            found.document.tolist(),
            found.start.tolist(),
            found.end.tolist(),
            found.kind.tolist(),
            strict=True,
        )
    ]
    # each passage's versions hash as its case's content (a decision's digest); two
    # empty spans at one place are two passages of one extent, so compared as lists
    digests = [
        (case.document_id, case.start, case.end, case.digest)
        for case in find_cases([_coding(*r) for r in rows], coders, away)
    ]
    hashed = []
    for i, (doc, start, end, _) in enumerate(fast):
        versions = found.versions(i)
        d = DOCS.index(doc)
        hashed.append(
            (
                doc,
                start,
                end,
                case_digest(
                    doc,
                    start,
                    end,
                    (
                        (CODERS[c], tuple((CODES[k], spans) for k, spans in versions.get(c, ())))
                        for c in range(counted)
                        if present[d, c]
                    ),
                ),
            )
        )
    assert sorted(hashed) == sorted(digests)
    return sorted(plain), sorted(fast)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(coding, max_size=40),
    st.integers(1, len(CODERS)),
    st.sets(st.tuples(st.sampled_from(range(len(DOCS))), st.sampled_from(range(len(CODERS))))),
)
def test_passages_are_find_cases_cases(
    rows: list[tuple[int, int, int, int, int]], counted: int, absent: set[tuple[int, int]]
) -> None:
    plain, fast = _both(rows, counted, absent)
    assert fast == plain


def test_each_kind_is_told_apart() -> None:
    """One passage of each kind: the same span (agreement), one coder's code against
    another's (code), one coder's nothing (presence), a shifted end (boundary)."""
    rows = [
        (0, 0, 0, 0, 10),
        (0, 0, 1, 0, 10),  # agreement
        (0, 0, 0, 20, 5),
        (0, 1, 1, 20, 5),  # code
        (1, 0, 0, 0, 5),  # presence
        (2, 0, 0, 0, 5),
        (2, 0, 1, 0, 6),  # boundary
    ]
    plain, fast = _both(rows, 2, set())
    assert fast == plain
    assert [kind for *_, kind in fast] == ["agreement", "code", "presence", "boundary"]


def test_touching_spans_of_one_code_are_one_version() -> None:
    """Two spans of a coder that touch read as one (as ``merge_spans`` joins them), so
    against another coder's single span over both it is an agreement; they stay one
    passage only where they overlap some other coding."""
    rows = [(0, 0, 0, 0, 5), (0, 0, 0, 5, 5), (0, 0, 1, 0, 10)]
    plain, fast = _both(rows, 2, set())
    assert fast == plain == [("d0", 0, 10, "agreement")]


def test_no_coding_no_passage() -> None:
    found = passages(*(np.zeros(0, dtype=np.int64) for _ in range(5)), np.ones((1, 2), bool))
    assert len(found.kind) == 0 and found.bounds.tolist() == [0]

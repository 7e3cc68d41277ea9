"""The disagreement cases' passages and kinds in numpy, without a ``Case`` per passage.

``reconcile.find_cases`` builds every passage as a ``Case`` with each coder's merged spans
per code: what a lead reads, one case at a time. Counting what is still open (the methods
page of `agree` and the summary, once a lead has decided a case) needs only each passage's
extent and kind; on 1,000 documents and 200,000 codings, building 47,736 ``Case`` objects
took 2.8 s CPU of `agree`'s 2 s budget. Here the same rule runs on integer columns:

- a passage is a run of a document's codings (every counted coder's, whatever the code),
  by start, where each begins before the run so far has ended;
- a coder's version is her spans of each code there, overlapping or touching ones joined;
- ``AGREEMENT`` when every present coder's version is the same, else ``CODE`` when the
  coders who coded the passage gave different codes, ``PRESENCE`` when some present coder
  coded nothing there, and ``BOUNDARY`` otherwise.

``tests/agreement/test_open_passages.py`` checks extents and kinds against ``find_cases`` on
generated projects.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# the kinds in ``reconcile.cases.KINDS``'s order
AGREEMENT, PRESENCE, CODE, BOUNDARY = range(4)


@dataclass(frozen=True, slots=True)
class Passages:
    """One entry per passage, by document then start: the document's position in the
    ``present`` rows, the passage's extent and its kind. ``joined``: every coder's spans
    of each code in each passage, overlapping or touching ones joined, as columns
    (passage, coder, code, start, end) sorted in that order; passage ``i``'s are
    ``bounds[i]:bounds[i + 1]`` (what a case's digest hashes, ``version``)."""

    document: np.ndarray
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray
    joined: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]
    bounds: np.ndarray

    def versions(self, i: int) -> dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]]:
        """Passage ``i``'s versions: per coder who coded there, her codes in order, each
        with its joined spans (plain ints, as ``reconcile.cases.Version.key`` holds them)."""
        lo, hi = int(self.bounds[i]), int(self.bounds[i + 1])
        _, coder, code, start, end = (a[lo:hi].tolist() for a in self.joined)
        found: dict[int, list[tuple[int, tuple[tuple[int, int], ...]]]] = {}
        for c, k, s, e in zip(coder, code, start, end, strict=True):
            mine = found.setdefault(c, [])
            if mine and mine[-1][0] == k:
                mine[-1] = (k, (*mine[-1][1], (s, e)))
            else:
                mine.append((k, ((s, e),)))
        return found


def passages(
    document: np.ndarray,
    code: np.ndarray,
    coder: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    present: np.ndarray,
) -> Passages:
    """The passages of the coders' codings: ``document``, ``code`` and ``coder`` are
    positions (document in ``present``'s rows, coder in its columns, code any whole number
    the same for one code), one entry per coding of the coders' layer; ``present``
    (documents x coders, bool) says whose version each document's passages hold. A coding
    of a coder not present in its document joins no passage (she never started or, for
    the default team, never finished it)."""
    document, code, coder, start, end = (
        np.asarray(a, dtype=np.int64) for a in (document, code, coder, start, end)
    )
    here = present[document, coder] if len(document) else np.zeros(0, dtype=bool)
    document, code, coder, start, end = (a[here] for a in (document, code, coder, start, end))
    if not len(document):
        empty = np.zeros(0, dtype=np.int64)
        nothing = (empty, empty, empty, empty, empty)
        return Passages(empty, empty, empty, empty, nothing, np.zeros(1, dtype=np.int64))
    # positions beyond any offset: ``x + group * big`` keeps each group's values apart and
    # in order, so one running maximum serves every group at once
    big = int(max(start.max(), end.max())) + 1
    order = np.lexsort((end, start, document))
    document, code, coder, start, end = (a[order] for a in (document, code, coder, start, end))
    first = _runs_where(start + document * big, end + document * big, strict=True)
    passage = np.cumsum(first) - 1
    heads = np.flatnonzero(first)
    n = len(heads)

    # each coder's spans of each code in the passage, overlapping or touching ones joined
    order = np.lexsort((end, start, code, coder, passage))
    p, who, what, lo, hi = (a[order] for a in (passage, coder, code, start, end))
    group_first = _changes(p, who, what)
    group = np.cumsum(group_first) - 1
    joined_first = group_first | _runs_where(lo + group * big, hi + group * big, strict=False)
    at = np.flatnonzero(joined_first)
    spans = (p[at], who[at], what[at], lo[at], np.maximum.reduceat(hi, at))

    # agreement: every distinct (code, start, end) of the passage is held by every coder
    # present (a coder holds one at most: her joined spans of a code are apart)
    sp, _, sc, ss, se = spans
    order = np.lexsort((se, ss, sc, sp))
    sp, sc, ss, se = sp[order], sc[order], ss[order], se[order]
    holders, of = _run_lengths(sp, sc, ss, se)
    fewest_holders = _per_passage_min(holders, sp[of], n)
    at_home = present[document[heads]].sum(axis=1)
    agreed = fewest_holders == at_home

    # the same codes: every code of the passage is given by every coder who coded it
    gp, gw, gc = p[group_first], who[group_first], what[group_first]
    coded = np.bincount(gp[_changes(gp, gw)], minlength=n)
    order = np.lexsort((gc, gp))
    givers, of = _run_lengths(gp[order], gc[order])
    same_codes = _per_passage_min(givers, gp[order][of], n) == coded

    kind = np.where(
        agreed,
        AGREEMENT,
        np.where(~same_codes, CODE, np.where(coded < at_home, PRESENCE, BOUNDARY)),
    )
    bounds = np.searchsorted(spans[0], np.arange(n + 1))
    ends = np.maximum.reduceat(end, heads)
    return Passages(document[heads], start[heads], ends, kind, spans, bounds)


def _runs_where(lo: np.ndarray, hi: np.ndarray, *, strict: bool) -> np.ndarray:
    """Where a new run begins among intervals sorted by ``lo``: where one starts after
    (``strict``: at or after) the end of every interval before it."""
    first = np.ones(len(lo), dtype=bool)
    reach = np.maximum.accumulate(hi)[:-1]
    first[1:] = lo[1:] >= reach if strict else lo[1:] > reach
    return first


def _changes(*columns: np.ndarray) -> np.ndarray:
    """Where any of the sorted ``columns`` differs from the entry before (the first too)."""
    first = np.ones(len(columns[0]), dtype=bool)
    if len(first) > 1:
        first[1:] = np.logical_or.reduce([c[1:] != c[:-1] for c in columns])
    return first


def _run_lengths(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The lengths of the runs of equal entries in the sorted ``columns``, and where each
    run begins."""
    at = np.flatnonzero(_changes(*columns))
    return np.diff(np.append(at, len(columns[0]))), at


def _per_passage_min(values: np.ndarray, passage: np.ndarray, n: int) -> np.ndarray:
    """The least of ``values`` per passage (``passage`` sorted; each of the ``n`` has one)."""
    return np.minimum.reduceat(values, np.flatnonzero(_changes(passage)))[:n]

"""A whole corpus laid end to end as one continuum, for agreement on many documents at once.

Documents follow each other in the given order, so a position in document ``d`` is
``offset[d] + position``. Coverage (units x raters 0/1 matrices per code) and the unitizing
continuum are then computed once per code and rater over the corpus instead of once per
document, code and rater: the same values, with the per-document loop in numpy instead of
Python (1,000 documents x 4 codes x 3 raters were 12,000 small calls).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from qualcode.agreement.units import covered_by, nonspace_prefix_of


class Corpus:
    """Texts, units and coded spans of the documents counted, as integer arrays."""

    def __init__(
        self,
        texts: Sequence[str],
        documents: Sequence[int],
        units: Sequence[tuple[int, int, int]],
        spans: Sequence[tuple[int, int, int, int, int, int]],
        raters: Sequence[int],
    ) -> None:
        """``texts`` and ``documents`` (their numbers) in report order; ``units``:
        (document number, start, end) by document number, then in order; ``spans``:
        (document, code, rater, start, end, origin) numbers; ``raters``: the rater numbers counted,
        in the report's column order (spans of anyone else are left out)."""
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        self.offsets = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.offsets[1:])
        self.length = int(self.offsets[-1])
        self.prefix = nonspace_prefix_of(texts)
        position = _positions(np.asarray(documents, dtype=np.int64))
        unit_rows = np.array(units, dtype=np.int64).reshape(-1, 3)
        doc = position(unit_rows[:, 0])
        order = np.argsort(doc, kind="stable")  # report order, each document's units in order
        doc, unit_rows = doc[order], unit_rows[order]
        self.unit_starts = unit_rows[:, 1] + self.offsets[doc]
        self.unit_ends = unit_rows[:, 2] + self.offsets[doc]
        self.unit_counts = np.bincount(doc, minlength=len(texts))
        self.unit_offsets = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(self.unit_counts, out=self.unit_offsets[1:])
        rows = np.array(spans, dtype=np.int64).reshape(-1, 6)
        rater = _positions(np.asarray(raters, dtype=np.int64))(rows[:, 2])
        rows, rater = rows[rater >= 0], rater[rater >= 0]
        coders = rows[rows[:, 2] != 0]  # the consensus layer (0) was made by decisions
        self.origin_counts = np.bincount(coders[:, 5], minlength=1)
        doc = position(rows[:, 0])
        self._code = rows[:, 1]
        self._rater = rater
        # unitizing: spans shifted onto the corpus as coded (the continuum clips them)
        self._start = rows[:, 3] + self.offsets[doc]
        self._end = rows[:, 4] + self.offsets[doc]
        # coverage: clipped to their own document first, as one document alone would
        own = lengths[doc]
        self._lo = np.clip(rows[:, 3], 0, own) + self.offsets[doc]
        self._hi = np.clip(rows[:, 4], 0, own) + self.offsets[doc]

    def coverage(self, code: int, width: int) -> np.ndarray:
        """Units (all documents, in order) x raters 0/1 matrix of one code: has the rater's
        coding of the code covered at least half of the unit's non-space characters?"""
        matrix = np.zeros((len(self.unit_starts), width), dtype=np.int8)
        of_code = self._code == code
        for j in range(width):
            mine = of_code & (self._rater == j)
            if mine.any():
                matrix[:, j] = covered_by(
                    self._lo[mine], self._hi[mine], self.unit_starts, self.unit_ends, self.prefix
                )
        return matrix

    def continuum(self, code: int, raters: Sequence[str]) -> dict[str, np.ndarray]:
        """Each rater's spans of one code on the corpus continuum, as (n, 2) arrays."""
        of_code = self._code == code
        found = {}
        for j, name in enumerate(raters):
            mine = of_code & (self._rater == j)
            found[name] = np.stack([self._start[mine], self._end[mine]], axis=1)
        return found


def _positions(numbers: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """A look-up from numbers to their positions in ``numbers`` (-1 for any other)."""
    order = np.argsort(numbers, kind="stable")
    ordered = numbers[order]

    def position(found: np.ndarray) -> np.ndarray:
        at = np.minimum(np.searchsorted(ordered, found), max(len(ordered) - 1, 0))
        if not len(ordered):
            return np.full(len(found), -1, dtype=np.int64)
        return np.where(ordered[at] == found, order[at], -1)

    return position

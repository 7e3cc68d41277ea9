"""From coded character spans to unit-by-coder matrices, the input of every coefficient.

A coder has coded a sentence unit with a code when their segments of that code cover at
least half of the unit's non-space characters (DESIGN.md). Whitespace is left out so that a
segment which stops before a trailing space or line break still counts as covering.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from qualcode.model import Unit

Span = tuple[int, int]


def nonspace_prefix(text: str) -> np.ndarray:
    """Prefix sums of non-space characters: ``p[i]`` counts them in ``text[:i]``."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    space = np.isin(codes, _SPACE_CODEPOINTS)
    prefix = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(~space, out=prefix[1:])
    return prefix


_SPACE_CODEPOINTS = np.array([c for c in range(0x3000 + 1) if chr(c).isspace()], dtype=np.uint32)


def unit_bounds(units: Sequence[Unit]) -> tuple[np.ndarray, np.ndarray]:
    starts = np.fromiter((u.start for u in units), dtype=np.int64, count=len(units))
    ends = np.fromiter((u.end for u in units), dtype=np.int64, count=len(units))
    return starts, ends


def covered(
    spans: Sequence[Span],
    starts: np.ndarray,
    ends: np.ndarray,
    text_length: int,
    prefix: np.ndarray,
) -> np.ndarray:
    """Boolean per unit: do ``spans`` cover at least half of its non-space characters?"""
    if len(starts) == 0:
        return np.zeros(0, dtype=bool)
    mask = np.zeros(text_length + 1, dtype=np.int32)
    for start, end in spans:
        s, e = max(0, start), min(text_length, end)
        if e > s:
            mask[s] += 1
            mask[e] -= 1
    inside = np.cumsum(mask[:-1]) > 0
    nonspace = np.diff(prefix) > 0
    covered_prefix = np.zeros(text_length + 1, dtype=np.int64)
    np.cumsum(inside & nonspace, out=covered_prefix[1:])
    total = prefix[ends] - prefix[starts]
    hit = covered_prefix[ends] - covered_prefix[starts]
    return (total > 0) & (2 * hit >= total)


def coverage_matrix(
    text: str,
    units: Sequence[Unit],
    spans_by_coder: Mapping[str, Sequence[Span]],
    coders: Sequence[str],
) -> np.ndarray:
    """Units x coders 0/1 matrix for one code in one document."""
    starts, ends = unit_bounds(units)
    prefix = nonspace_prefix(text)
    columns = [
        covered(spans_by_coder.get(coder, ()), starts, ends, len(text), prefix) for coder in coders
    ]
    if not columns:
        return np.zeros((len(units), 0), dtype=np.int8)
    return np.stack(columns, axis=1).astype(np.int8)

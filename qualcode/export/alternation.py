"""An alternation of thousands of names that sre tries quickly, matching as before.

sre tries the branches of ``(A|B|C...)`` one after another at every position of a text, so
a pseudonym key of 2,000 names ran 2,000 branches at each character of every export (most
of an export's time, benchmarks/README.md). Grouped by the first character, each group
behind a lookahead for it, a position runs one lookahead per group and only the branches
whose first character is there. The matches are the same: branches that can match at a
position keep their order, because groups never share a character (they are sre's own case
classes) and a branch with no known first character keeps its place between the groups.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # sre's case rules: the simple lower-case mapping and its extra equivalences (ſ, K)
    _tolower: Any = importlib.import_module("_sre").unicode_tolower
    _EXTRA: Any = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # another Python: every branch keeps its place
    _tolower = None


def _case_class(ch: str) -> int | None:
    """The smallest code point sre's IGNORECASE takes ``ch`` for, or None if unknown."""
    if _tolower is None or len(ch) != 1:
        return None
    lower: int = _tolower(ord(ch))
    return min((lower, *_EXTRA.get(lower, ())))


def grouped(branches: list[tuple[str | None, str]]) -> str:
    """The alternation of ``branches`` (each its first character, matched ignoring case, and
    its pattern), for a pattern compiled with ``re.IGNORECASE``. A branch whose first
    character is not one literal character (None) ends the groups before it."""
    pieces: list[str] = []
    groups: dict[int, tuple[dict[str, None], list[str]]] = {}

    def close() -> None:
        for firsts, patterns in groups.values():
            chars = "".join(re.escape(c) for c in firsts)
            pieces.append(f"(?=[{chars}])(?:{'|'.join(patterns)})")
        groups.clear()

    for first, pattern in branches:
        key = None if first is None else _case_class(first)
        if first is None or key is None:
            close()
            pieces.append(pattern)
            continue
        firsts, patterns = groups.setdefault(key, ({}, []))
        firsts[first] = None
        patterns.append(pattern)
    close()
    return "|".join(pieces)

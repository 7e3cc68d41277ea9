"""JSON from files a user was sent (coder packages, qdpx extras), read with a nesting limit.

Python's ``json`` recurses once per ``[`` or ``{``, so a few kilobytes of brackets end in a
``RecursionError`` deep inside the parser. The depth is counted first, outside strings, in
one pass without recursion; real packages nest four or five levels.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


# Longer whole numbers are refused: Python refuses past 4,300 digits with a bare
# ValueError, and no count, offset or version in a package is longer than this.
MAX_DIGITS = 40


class Refused(ValueError):
    """JSON refused before it could do harm (too deep, a number too long)."""


class TooDeep(Refused):
    """The text nests brackets deeper than ``MAX_DEPTH``."""


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise Refused(f"a number of {len(digits.lstrip('-')):,} digits")
    return int(digits)


def nesting_depth(text: str, stop_above: int = MAX_DEPTH) -> int:
    """The deepest bracket nesting outside strings (stops counting past ``stop_above``)."""
    depth = deepest = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_above:
                    break
        elif token in "]}":
            depth -= 1
    return deepest


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that raises ``TooDeep`` instead of recursing past ``max_depth``."""
    depth = nesting_depth(text, max_depth)
    if depth > max_depth:
        raise TooDeep(f"nested more than {max_depth} levels deep")
    try:
        return json.loads(text, parse_int=_whole_number)
    except RecursionError:  # a bracket the scan could not see (should not happen)
        raise TooDeep(f"nested more than {max_depth} levels deep") from None

"""JSON from files a user was sent (coder packages, qdpx extras), read with a nesting limit
and a limit on how many lists and objects it may build.

Python's ``json`` recurses once per ``[`` or ``{``, so a few kilobytes of brackets end in a
``RecursionError`` deep inside the parser. The depth is counted first, outside strings, in
one pass without recursion; real packages nest four or five levels. Each list or object
costs Python far more than its brackets, so they are counted too (``TooMany``).
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

MAX_DEPTH = 64
# a string is a run of plain characters between escapes, taken a run at a time: one
# character per step ("(?:[^"\\]|\\.)*") spent seconds on a real package's text
_STRING_BODY = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_TOKEN = re.compile(_STRING_BODY + r"|[\[\]{}]", re.DOTALL)


# Longer whole numbers are refused: Python refuses past 4,300 digits with a bare
# ValueError, and no count, offset or version in a package is longer than this.
MAX_DIGITS = 40


class Refused(ValueError):
    """JSON refused before it could do harm (too deep, a number too long)."""


class TooDeep(Refused):
    """The text nests brackets deeper than ``MAX_DEPTH``."""


# A list or an object costs Python 60 to 200 bytes however short its JSON: "[]," is three
# bytes, so a package of empty brackets grew twentyfold when parsed (50 MB took 1.3 GB and
# 40 s before it was refused for its first field; near the 512 MB limit, more memory than
# a laptop has). A real package spends hundreds of bytes on each (a coding is about 440, a
# status 150, a code 70), so one per 40 bytes, past the first few thousand, is none.
BYTES_PER_CONTAINER = 40
FREE_CONTAINERS = 10_000
_STRING = re.compile(_STRING_BODY, re.DOTALL)


class TooMany(Refused):
    """The text holds far more lists and objects than its size allows real data."""


def containers(text: str) -> int:
    """How many lists and objects ``text`` opens, brackets inside strings aside."""
    bare = _STRING.sub("", text)
    return bare.count("[") + bare.count("{")


def _allowed(text: str) -> int:
    return FREE_CONTAINERS + len(text) // BYTES_PER_CONTAINER


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise Refused(f"a number of {len(digits.lstrip('-')):,} digits")
    return int(digits)


def nesting_depth(text: str, stop_above: int = MAX_DEPTH, tokens: int | None = None) -> int:
    """The deepest bracket nesting outside strings (stops counting past ``stop_above``, or
    after the first ``tokens`` strings and brackets)."""
    depth = deepest = 0
    for match in itertools.islice(_TOKEN.finditer(text), tokens):
        token = text[match.start()]  # a string's first character: its text is not copied
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
    """``json.loads`` that raises ``TooDeep`` instead of recursing past ``max_depth``, and
    ``TooMany`` instead of building millions of empty lists and objects."""
    # a file deep from its first brackets is named so, though it holds too many too
    if nesting_depth(text, max_depth, tokens=FREE_CONTAINERS) > max_depth:
        raise TooDeep(f"nested more than {max_depth} levels deep")
    # counted before the whole depth scan, which costs seconds on millions of brackets;
    # brackets in strings only add to the quick count: under the limit, it is under
    rough = text.count("[") + text.count("{")
    if rough > _allowed(text) and (count := containers(text)) > _allowed(text):
        raise TooMany(
            f"{count:,} lists and objects in {len(text):,} characters: far more than real "
            "data holds"
        )
    depth = nesting_depth(text, max_depth)
    if depth > max_depth:
        raise TooDeep(f"nested more than {max_depth} levels deep")
    try:
        return json.loads(text, parse_int=_whole_number)
    except RecursionError:  # a bracket the scan could not see (should not happen)
        raise TooDeep(f"nested more than {max_depth} levels deep") from None

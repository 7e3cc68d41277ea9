"""The units' footnote and bracket passes skip a piece quickly when it cannot hold what
they look for (no '.' before a digit; no opening bracket): they must answer what the full
passes answered, which these compare with the full passes written out here."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from qualcode.nlp.units import (
    CLOSING,
    FOOTNOTE_END,
    OPENING,
    REACH,
    _after_bracket,
    _footnotes_apart,
    _reference,
)

WORDS = ["care.1", "2016.3", "kap.1", "6.5", "We", "Yet", "ja", "[skratt]", "(paus", ")", "]"]
WORDS += ["Så.", "1,500.2", "ord", "\n", "", "[", "”.4", "A"]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)


def full_footnotes_apart(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        for match in FOOTNOTE_END.finditer(text, start, end):
            if _reference(text, match.start() + match.group().rindex(".")):
                continue
            rest = text[match.end() : end]
            if rest.lstrip()[:1].isupper() or rest.lstrip()[1:2].isupper():
                out.append((start, match.end()))
                start = match.end() + len(rest) - len(rest.lstrip())
        out.append((start, end))
    return out


def full_after_bracket(text: str, start: int, cut: int) -> int:
    depth = 0
    for char in text[start:cut]:
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
    if depth == 0:
        return cut
    ahead = text[cut : cut + REACH]
    close = min((i for i in (ahead.find(c) for c in CLOSING) if i >= 0), default=-1)
    opens = min((i for i in (ahead.find(c) for c in OPENING) if i >= 0), default=len(ahead))
    return cut + close + 1 if 0 <= close < opens else cut


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_the_quick_passes_answer_what_the_full_ones_did(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=5)))
    pieces = [(0, len(text)), *itertools.pairwise(cuts)]
    assert _footnotes_apart(text, pieces) == full_footnotes_apart(text, pieces)
    for start, cut in pieces:
        assert _after_bracket(text, start, cut) == full_after_bracket(text, start, cut)


def test_a_cut_inside_either_bracket_moves_past_it() -> None:
    for text in ("historia. (paus) Så var det", "historia. [skratt] Så var det"):
        cut = text.index(")" if "(" in text else "]") - 2
        assert _after_bracket(text, 0, cut) == full_after_bracket(text, 0, cut) == cut + 3

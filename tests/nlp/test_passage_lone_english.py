"""English report text: a passage does not carry its code onto a sentence whose one keyword
for it means another code (``lone.not_carried``), and lateness is long-term economics'
horizon (the bundled codebook's English parts).

On fresh English report text the passage stage lifted a paragraph's code onto sentences
that named it once in passing and said something else (councillors in a review's evidence
sessions, a method's figures, a budget line in minutes), and the parts rule held sentences
on the cost of late intervention because no horizon stem read lateness
(benchmarks/SUGGEST.md, "Stop 50, engine50d"). Sentences written for the test."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp import lone
from qualcode.nlp.parts_gate import HELD, hold_without_parts, parts_of
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import turning_point_codes

PREVENTION = [
    "Cutting early help to balance this year's budget only moves the cost to crisis "
    "placements two years later.",
    "Every pound spent on prevention now saves several pounds in residential care over the "
    "following decade.",
    "Spending to save over several years is the only way to bring placement costs down.",
]
# mission dialogue's point, with long-term economics' one keyword (budget) in passing
COUNCILLORS = (
    "Councillors on the scrutiny committee asked the director about the budget for social workers."
)


def _paragraph(texts: list[str], lang: str = "en") -> list[Candidate]:
    units, at = [], 0
    for text in texts:
        units.append(Candidate("report", at, at + len(text), text, lang, False, 0, False))
        at += len(text) + 1
    return units


@pytest.mark.slow
def test_a_passage_leaves_a_sentence_making_another_codes_point(real_embed) -> None:  # type: ignore[no-untyped-def]
    engine = Suggester(turning_point_codes(), [], embed=real_embed)
    lte = engine.codes.index("long_term_economics")
    md = engine.codes.index("mission_dialogue")
    for texts in ([*PREVENTION, COUNCILLORS], [COUNCILLORS, *PREVENTION]):
        probs, comp = engine.score(_paragraph(texts))
        at = texts.index(COUNCILLORS)
        assert probs[at, md] >= DEFAULT_THRESHOLD  # its own point stays
        assert probs[at, lte] < DEFAULT_THRESHOLD  # the paragraph's code is not carried
        assert not comp.passage[at, lte]
        others = [i for i in range(len(texts)) if i != at]
        assert (probs[others, lte] >= DEFAULT_THRESHOLD).all()  # the passage's own sentences


def test_only_english_lone_pairs_are_left_as_before() -> None:
    before = np.array([[0.1, 0.2], [0.1, 0.2], [0.3, 0.0]])
    passed = np.array([[0.8, 0.2], [0.8, 0.2], [0.8, 0.0]])
    lone_pairs = np.array([[True, False], [True, False], [False, False]])
    units = _paragraph(["One.", "Två.", "Three."])
    units[1] = Candidate("report", 5, 9, "Två.", "sv", False, 0, False)
    out = lone.not_carried(units, before, passed, lone_pairs)
    assert out[0].tolist() == [0.1, 0.2]  # English, lone: back where the passage found it
    assert out[1].tolist() == [0.8, 0.2]  # Swedish prose is coded by passage: kept
    assert out[2].tolist() == [0.8, 0.0]  # English, not lone: the passage lifts it
    assert lone.not_carried(units, before, passed, None) is passed  # no semantic tier


@pytest.mark.parametrize(
    "text",
    [
        "The cost of late intervention to the public purse runs to billions.",
        "Councils spend money on support that arrives too late.",
    ],
)
def test_lateness_is_a_horizon_for_long_term_economics(text: str) -> None:
    codes = turning_point_codes()
    j = [c.key for c in codes].index("long_term_economics")
    parts = parts_of(codes)
    probs = np.zeros((1, len(codes)))
    probs[0, j] = 0.6  # a modest suggestion
    out = hold_without_parts(parts, _paragraph([text]), probs)
    assert out[0, j] == pytest.approx(0.6)
    money_only = hold_without_parts(parts, _paragraph(["Councils spend money on support."]), probs)
    assert money_only[0, j] == pytest.approx(HELD)  # money with no horizon is still held

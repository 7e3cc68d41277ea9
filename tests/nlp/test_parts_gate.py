"""A code's parts read in a unit's paragraph (``nlp/parts_gate.py``): a unit suggested a
code at a modest score, whose paragraph names no stem of one of the code's parts in its
language, is held just under the line; a paragraph naming both sides keeps it, and a
language the code has no parts in is untouched. The rule reads the codebook it is given
(no code key in the engine), and a kept engine read back applies it too."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qualcode.nlp.parts_gate import CAP, HELD, hold_without_parts, parts_of
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate
from qualcode.nlp.state import from_state, to_state
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import turning_point_codes

MONEY_ONLY = "Pengarna räcker inte till allt."  # the bundled parts' money side, no horizon
LATER = "Det kostar mer senare."  # the other side: a cost that comes later
ENGLISH = "The budget was discussed."  # modest in English: money, no horizon either


def _unit(turn: int, text: str, lang: str = "sv", doc: str = "d") -> Candidate:
    at = turn * 1000 + (len(text) if text == LATER else 0)
    return Candidate(doc, at, at + len(text), text, lang, False, turn, True)


@pytest.fixture(scope="module")
def engine() -> Suggester:
    return Suggester(turning_point_codes())


def test_a_money_sentence_without_a_horizon_is_held_under_the_line(engine: Suggester) -> None:
    j = engine.codes.index("long_term_economics")
    units = [_unit(0, MONEY_ONLY), _unit(1, MONEY_ONLY), _unit(1, LATER), _unit(2, ENGLISH, "en")]
    probs, _ = engine.score(units)
    assert probs[0, j] == pytest.approx(HELD)  # alone in its turn: no time word
    assert DEFAULT_THRESHOLD <= probs[1, j] < CAP  # beside a cost later: suggested
    assert probs[3, j] == pytest.approx(HELD)  # English: held by its own parts
    bare = Suggester([replace(c, parts={}) for c in turning_point_codes()])
    without, _ = bare.score(units)
    assert DEFAULT_THRESHOLD <= without[0, j] < CAP  # the rule, not the scorers, held it
    assert DEFAULT_THRESHOLD <= without[3, j] < CAP
    held = [0, 3]
    np.testing.assert_allclose(np.delete(probs, held, axis=0), np.delete(without, held, axis=0))
    meta, arrays = to_state(engine)  # a kept engine reads the codebook's parts again
    kept = from_state(meta, arrays, turning_point_codes())
    np.testing.assert_allclose(kept.score(units)[0], probs, atol=1e-6)  # float32 kept


def _codes_with(parts: dict[str, tuple[tuple[str, ...], ...]]) -> list:
    return [
        replace(c, parts=parts if c.key == "integration" else {}) for c in turning_point_codes()
    ]


def test_the_rule_only_lowers_a_modest_score_where_a_part_is_unnamed() -> None:
    parts = parts_of(_codes_with({"sv": (("Budget",), ("senare",)), "en": (("staff",),)}))
    j = 2  # integration, in the codebook's order
    units = [
        _unit(0, "Budgeten är stram."),  # no 'senare' in its turn
        _unit(0, "Vi pratar om annat."),
        _unit(1, "Budgeten tar vi senare."),  # both sides (a stem matched in lower case)
        _unit(2, "The budget is tight.", "en"),  # English: 'staff' unnamed
        Candidate("d", 5000, 5010, "Budgeten.", "sv", False, -1),  # turn unknown: alone
        Candidate("d", 6000, 6016, "Vi väntar senare.", "sv", False, -1),
    ]
    probs = np.full((len(units), 4), 0.5)
    probs[1, j] = CAP  # a sure unit keeps its score
    probs[2, j] = DEFAULT_THRESHOLD
    out = hold_without_parts(parts, units, probs)
    assert out[:, j].tolist() == pytest.approx([HELD, CAP, DEFAULT_THRESHOLD, HELD, HELD, HELD])
    assert (np.delete(out, j, axis=1) == 0.5).all()  # codes without parts: untouched
    under = np.full((len(units), 4), DEFAULT_THRESHOLD - 0.2)
    assert (hold_without_parts(parts, units, under) == under).all()  # it never raises


def test_a_codebook_without_parts_leaves_every_score() -> None:
    units = [_unit(0, "Budgeten är stram.")]
    probs = np.full((1, 4), 0.5)
    assert hold_without_parts(parts_of(_codes_with({})), units, probs) is probs

"""The bundled codebook's English parts (engine47b, benchmarks/SUGGEST.md Stop 47): English
report prose names long-term economics' money as funding, spending and resources, and its
horizon as early help, prevention or the future, and it joins integration's two sides (the
staff's conditions, the clients' help) across a paragraph. An English unit suggested one of
the two codes at a modest score is held just under the line where its paragraph names only
one side; a paragraph naming both keeps it."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp.parts_gate import HELD, hold_without_parts, parts_of
from qualcode.nlp.scorers import Candidate
from tests.nlp.engine_kit import turning_point_codes

CODES = turning_point_codes()
KEYS = [c.key for c in CODES]
MODEST = 0.5

# written here from the codebook's themes: one side each
BUDGET_CUT = "The council cut the children's services budget by a tenth."
FUNDING_FELL = "Funding for family support teams fell again."
HORIZON = "Cutting early help now means far bigger costs in crisis placements later."
PREVENTION = "Prevention pays for itself over time."
VACANCIES = "Vacancy rates among social workers reached a fifth."
FAMILIES_WAIT = "Families now wait longer for an assessment."


def _paragraphs(*paragraphs: tuple[str, ...], lang: str = "en") -> list[Candidate]:
    units = []
    for turn, texts in enumerate(paragraphs):
        for k, text in enumerate(texts):
            at = turn * 1000 + k * 100
            units.append(Candidate("d", at, at + len(text), text, lang, False, turn, False))
    return units


def _held(units: list[Candidate], key: str) -> list[bool]:
    probs = np.full((len(units), len(KEYS)), MODEST)
    out = hold_without_parts(parts_of(CODES), units, probs)
    j = KEYS.index(key)
    assert (out <= MODEST).all()  # it only lowers
    for other in ("mission_dialogue", "systems_perspective"):  # no parts: untouched
        assert (out[:, KEYS.index(other)] == MODEST).all()
    return [bool(p == pytest.approx(HELD)) for p in out[:, j]]


def test_english_money_without_a_horizon_is_held_and_beside_one_is_kept() -> None:
    units = _paragraphs(
        (BUDGET_CUT,), (FUNDING_FELL,), (BUDGET_CUT, HORIZON), (FUNDING_FELL, PREVENTION)
    )
    assert _held(units, "long_term_economics") == [True, True, False, False, False, False]


def test_english_staff_or_clients_alone_is_held_and_both_are_kept() -> None:
    units = _paragraphs((VACANCIES,), (FAMILIES_WAIT,), (VACANCIES, FAMILIES_WAIT))
    assert _held(units, "integration") == [True, True, False, False]

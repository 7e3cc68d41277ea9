"""The suggestion ensemble on its own: calibration, merging, abstaining, learning."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp.background import BACKGROUND
from qualcode.nlp.calibrate import margin
from qualcode.nlp.context import fill_gaps
from qualcode.nlp.drafts import merge_runs
from qualcode.nlp.evaluate import macro_f1, prf
from qualcode.nlp.suggest import Candidate, Example, Suggester
from tests.nlp.engine_kit import NEUTRAL, ON_TOPIC, candidates, turning_point_codes

# slow: loads spaCy and fits the suggestion models (skip with -m 'not slow')
pytestmark = pytest.mark.slow


def test_on_topic_units_score_and_neutral_talk_does_not() -> None:
    cands = candidates(NEUTRAL[:12] + ON_TOPIC + NEUTRAL[12:])
    engine = Suggester(turning_point_codes(), [])
    drafts = engine.suggest(cands)
    assert {"long_term_economics", "systems_perspective"} <= {d.code for d in drafts}
    on_topic = [c for c in cands if c.text in ON_TOPIC]
    for draft in drafts:  # every suggestion lies on the on-topic talk
        assert any(c.start <= draft.start and draft.end <= c.end for c in on_topic), draft
    economy = next(d for d in drafts if d.code == "long_term_economics")
    assert "placering" in economy.evidence["terms"] and economy.evidence["nearest"]
    assert economy.method.startswith("lexicon")
    assert {"lex", "char_best"} <= set(economy.evidence["components"])


def test_interviewer_questions_get_no_suggestion() -> None:
    question = candidates(["Hur ser ni på placeringskostnaderna och budgeten?"], interviewer=True)
    engine = Suggester(turning_point_codes(), [])
    assert engine.suggest(question) == []


def test_adjacent_units_of_a_code_merge_into_one_segment() -> None:
    pair = [
        "Placeringskostnaderna på HVB ökade varje år med flera miljoner.",
        "Konsulterna kostade dubbelt så mycket som fast anställda socialsekreterare.",
    ]
    cands = candidates(NEUTRAL + pair + NEUTRAL)
    engine = Suggester(turning_point_codes(), [])
    economy = [d for d in engine.suggest(cands) if d.code == "long_term_economics"]
    assert len(economy) == 1
    first, second = cands[len(NEUTRAL)], cands[len(NEUTRAL) + 1]
    assert (economy[0].start, economy[0].end) == (first.start, second.end)


def test_runs_do_not_merge_across_documents_or_gaps() -> None:
    first = candidates(["a b c", "d e f"], doc="x")
    cands = first + candidates(["g h i", "j k l", "m n o"], doc="y")
    hit = np.array([True, True, True, False, True])
    assert merge_runs(cands, hit) == [[0, 1], [2], [4]]


def test_scores_are_probabilities_and_one_threshold_keeps_neutral_talk_quiet() -> None:
    neutral = candidates(list(BACKGROUND["sv"]) + NEUTRAL[:8])
    engine = Suggester(turning_point_codes(), [])
    scores, _ = engine.score(neutral + candidates(ON_TOPIC))
    assert scores.min() >= 0.0 and scores.max() <= 1.0
    # the calibrated default leaves at most a quarter of no-code talk with a suggestion
    assert (scores[: len(neutral)] >= 0.5).any(axis=1).mean() <= 0.25
    # the same threshold finds both on-topic units, each under its own code
    assert scores[-2:].max(axis=1).min() >= 0.5


def test_margin_is_each_code_against_the_best_other() -> None:
    block = np.array([[0.2, 0.5, 0.1], [0.3, 0.3, 0.0]])
    assert np.allclose(margin(block), [[-0.3, 0.3, -0.4], [0.0, 0.0, -0.3]])


def test_prf_counts_per_code() -> None:
    predicted = np.array([[1, 0], [1, 1], [0, 0]], dtype=bool)
    truth = np.array([[1, 0], [0, 1], [0, 1]], dtype=bool)
    r = prf(predicted, truth)
    assert np.allclose(r["precision"], [0.5, 1.0]) and np.allclose(r["recall"], [1.0, 0.5])
    assert macro_f1(predicted, truth) == np.mean([2 / 3, 2 / 3])


def test_learning_from_rejections_lowers_the_score() -> None:
    text = "Vi pratade om budgeten på mötet i tisdags, det var ett vanligt möte."
    cands = candidates([*NEUTRAL, text])
    j = [c.key for c in turning_point_codes()].index("long_term_economics")
    before = Suggester(turning_point_codes(), []).score(cands)[0][-1, j]
    rejected = [Example(text, "sv", frozenset(), negative_for=frozenset({"long_term_economics"}))]
    after = Suggester(turning_point_codes(), rejected).score(cands)[0][-1, j]
    assert after < before * 0.5


def test_accepted_passages_join_the_profile_and_raise_similar_talk() -> None:
    accepted = "Vi fick äntligen ett ärendetak på femton familjer per handläggare."
    similar = "Ärendetaket på femton familjer per handläggare gjorde skillnad."
    cands = candidates([*NEUTRAL, similar])
    j = [c.key for c in turning_point_codes()].index("integration")
    before = Suggester(turning_point_codes(), []).score(cands)[0][-1, j]
    learned = [Example(accepted, "sv", frozenset({"integration"}))] * 3
    engine = Suggester(turning_point_codes(), learned)
    assert engine.score(cands)[0][-1, j] > before
    draft = next(d for d in engine.suggest(cands) if d.code == "integration")
    assert draft.evidence["nearest"] == accepted and "learned" in draft.method


def test_fit_signature_changes_with_training_data() -> None:
    a = Suggester(turning_point_codes())
    b = Suggester(turning_point_codes(), [Example("x y z", "sv", frozenset({"integration"}))])
    assert a.signature != b.signature


def test_a_unit_between_two_of_a_code_in_one_turn_fills_the_gap() -> None:
    cands = [
        Candidate("d", i * 10, i * 10 + 5, f"u{i} x y", "sv", turn=0 if i < 3 else 1)
        for i in range(5)
    ]
    probs = np.array([[0.9], [0.1], [0.8], [0.1], [0.9]])
    filled = fill_gaps(cands, probs)
    assert filled[1, 0] == pytest.approx(0.72)  # between 0.9 and 0.8 in turn 0
    assert filled[3, 0] == 0.1  # its neighbours are in different turns


def test_two_units_inside_a_speakers_point_are_bridged_when_they_fit_no_other_code() -> None:
    """A point told over four sentences of one answer came as two suggestions (eyes10): its
    opening and its conclusion fit the code, the two sentences of the story between them
    did not. Bridged in talk, unless a unit of the gap makes another code's point; a
    written paragraph keeps the gap of one (an abstract's method between two findings)."""

    def turn(spoken: bool) -> list[Candidate]:
        return [
            Candidate("d", i * 10, i * 10 + 5, f"u{i} x y", "en", turn=0, spoken=spoken)
            for i in range(5)
        ]

    probs = np.array([[0.7, 0.0], [0.1, 0.2], [0.05, 0.3], [0.8, 0.0], [0.0, 0.0]])
    filled = fill_gaps(turn(True), probs)
    assert filled[1:3, 0] == pytest.approx([0.63, 0.63])  # 0.9 x the weaker of 0.7, 0.8
    assert (filled[:, 1] == probs[:, 1]).all()
    assert (fill_gaps(turn(False), probs)[1:3, 0] < 0.4).all()  # written: a gap of one only
    other = probs.copy()
    other[2, 1] = 0.5  # the story's second sentence makes another code's point
    assert (fill_gaps(turn(True), other)[1:3, 0] < 0.4).all()

"""One keyword in a sentence that reads as no-code talk names a topic (``nlp/lone.py``).

On the real development sets the English sentences flagged on one keyword were a report
addressed to politicians, a party some politicians came to, a debate opened on early
intervention, "prevention is about more than numbers": each nearer the bundled no-code talk
than any code's passages. Such a unit's own suggestion is read again with the keyword at
half; a unit its neighbours lift keeps the lift, and a sentence making the point keeps its
keyword whole. Sentences written for the test.
"""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp import lone
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import turning_point_codes

# one keyword of mission dialogue (councillors), and a sentence about a report's mailing
NAMED = "The annual report is sent to councillors, managers and the unions each spring."
# the same keyword in a sentence that makes the code's point
POINT = (
    "Councillors visited the duty team and heard how the caseloads had grown without any "
    "extra posts."
)
# a neighbour in the same paragraph that makes the point in other words
BESIDE = (
    "Councillors now sit down with the duty team every month and hear what the caseloads "
    "mean for families."
)


def _units(texts: list[str], turns: list[int]) -> list[Candidate]:
    return [
        Candidate("d", i * 300, i * 300 + len(t), t, "en", False, turn)
        for i, (t, turn) in enumerate(zip(texts, turns, strict=True))
    ]


def test_only_pairs_read_as_talk_and_not_lifted_are_lowered() -> None:
    final = np.array([[0.45, 0.10], [0.50, 0.60], [0.30, 0.70]])
    alone = np.array([[0.45, 0.10], [0.45, 0.60], [0.30, 0.70]])
    again = np.array([[0.18, 0.05], [0.20, 0.90], [0.10, 0.20]])
    talk = np.array([[True, False], [True, False], [False, False]])
    out = lone.on_its_own(final, alone, again, talk)
    assert out[0, 0] == pytest.approx(0.18)  # said alone, read as talk: its keyword at half
    assert out[1, 0] == pytest.approx(0.50)  # lifted by its neighbours: kept
    assert out[1:, 1].tolist() == [0.60, 0.70] and out[2, 0] == pytest.approx(0.30)
    assert (lone.on_its_own(final, alone, np.ones_like(final), talk) == final).all()


def test_talk_needs_one_keyword_and_every_code_nearer_no_code_talk() -> None:
    engine = Suggester(turning_point_codes(), [])
    md = engine.codes.index("mission_dialogue")
    texts = [NAMED, NAMED, "It rained all week.", POINT]
    matches = [engine.lexicon.matches(t, "en") for t in texts]
    k = len(engine.codes)
    near = np.full((len(texts), k), -0.02)
    near[1, (md + 1) % k] = 0.01  # unit 1 is nearer one code's passages than no-code talk
    best = np.zeros((len(texts), k))
    best[:, md] = 0.05  # the keyword's own code is the nearest: not a lone keyword
    features = {"sem_best": best, "sem_over_background": near}
    pairs = lone.lone_pairs(engine.lexicon, matches, engine.codes, features)
    assert pairs is not None
    lone_keyword, talk = pairs
    assert not lone_keyword.any()
    assert talk[0, md] and talk[0].sum() == 1
    assert not talk[1].any()  # one code is nearer than no-code talk: not read as talk
    assert not talk[2].any()  # no keyword
    assert not talk[3, md]  # two keywords of the code (councillors, visited)
    assert lone.lone_pairs(engine.lexicon, None, engine.codes, features) is None


@pytest.mark.slow
def test_a_topic_named_in_no_code_talk_is_not_suggested_on_its_keyword(
    real_embed, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    engine = Suggester(turning_point_codes(), [], embed=real_embed)
    md = engine.codes.index("mission_dialogue")
    apart = _units([NAMED, POINT], [0, 1])
    together = _units([BESIDE, NAMED], [0, 0])
    after, comp = engine.score(apart)
    after_together, _ = engine.score(together)
    pairs = lone.lone_pairs(engine.lexicon, comp.matches, engine.codes, comp.features)
    assert pairs is not None and pairs[1][0, md] and not pairs[1][1, md]
    monkeypatch.setattr(lone, "NO_CODE_MARGIN", -1.0)  # no sentence reads as talk: before
    before, _ = engine.score(apart)
    before_together, _ = engine.score(together)
    # the mailing list was suggested mission dialogue on "councillors"; now it is not
    assert before[0, md] >= DEFAULT_THRESHOLD > after[0, md]
    # the sentence making the point keeps its score
    assert after[1, md] >= DEFAULT_THRESHOLD and after[1, md] == pytest.approx(before[1, md])
    # beside a sentence making the point, its paragraph lifts it as before
    assert after_together[1, md] == pytest.approx(before_together[1, md])
    assert after_together[1, md] > comp.alone[0, md] - 1e-9

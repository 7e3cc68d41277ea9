"""A lone keyword whose sentence means another code counts half (``nlp/lone.py``).

On real text a single broad keyword stood as often in a sentence about something else
(a budget debate's figures, a meeting told as an event) as in one making the code's point;
the stacker, taught on the codebook's examples, where a keyword is nearly always right,
lifted such a sentence over the threshold on that one word. Sentences written for the test.
"""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp import lone
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import turning_point_codes

# a deviation (systems perspective) whose manager "listened" (mission dialogue's keyword)
DEVIATIONS = (
    "Chefen lyssnade på förslaget men det blev ingen förändring av rutinerna för avvikelser."
)
# a plain fact about an introduction, one keyword, meaning nearer another code's passages
FACT = "Vi har en introduktion för alla nya chefer på hösten."
# one keyword, and the sentence is about what the code is about
AGREES = "Politikerna borde veta hur det faktiskt ser ut för oss i vardagen."


def _units(texts: list[str]) -> list[Candidate]:
    return [Candidate("d", i * 200, i * 200 + len(t), t, "sv") for i, t in enumerate(texts)]


def test_overlapping_terms_count_once_and_other_codes_apart() -> None:
    engine = Suggester(turning_point_codes(), [])
    sp = engine.codes.index("systems_perspective")
    texts = [FACT, "Hur såg introduktionsprogrammet ut för de nyanställda i fjol?", "Det regnade."]
    matches = [engine.lexicon.matches(t, "sv") for t in texts]
    counts = lone.keyword_counts(engine.lexicon, matches, engine.codes)
    assert counts[0, sp] == 1
    # *introduktion* inside *introduktionsprogrammet* is one hit; *nyanställd* a second
    assert counts[1, sp] == 2
    assert counts[2].sum() == 0


def test_without_the_semantic_tier_nothing_is_lone() -> None:
    engine = Suggester(turning_point_codes(), [])
    comp = engine.components(_units([FACT]))
    assert lone.lone_pairs(engine.lexicon, comp.matches, engine.codes, comp.features) is None


def test_damp_halves_the_keyword_and_its_own_margin_only() -> None:
    names = ["lex", "char_best", "lex_margin"]
    x = np.array([[0.6, 0.3, 0.6], [0.0, 0.2, -0.6], [0.8, 0.1, 0.8], [0.0, 0.4, -0.8]])
    lone_pairs = np.array([[True, False], [False, False]])  # unit 0's first code only
    out = x.copy()
    lone.damp(out, names, lone_pairs)
    assert out[0].tolist() == pytest.approx([0.3, 0.3, 0.3])
    assert out[1:].tolist() == x[1:].tolist()  # the other code keeps its margin as found
    lone.damp(out, names, None)
    assert out[0].tolist() == pytest.approx([0.3, 0.3, 0.3])


@pytest.mark.slow
def test_a_lone_keyword_meaning_another_code_no_longer_lifts_a_sentence(
    real_embed, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    engine = Suggester(turning_point_codes(), [], embed=real_embed)
    md = engine.codes.index("mission_dialogue")
    sp = engine.codes.index("systems_perspective")
    units = _units([DEVIATIONS, FACT, AGREES])
    after, comp = engine.score(units)
    both = lone.lone_pairs(engine.lexicon, comp.matches, engine.codes, comp.features)
    assert both is not None
    pairs = both[0]
    assert pairs[0, md] and not pairs[0, sp] and pairs[1, sp] and not pairs[2, md]
    monkeypatch.setattr(lone, "LONE_FACTOR", 1.0)  # the keyword at full strength: before
    before, _ = engine.score(units)
    # the deviation sentence was suggested both codes on one word of dialogue; now its own
    assert before[0, md] >= DEFAULT_THRESHOLD and after[0, md] < DEFAULT_THRESHOLD
    assert after[0, sp] >= DEFAULT_THRESHOLD and after[0, sp] == pytest.approx(before[0, sp])
    # the plain fact lost its one keyword's lift
    assert before[1, sp] >= DEFAULT_THRESHOLD > after[1, sp]
    # where the meaning agrees, one keyword still counts in full
    assert after[2, md] >= DEFAULT_THRESHOLD and after[2, md] == pytest.approx(before[2, md])

"""An English unit's two marks for the stacker: does it argue (a word of cause, need or
consequence), and does it state a figure? On English report prose the engine flagged
sentences that report the theme as fact (a turnover rate, the share of councils over
budget) as readily as it found those that make the turning point's argument, and coders
code the argument. The marks are read with the semantic tier only, and only by the English
stacker; a Swedish unit reads the same whatever it says (``nlp/argument.py``; Stop 43,
engine43b, ``benchmarks/SUGGEST.md``). The sentences are written for the test.
"""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp.argument import FEATURES, features, unread
from qualcode.nlp.calibrate import design
from qualcode.nlp.suggest import Candidate, Suggester
from tests.nlp.engine_kit import fake_embed, turning_point_codes

ARGUES = "Agency staff cost more because every change of worker means the family starts again."
FIGURE = "Agency staff made up 17% of the workforce in 2023."
PLAIN = "Agency staff made up a sixth of the workforce last year."
SWEDISH_FIGURE = "Konsulterna var 17 procent av personalen år 2023 eftersom ingen sökte."


def _unit(text: str, lang: str = "en") -> Candidate:
    return Candidate("d", 0, len(text), text, lang)


def test_marks_of_english_units() -> None:
    units = [_unit(ARGUES), _unit(FIGURE), _unit(PLAIN)]
    marks = features(units, 4)
    assert marks["argument"][:, 0].tolist() == [1.0, 0.0, 0.0]
    assert marks["no_figure"][:, 0].tolist() == [1.0, 0.0, 1.0]
    # one value per unit, the same for every code
    assert all(np.ptp(block, axis=1).max() == 0 for block in marks.values())


def test_a_swedish_unit_reads_the_same_whatever_it_says() -> None:
    marks = features([_unit(SWEDISH_FIGURE, "sv")], 4)
    assert marks["argument"][0, 0] == 0.0
    assert marks["no_figure"][0, 0] == 1.0


def test_only_an_english_stacker_reads_the_marks() -> None:
    names = ["lex", *FEATURES]
    x = np.array([[0.5, 1.0, 0.0], [0.2, 0.0, 1.0]])
    assert unread(x, names, "en") is x
    for lang in ("sv", None):
        assert unread(x, names, lang)[:, 1:].tolist() == [[0.0, 0.0], [0.0, 0.0]]
        assert unread(x, names, lang)[:, 0].tolist() == [0.5, 0.2]


@pytest.mark.slow
def test_the_engine_reads_them_with_the_semantic_tier_and_in_english_only() -> None:
    codes = turning_point_codes()
    engine = Suggester(codes, embed=fake_embed([]))
    assert set(FEATURES) <= set(engine.stacker.names)
    at = [engine.stacker.names.index(f) for f in FEATURES]
    assert not engine.stacker.langs["sv"].coef[at].any()
    assert not engine.stacker.coef[at].any()
    units = [_unit(FIGURE), _unit(PLAIN)]
    comp = engine.components(units)
    x = design(comp.features, engine.stacker.names)
    assert x[:, at].reshape(2, len(engine.codes), 2)[:, 0].tolist() == [[0.0, 0.0], [0.0, 1.0]]
    # without the tier the marks are no feature at all
    assert not set(FEATURES) & set(Suggester(codes).stacker.names)

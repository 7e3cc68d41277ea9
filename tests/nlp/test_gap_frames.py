"""A written paragraph's method between two of its findings is not filled in as a gap.

The gap rule gives a unit between two units of a code nearly their probability. In a
report or an abstract the unit between two findings is often its method ("the survey was
answered by ..."), which readers who label by passage leave uncoded (real8dev); filled in,
it also counted as a hit and could make the whole paragraph a passage of the code.
"""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp import context
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate
from qualcode.nlp.suggest import Suggester
from tests.nlp.engine_kit import turning_point_codes


def _turn(spoken: bool) -> list[Candidate]:
    return [
        Candidate("d", i * 10, i * 10 + 9, f"u{i} x y.", "sv", False, 0, spoken) for i in range(3)
    ]


def test_a_unit_apart_from_every_code_is_no_gap_in_prose_but_is_in_talk() -> None:
    probs = np.array([[0.9], [0.05], [0.8]])
    apart = np.array([False, True, False])
    assert context.fill_gaps(_turn(False), probs)[1, 0] == pytest.approx(0.72)  # without it
    assert context.fill_gaps(_turn(False), probs, apart)[1, 0] == pytest.approx(0.05)
    # a speaker's filler between a point's opening and its conclusion reads like any talk
    assert context.fill_gaps(_turn(True), probs, apart)[1, 0] == pytest.approx(0.72)


def test_apart_from_codes_takes_its_cut_off_from_the_caller() -> None:
    margins = {"sem_over_background": np.array([[0.02, -0.01], [-0.01, -0.012], [-0.03, -0.02]])}
    assert context.apart_from_codes(margins).tolist() == [False, True, True]
    assert context.apart_from_codes(margins, context.GAP_APART_MARGIN).tolist() == [
        False,
        False,
        True,
    ]


# Written for this test: a report paragraph on long-term economics, its survey's method
# between two findings, then three sentences about the report itself.
REPORT = [
    "Besparingar på öppenvården ett år gav dyra externa placeringar på HVB året efter.",
    "Enkäten besvarades av 214 socialsekreterare i elva kommuner under hösten.",
    "När budgeten bara ses ett år i taget flyttas kostnaderna i stället för att minska.",
    "Rapporten har tre delar och en sammanfattning på engelska.",
    "Kommunerna i urvalet hade mellan 12 000 och 90 000 invånare.",
    "Författarna tackar de medverkande för deras tid.",
]


@pytest.mark.slow
def test_a_surveys_method_between_two_findings_is_not_suggested_with_them(real_embed) -> None:  # type: ignore[no-untyped-def]
    at, units = 0, []
    for sentence in REPORT:  # one written paragraph, as imported prose is
        units.append(Candidate("d", at, at + len(sentence), sentence, "sv", False, 0, False))
        at += len(sentence) + 1
    engine = Suggester(turning_point_codes(), [], embed=real_embed)
    j = engine.codes.index("long_term_economics")
    probs, comp = engine.score(units)
    assert comp.alone is not None and comp.alone[1, j] < DEFAULT_THRESHOLD
    assert (probs[[0, 2], j] >= DEFAULT_THRESHOLD).all(), probs[:, j]
    assert probs[1, j] < DEFAULT_THRESHOLD, probs[:, j]  # the method between them
    # The paragraph reports a study (its method sentence), so since stop 44 it is read by
    # passage (``context.STUDY_WINDOW``): its windows count toward the share, and its other
    # sentences take the passage's code, here the report's own closing lines too, which this
    # test kept out before (the cost benchmarks/SUGGEST.md, "Stop 44, engine44", names).

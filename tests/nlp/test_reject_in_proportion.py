"""A rejection teaches "this passage is not that code", and nothing about any other passage.

The learned model is fitted out of fold with folds dealt by row position; a rejection's row
used to sit before the bundled no-code talk and so dealt every talk row to another fold,
moving every code's score on every unit (shots35: a coder's 2.3 rejections per draw cost
real9dev-en right findings elsewhere, 0.829 -> 0.787).
"""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp.suggest import Example, Suggester
from tests.nlp.engine_kit import NEUTRAL, ON_TOPIC, candidates, turning_point_codes

# slow: loads spaCy and fits the suggestion models (skip with -m 'not slow')
pytestmark = pytest.mark.slow

REJECTED = "Vi talade om kassan på fikat i fredags, det var en helt vanlig eftermiddag."


def _scores(examples: list[Example]) -> np.ndarray:
    cands = candidates([*NEUTRAL, *ON_TOPIC, REJECTED])
    return Suggester(turning_point_codes(), examples).score(cands)[0]


def test_one_rejection_leaves_every_other_unit_where_it_was() -> None:
    keys = [c.key for c in turning_point_codes()]
    j = keys.index("long_term_economics")
    before = _scores([])
    after = _scores([Example(REJECTED, "sv", frozenset(), frozenset({"long_term_economics"}))])
    assert after[-1, j] < before[-1, j]  # the passage itself is taught
    # every other unit, every code: the right suggestions on the on-topic talk keep their
    # scores (main moved them by up to 0.004 through the learned model's folds)
    assert np.abs(after[:-1] - before[:-1]).max() < 0.001
    # and the rejected passage's other codes stay put: it is not a negative for them
    others = [i for i in range(len(keys)) if i != j]
    assert np.abs(after[-1, others] - before[-1, others]).max() < 0.001


def test_the_stage_learns_a_rejection_for_its_code_only() -> None:
    """The few-shot stage's fit took a rejected passage (a project row with no code) as a
    negative for every code; ``said`` keeps it to the code refused: a row said for no code
    fits as if it were not there."""
    from qualcode.nlp.fewshot import ShotScorer, fit_stage, shots_of
    from tests.nlp.engine_kit import fake_embed
    from tests.nlp.test_fewshot import _shots

    keys = [c.key for c in turning_point_codes()]
    scorer = ShotScorer(keys, shots_of(keys, _shots(5)), fake_embed([]))
    rng = np.random.default_rng(1)
    n, extra = 400, 30
    y = np.zeros((n + extra, len(keys)), dtype=bool)
    y[:40, keys.index("integration")] = True
    probs = np.clip(rng.uniform(0.01, 0.3, y.shape) + 0.6 * y, 0, 1)
    probs[n:] = 0.7  # the rejected passages: scored high, near the passages of every code
    own = np.zeros(n + extra, dtype=bool)
    own[::2] = True
    own[n:] = True
    features = {
        "shot_best": 0.8 + 0.1 * y + rng.normal(0, 0.01, y.shape),
        "shot_margin": 0.05 * y + rng.normal(0, 0.01, y.shape),
        "shot_known": np.ones(y.shape, dtype=bool),
    }
    features["shot_best"][n:] = 0.9
    features["shot_margin"][n:] = 0.05
    said = np.ones(y.shape, dtype=bool)
    said[n:] = False
    with_said = fit_stage(scorer, probs, features, y, own, said)
    head = {f: v[:n] for f, v in features.items()}
    without_rows = fit_stage(scorer, probs[:n], head, y[:n], own[:n])
    blind = fit_stage(scorer, probs, features, y, own)  # main: negatives for every code
    assert with_said is not None and without_rows is not None and blind is not None
    assert np.allclose(with_said.stacker.coef, without_rows.stacker.coef)
    assert not np.allclose(blind.stacker.coef, without_rows.stacker.coef)


def test_rejections_leave_the_stackers_calibration_where_it_was() -> None:
    """A rejection is the engine's highest wrong suggestion, chosen, not drawn: as a row of
    the stacker (one calibration for every code and unit) it said every high score is less
    sure. Four rejections moved its coefficients by up to 0.33 (b6f09ce); what is left
    now comes only through the learned model's reading of the other rows."""
    from qualcode.nlp.learn import fit_stacker

    codes = turning_point_codes()
    refused = [
        "Vi talade om kassan på fikat i fredags, det var en helt vanlig eftermiddag.",
        "Budgeten för julfesten diskuterades en stund innan vi gick hem.",
        "Kostnaden för nya stolar i fikarummet togs upp på mötet.",
        "Han berättade att resan till Göteborg blev dyrare än väntat.",
    ]
    rejections = [
        Example(t, "sv", frozenset(), frozenset({"long_term_economics"})) for t in refused
    ]
    before = np.asarray(fit_stacker(Suggester(codes, []))[0].coef)
    after = np.asarray(fit_stacker(Suggester(codes, rejections))[0].coef)
    assert np.abs(after - before).max() < 0.1

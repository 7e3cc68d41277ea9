"""Few-shot: a coder's own passages as nearest neighbours in embedding space (nlp/fewshot.py).

The plumbing is tested with a stand-in embedder; the lift with the real model (skipped
where the semantic extra is not installed).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from qualcode.nlp.fewshot import ShotScorer, shots_of
from qualcode.nlp.state import StateError, from_state, to_state
from qualcode.nlp.suggest import Example, Suggester
from tests.nlp.engine_kit import NEUTRAL, ON_TOPIC, candidates, fake_embed, turning_point_codes

pytestmark = pytest.mark.slow

# Written for this test: talk about staffing and the quality of help (integration) in the
# plain words of a council report, far from the codebook's own phrasing, and the same
# report's talk that fits no code.
INTEGRATION = [
    "När handläggarna byts ut hela tiden får familjerna börja om från början varje gång.",
    "Med trettio ärenden per person hinner ingen göra de uppföljningar som lagen kräver.",
    "Personalomsättningen har gjort att besluten blivit sämre underbyggda.",
    "De som stannar kvar bär en allt tyngre last och det märks i utredningarnas kvalitet.",
    "Stressen i gruppen syns direkt i hur väl vi kan möta barnen.",
    "Nya kollegor utan erfarenhet får ta de svåraste ärendena, och det drabbar barnen.",
    "När bemanningen sviktar blir rättssäkerheten lidande för dem vi är till för.",
    "Hög arbetsbelastning betyder i praktiken att barns behov inte blir utredda ordentligt.",
]
REPORT_NONE = [
    "Rapporten bygger på uppgifter från kommunens verksamhetssystem för år 2023.",
    "Förvaltningen är organiserad i fyra avdelningar med var sin chef.",
    "Nämnden behandlade ärendet vid sitt sammanträde i oktober.",
    "Bilaga 3 redovisar antalet anmälningar per månad.",
    "Uppdraget gavs av kommunstyrelsen i början av året.",
    "Granskningen omfattar perioden januari till juni.",
]

# Written for this test: English codings of every code, in a project whose other
# documents are Swedish.
ENGLISH = {
    "mission_dialogue": [
        "Our director sat down with the frontline teams monthly to ask what the service is for.",
        "The councillors came to a team meeting and listened to what staff thought mattered.",
        "We began talking openly with the committee about what we can and cannot promise families.",
    ],
    "systems_perspective": [
        "When something went wrong we looked at how the work was organised, not who to blame.",
        "Every serious incident was reviewed to find the gaps in our routines, not a scapegoat.",
        "The managers treated mistakes as something the whole organisation could learn from.",
    ],
    "integration": [
        "With so many vacancies, each worker carried far too many cases to do proper assessments.",
        "Constant turnover meant children kept meeting a new social worker every few months.",
        "The heavy caseloads showed up directly in how thin the investigations became.",
    ],
    "long_term_economics": [
        "Paying agency staff cost us far more than it would to hire permanent social workers.",
        "Investing in early support now spares the council expensive residential placements later.",
        "The budget was set one year at a time, so nobody could plan for lasting savings.",
    ],
}


def _english() -> list[Example]:
    return [
        Example(t, "en", frozenset({code}), weight=3.0)
        for code, texts in ENGLISH.items()
        for t in texts
    ]


def _shots(n: int) -> list[Example]:
    return [Example(t, "sv", frozenset({"integration"}), weight=3.0) for t in INTEGRATION[:n]]


def test_without_coded_passages_there_is_no_stage() -> None:
    engine = Suggester(turning_point_codes(), [], embed=fake_embed([]))
    assert engine.stage is None and "shots" not in engine.methods
    assert shots_of(engine.codes, []) == []


def test_coded_passages_add_a_stage_for_their_codes_only(real_embed) -> None:  # type: ignore[no-untyped-def]
    """(The real model: the stage is fitted on rows of the passages' language only, where
    a bag-of-letters stand-in's nearness tells nothing and gets no stage.)"""
    engine = Suggester(turning_point_codes(), _shots(5), embed=real_embed)
    assert engine.stage is not None and "shots" in engine.methods
    active = dict(zip(engine.codes, engine.stage.active.tolist(), strict=True))
    assert active == {
        "mission_dialogue": False,
        "systems_perspective": False,
        "integration": True,
        "long_term_economics": False,
    }
    # codes the coder gave no passages keep the codebook engine's probability
    cands = candidates(NEUTRAL[:8] + ON_TOPIC + REPORT_NONE)
    comp = engine.components(cands)
    from qualcode.nlp.calibrate import design

    before = engine.stacker.predict(design(comp.features, engine.stacker.names))
    before = before.reshape(len(cands), -1)
    after = engine.stage.apply(before, comp.features)
    keep = ~engine.stage.active
    assert np.array_equal(after[:, keep], before[:, keep])
    assert not np.allclose(after[:, ~keep], before[:, ~keep])


def test_the_core_tier_has_no_stage() -> None:
    engine = Suggester(turning_point_codes(), _shots(5))
    assert engine.stage is None and "shots" not in engine.methods


def test_a_passage_is_not_its_own_neighbour_when_calibrating() -> None:
    shots = shots_of([c.key for c in turning_point_codes()], _shots(3))
    scorer = ShotScorer([c.key for c in turning_point_codes()], shots, fake_embed([]))
    from qualcode.nlp.scorers import Batch

    cands = candidates(INTEGRATION[:1])
    seen = scorer.score(Batch(cands)).features["shot_best"]
    blind = scorer.score(Batch(cands, exclude=np.zeros((1, 1), dtype=bool))).features["shot_best"]
    j = scorer.codes.index("integration")
    assert blind[0, j] < seen[0, j]  # without itself, only the other two passages are near


def test_the_stage_is_kept_and_read_back_exactly(real_embed) -> None:  # type: ignore[no-untyped-def]
    embed = real_embed
    engine = Suggester(turning_point_codes(), _shots(5), embed=embed)
    meta, arrays = to_state(engine)
    back = from_state(meta, arrays, turning_point_codes(), embed)
    cands = candidates(NEUTRAL[:8] + ON_TOPIC + REPORT_NONE + INTEGRATION[5:])
    assert back.stage is not None
    assert np.allclose(back.score(cands)[0], engine.score(cands)[0], atol=1e-6)
    with pytest.raises(StateError):  # a few-shot stage needs the tier it was fitted with
        from_state(meta, arrays, turning_point_codes(), None)
    hostile = {**meta, "shots": [["x", "sv", ["no_such_code"], []]]}
    with pytest.raises(StateError):
        from_state(hostile, arrays, turning_point_codes(), embed)
    with pytest.raises(StateError):
        from_state({**meta, "shots": [["x", "sv"]]}, arrays, turning_point_codes(), embed)


def test_five_coded_passages_leave_other_codes_as_zero_shot(real_embed) -> None:  # type: ignore[no-untyped-def]
    """Five passages coded integration: the codes the coder gave nothing keep their
    zero-shot probability exactly (mixed into the codebook engine, passages used to make
    the same kind of text look like every code), and on the unseen units of the report
    integration is suggested where it fits and not on the report's plain talk."""
    from qualcode.nlp.suggest import DEFAULT_THRESHOLD

    cands = candidates(INTEGRATION[5:] + REPORT_NONE)
    j = [c.key for c in turning_point_codes()].index("integration")
    zero = Suggester(turning_point_codes(), [], embed=real_embed).score(cands)[0]
    few = Suggester(turning_point_codes(), _shots(5), embed=real_embed).score(cands)[0]
    others = [m for m in range(zero.shape[1]) if m != j]
    assert np.allclose(few[:, others], zero[:, others], atol=1e-9)
    positive, none = few[:3, j], few[3:, j]
    assert (positive >= DEFAULT_THRESHOLD).sum() >= 2 and (none < DEFAULT_THRESHOLD).all()
    assert np.sort(positive)[-2] > none.max()


def test_a_blind_coders_stage_learns_from_their_own_codings_only(  # type: ignore[no-untyped-def]
    project, real_embed
) -> None:
    """Blind coding (issue 10.7) holds in the few-shot stage: karin's engine compares units
    with karin's passages only, never with johan's; the lead's with both."""
    text = project.document("aby_01").text

    def span(passage: str) -> tuple[int, int]:
        start = text.index(passage)
        return start, start + len(passage)

    project.add_coding("aby_01", *span("Arbetsmiljöproblemen var stora."), "integration", "johan")
    mine = "Nu har vi dialog med nämnden om vad som är möjligt."
    project.add_coding("aby_01", *span(mine), "mission_dialogue", "karin")
    project.embed()

    def coded(only_coder: str | None) -> set[str]:
        # the passages the stage compares units with (whether a stage is kept at all
        # depends on its fit: one passage's nearness may get no weight)
        engine = project.suggester(only_coder=only_coder, semantic=True)
        scorer = next((s for s in engine.scorers if isinstance(s, ShotScorer)), None)
        shots = scorer.shots if scorer is not None else shots_of(engine.codes, engine.examples)
        return {s.text for s in shots if s.codes}

    assert coded("karin") == {mine}
    assert coded(None) == {mine, "Arbetsmiljöproblemen var stora."}


def test_no_stage_where_nearness_to_the_passages_gets_no_weight() -> None:
    """A stage whose fit gives the passages' nearness no weight would only re-scale the
    codebook engine (on real English text it lowered findings the engine had right):
    there is then no stage, and the engine scores as it does zero-shot."""
    from qualcode.nlp.fewshot import fit_stage

    keys = [c.key for c in turning_point_codes()]
    scorer = ShotScorer(keys, shots_of(keys, _shots(5)), fake_embed([]))
    rng = np.random.default_rng(0)
    n = 400
    y = np.zeros((n, len(keys)), dtype=bool)
    y[:40, keys.index("integration")] = True
    probs = np.clip(rng.uniform(0.01, 0.3, (n, len(keys))) + 0.6 * y, 0, 1)
    own = np.zeros(n, dtype=bool)
    own[::2] = True
    # nearer the passages says less of the code, not more: the fit keeps both at zero
    known = np.ones(y.shape, dtype=bool)
    away = {
        "shot_best": 0.8 - 0.1 * y + rng.normal(0, 0.01, y.shape),
        "shot_margin": -0.05 * y + rng.normal(0, 0.01, y.shape),
        "shot_known": known,
    }
    assert fit_stage(scorer, probs, away, y, own) is None
    telling = {
        "shot_best": 0.8 + 0.1 * y + rng.normal(0, 0.01, y.shape),
        "shot_margin": 0.05 * y + rng.normal(0, 0.01, y.shape),
        "shot_known": known,
    }
    stage = fit_stage(scorer, probs, telling, y, own)
    assert stage is not None and stage.stacker.coef[1:].any()


def test_a_unit_is_compared_with_codings_of_its_own_language_only() -> None:
    """Cosines across languages are lower throughout, so a unit compared with another
    language's codings read as near no code: a Swedish unit gets no nearness at all from
    English codings (``shot_known`` false), an English one with the same letters does."""
    keys = [c.key for c in turning_point_codes()]
    scorer = ShotScorer(keys, shots_of(keys, _english()), fake_embed([]))
    from qualcode.nlp.scorers import Batch, Candidate

    text = ENGLISH["integration"][0]
    units = [Candidate("d", 0, 1, text, "sv"), Candidate("d", 2, 3, text, "en")]
    got = scorer.score(Batch(units)).features
    assert not got["shot_known"][0].any() and got["shot_known"][1].all()
    for name in ("shot_best", "shot_margin", "shot_rel"):
        assert not got[name][0].any()
    assert got["shot_best"][1, keys.index("integration")] > 0.9


def test_codings_of_one_language_leave_units_of_another_as_zero_shot(real_embed) -> None:  # type: ignore[no-untyped-def]
    """English codings of every code: a Swedish unit scores exactly as zero-shot (compared
    with them it read as near no code and was lowered, a bilingual project losing findings
    in the language nobody coded yet), while English units do meet the stage."""
    cands = candidates(INTEGRATION[5:] + REPORT_NONE + ON_TOPIC + NEUTRAL[:4])
    codes = turning_point_codes()
    zero = Suggester(codes, [], embed=real_embed).score(cands)[0]
    engine = Suggester(codes, _english(), embed=real_embed)
    assert engine.stage is not None
    assert np.array_equal(engine.score(cands)[0], zero)
    english = candidates([ENGLISH["integration"][1], "The caseloads kept growing all year."])
    english = [replace(c, lang="en") for c in english]
    english_zero = Suggester(codes, [], embed=real_embed).score(english)[0]
    assert not np.array_equal(engine.score(english)[0], english_zero)


def test_the_gate_stands_a_spread_above_the_other_codes_codings() -> None:
    """A unit clearing the highest margin of another code's codings by a hair was lifted
    on English reports though it was no-code talk: the gate is that highest margin raised
    by the spread of those margins, taken within the languages that have the code's
    codings (a row of another language says nothing of it)."""
    from qualcode.nlp.fewshot import gates

    # rows: two codings of code 0, two of code 1, one uncoded unit; code 1's codings
    # margins for code 0 are 0.1 and 0.3, code 0's for code 1 are 0.2 and 0.2
    margin = np.array([[0.5, 0.2], [0.6, 0.2], [0.1, 0.4], [0.3, 0.5], [0.9, 0.9]])
    labels = np.array([[1, 0], [1, 0], [0, 1], [0, 1], [0, 0]], dtype=bool)
    own = np.ones(5, dtype=bool)
    known = np.ones((5, 2), dtype=bool)
    assert np.allclose(gates(margin, labels, own, known), [0.3 + 0.1, 0.2])
    known[3, 0] = False  # that coding's language has no codings of code 0
    assert np.allclose(gates(margin, labels, own, known), [0.1, 0.2])


def test_a_code_is_lowered_only_where_another_codes_codings_claim_the_unit() -> None:
    """With five codings a code, which code's codings lie a hair nearer a unit is noise:
    lowered wherever another code's lay nearer, five English codings of every code took
    right findings from the codebook engine (dev-en 0.671 zero-shot -> 0.631;
    benchmarks/SUGGEST.md, "Stop 48, engine48d"). A code is lowered only where another
    code's codings lift the unit past their own gate, or where the talk known to fit no
    code lies nearer the unit than any code's codings; elsewhere its probability stands."""
    from qualcode.nlp.calibrate import Stacker
    from qualcode.nlp.fewshot import STAGE_FEATURES, ShotStage

    stage = ShotStage(
        Stacker(list(STAGE_FEATURES), np.zeros(3), -5.0),  # the stage reads every unit low
        active=np.array([True, True]),
        gate=np.array([0.1, 0.1]),
    )
    probs = np.array([[0.8, 0.3], [0.8, 0.3], [0.8, 0.3]])
    # every unit lies a little nearer code 1's codings than code 0's; only the second is
    # past code 1's gate, and only the third lies nearer the no-code talk than both codes'
    features = {
        "shot_rel": np.array([[-0.01, 0.01]] * 3),
        "shot_margin": np.array([[0.0, 0.05], [0.0, 0.2], [0.0, 0.05]]),
        "shot_best": np.array([[0.84, 0.85]] * 3),
        "shot_none": np.array([[0.8, 0.8], [0.8, 0.8], [0.9, 0.9]]),
        "shot_known": np.ones((3, 2), dtype=bool),
    }
    out = stage.apply(probs, features)
    assert out[0, 0] == pytest.approx(0.8)  # nearer code 1 by a hair: code 0 stands
    assert out[1, 0] < 0.01  # claimed by code 1: code 0 goes down with the stage
    assert out[2, 0] < 0.01  # claimed by the no-code talk: down as well
    assert out[0, 1] == pytest.approx(0.3)  # under its gate, code 1 is not lifted either

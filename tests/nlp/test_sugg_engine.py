"""The suggestion ensemble on its own: calibration, merging, abstaining, learning."""

from __future__ import annotations

from pathlib import Path

from qualcode.codebook import load_codebook
from qualcode.model import Code
from qualcode.nlp.suggest import Candidate, Example, Suggester
from tests.conftest import ROOT

NEUTRAL = [
    "Det regnade hela veckan när vi flyttade.",
    "Jag pluggade i Umeå innan jag kom hit.",
    "Vi har nya datorer sedan i våras.",
    "Kaffet i personalrummet är faktiskt gott.",
    "Min dotter börjar skolan till hösten.",
    "Vi åkte till fjällen i februari.",
    "Bussen går varje halvtimme härifrån.",
    "Jag tycker om att laga mat på helgerna.",
] * 4


def _codes() -> list[Code]:
    book = load_codebook(ROOT / "codebooks" / "turning_points.yaml")
    return [
        Code(
            id=s.key,
            key=s.key,
            names=s.names,
            definitions=s.definitions,
            inclusion=s.inclusion,
            exclusion=s.exclusion,
            keywords=s.keywords,
            examples=s.examples,
        )
        for s in book.codes
    ]


def _cands(texts: list[str], interviewer: bool = False) -> list[Candidate]:
    out, pos = [], 0
    for text in texts:
        out.append(Candidate("d", pos, pos + len(text), text, "sv", interviewer))
        pos += len(text) + 1
    return out


ON_TOPIC = [
    "Placeringskostnaderna på HVB åt upp hela budgeten, det blev dyrare än att anställa.",
    "Vi gjorde en lex Sarah-anmälan för att lära oss, inte för att hitta en syndabock.",
]


def test_on_topic_units_score_and_neutral_talk_does_not() -> None:
    engine = Suggester(_codes())
    cands = _cands(NEUTRAL[:12] + ON_TOPIC + NEUTRAL[12:])
    drafts = engine.suggest(cands)
    assert {"long_term_economics", "systems_perspective"} <= {d.code for d in drafts}
    on_topic = [c for c in cands if c.text in ON_TOPIC]
    for draft in drafts:  # every suggestion lies on the on-topic talk
        assert any(c.start <= draft.start and draft.end <= c.end for c in on_topic), draft
    economy = next(d for d in drafts if d.code == "long_term_economics")
    assert "placering" in economy.evidence["terms"] and economy.evidence["nearest"]
    assert economy.method.startswith("lexicon")


def test_interviewer_questions_get_no_suggestion() -> None:
    engine = Suggester(_codes())
    question = _cands(
        [*NEUTRAL, "Hur ser ni på placeringskostnaderna och budgeten?"], interviewer=True
    )
    assert engine.suggest(question) == []


def test_adjacent_units_of_a_code_merge_into_one_segment() -> None:
    engine = Suggester(_codes())
    pair = [
        "Placeringskostnaderna på HVB ökade varje år med flera miljoner.",
        "Konsulterna kostade dubbelt så mycket som fast anställda socialsekreterare.",
    ]
    cands = _cands(NEUTRAL + pair + NEUTRAL)
    economy = [d for d in engine.suggest(cands) if d.code == "long_term_economics"]
    assert len(economy) == 1
    first, second = cands[len(NEUTRAL)], cands[len(NEUTRAL) + 1]
    assert (economy[0].start, economy[0].end) == (first.start, second.end)


def test_scores_are_probabilities_on_one_scale() -> None:
    engine = Suggester(_codes())
    scores, _ = engine.score(_cands(NEUTRAL + ON_TOPIC))
    assert scores.min() >= 0.0 and scores.max() <= 1.0


def test_learning_from_rejections_lowers_the_score() -> None:
    text = "Vi pratade om budgeten på mötet i tisdags, det var ett vanligt möte."
    cands = _cands([*NEUTRAL, text])
    before = Suggester(_codes()).score(cands)[0][-1]
    negatives = [
        Example(text, "sv", frozenset(), negative_for=frozenset({"long_term_economics"}))
    ] * 3 + [Example(t, "sv", frozenset({"long_term_economics"})) for t in ON_TOPIC[:1] * 3]
    after = Suggester(_codes(), negatives).score(cands)[0][-1]
    j = [c.key for c in _codes()].index("long_term_economics")
    assert after[j] < before[j]


def test_fit_signature_changes_with_training_data(tmp_path: Path) -> None:
    a = Suggester(_codes())
    b = Suggester(_codes(), [Example("x y z", "sv", frozenset({"integration"}))])
    assert a.signature != b.signature

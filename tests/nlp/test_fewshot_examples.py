"""Where the few-shot stage lifts, a coder's passages count as the code's examples
(``fewshot.as_examples``): a unit that says what a coding says, in its own words, scores
as a unit saying what one of the codebook's examples says.

Before, the stage weighed only its nearness to the passages against the codebook engine's
probability, fitted on the codebook's written rows, and five codings per code lifted the
dev mean of eight by 0.018 (benchmarks/SUGGEST.md, "Stop 43, engine43c")."""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Example, Suggester
from tests.nlp.engine_kit import candidates, turning_point_codes

# Written for this test: five codings per code in a social worker's plain spoken words,
# far from the codebook's own phrasing.
CODINGS = {
    "integration": [
        "Man hinner ju inte, man springer mellan möten och sen blir det slarvigt med ungarna.",
        "Det är ingen som orkar läsa in sig ordentligt när högen bara växer.",
        "Vi skriver kortare utredningar för att hinna, och det är barnen som får ta smällen.",
        "När tre av fem i gruppen är nya så blir det sämre för familjerna, det säger sig självt.",
        "Jag har fyrtio ärenden, då gör man det man måste och inte mer.",
    ],
    "long_term_economics": [
        "Vi köper in konsulter för dyra pengar istället för att anställa folk som stannar.",
        "Varje år ska det sparas, så man skjuter på allt som kostar nu men lönar sig sen.",
        "En placering kostar ju mer på ett år än vad en heltidstjänst gör.",
        "Pengarna räcker aldrig till det förebyggande, bara till brandkårsutryckningarna.",
        "Budgeten läggs ett år i taget så ingen vågar satsa på något långsiktigt.",
    ],
    "mission_dialogue": [
        "Politikerna kom ut till oss och frågade vad vi behövde för att göra ett bra jobb.",
        "Vi satt med nämnden en hel eftermiddag och pratade om vad uppdraget faktiskt är.",
        "Chefen tog med sig våra synpunkter upp till förvaltningsledningen och vi fick svar.",
        "Ordföranden har varit här två gånger i år och lyssnat på hur vi har det.",
        "Det blev ett riktigt samtal mellan oss och politiken om vad vi kan lova familjerna.",
    ],
    "systems_perspective": [
        "När något går snett så letar vi inte efter en syndabock utan tittar på rutinerna.",
        "Vi gick igenom hela kedjan för att se var det brast, inte vem som gjorde fel.",
        "Felet låg i hur arbetet var organiserat, inte hos den enskilda handläggaren.",
        "Avvikelserna används för att lära oss, inte för att peka ut någon.",
        "Det var systemet som gjorde att ärendet föll mellan stolarna.",
    ],
}
# the same points as two integration codings, in other words (the codebook alone, and
# the stage before, left them under the threshold: 0.02 / 0.27 and 0.01 / 0.29)
RESTATED = [
    "Vi springer mellan möten och sen blir det slarvigt med ungarna.",
    "Ärendehögen växer och ingen orkar läsa in sig ordentligt.",
]
NONE = [
    "Vi har kaffe i fikarummet varje fredag.",
    "Mötet började klockan nio och slutade vid tolv.",
    "Kontoret ligger på andra våningen i stadshuset.",
]


def test_the_codings_are_read_among_their_codes_examples() -> None:
    """The best and the mean of the best two passages are taken over the codebook's
    examples and the codings together, the nearness over the no-code talk moves with the
    best; a code without codings in the unit's language keeps its features exactly."""
    from qualcode.nlp.fewshot import as_examples

    features = {
        "sem_best": np.array([[0.80, 0.85]]),
        "sem_top2": np.array([[0.78, 0.84]]),  # second nearest example: 0.76 and 0.83
        "sem_over_background": np.array([[0.05, 0.10]]),
        "shot_first": np.array([[0.90, 0.95]]),
        "shot_second": np.array([[0.77, 0.94]]),
        "shot_known": np.array([[True, False]]),
    }
    read = as_examples(features)
    assert read["sem_best"] == pytest.approx(np.array([[0.90, 0.85]]))
    assert read["sem_top2"] == pytest.approx(np.array([[0.85, 0.84]]))
    assert read["sem_over_background"] == pytest.approx(np.array([[0.15, 0.10]]))
    assert read["shot_first"] is features["shot_first"]  # the rest as they were


@pytest.mark.slow
def test_a_unit_saying_what_a_coding_says_is_suggested(real_embed) -> None:  # type: ignore[no-untyped-def]
    examples = [
        Example(text, "sv", frozenset({code}), weight=3.0)
        for code, texts in CODINGS.items()
        for text in texts
    ]
    engine = Suggester(turning_point_codes(), examples, embed=real_embed)
    assert engine.stage is not None
    j = engine.codes.index("integration")
    for text in RESTATED:
        probs = engine.score(candidates([text]))[0][0]
        assert probs[j] >= DEFAULT_THRESHOLD, text
        assert np.delete(probs, j).max() < DEFAULT_THRESHOLD, text
    for text in NONE:  # talk of the same kind that says none of it stays unsuggested
        assert engine.score(candidates([text]))[0].max() < DEFAULT_THRESHOLD, text

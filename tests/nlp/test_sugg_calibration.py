"""Calibration: a sentence's score depends on the codebook and the coder's own decisions,
never on how much of the project happens to be on topic."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from tests.conftest import add_plain_document

# slow: loads spaCy and fits the suggestion models (skip with -m 'not slow')
pytestmark = pytest.mark.slow


CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# on-topic talk written for this test: every sentence is about a turning point
ON_TOPIC = [
    "Vi fick aldrig vara med när prioriteringarna sattes, besluten kom bara uppifrån.",
    "Konsulterna kostar oss mer än vad fast anställda socialsekreterare skulle göra.",
    "När personalen byts ut hela tiden får familjerna sämre hjälp.",
    "Efter misstaget satt hon ensam med skulden i stället för att vi såg på rutinerna.",
    "Placeringarna på HVB blir dyrare varje år när vi inte hinner arbeta förebyggande.",
    "Cheferna förde aldrig vidare vad vi sa till nämnden.",
]
NEUTRAL = [
    "Jag har jobbat här i ungefär sju år nu.",
    "Vi sitter i ett hus nere vid torget, på andra våningen.",
    "Det har regnat hela veckan här.",
]


@pytest.fixture(autouse=True)
def _no_semantic_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")


def _scores(project: Project, doc_id: str) -> np.ndarray:
    candidates, _ = project._candidates([doc_id])
    return project.suggester().score(candidates)[0]


def test_a_sentence_scores_the_same_in_a_focused_and_a_broad_project(tmp_path) -> None:
    with Project.create(tmp_path / "calib.db") as project:
        project.load_codebook(CODEBOOK)
        first = add_plain_document(project, "first", ON_TOPIC + NEUTRAL)
        alone = _scores(project, first)
        for n in range(14):  # the study grows, and all of it is on topic
            rotated = ON_TOPIC[n % 6 :] + ON_TOPIC[: n % 6]
            add_plain_document(project, f"more_{n}", [*rotated, f"Intervju nummer {n}."])
        among_many = _scores(project, first)
        np.testing.assert_allclose(alone, among_many, atol=1e-9)
        for n in range(10):  # or the study adds unrelated talk: still the same scores
            add_plain_document(project, f"chat_{n}", [*NEUTRAL * 3, f"Samtal nummer {n}."])
        np.testing.assert_allclose(alone, _scores(project, first), atol=1e-9)
        # and it does find the on-topic talk: most of it gets a code over the threshold
        from qualcode.nlp.suggest import DEFAULT_THRESHOLD

        on_topic = alone[: len(ON_TOPIC)].max(axis=1)
        assert (on_topic >= DEFAULT_THRESHOLD).sum() >= 4, on_topic
        assert (alone[len(ON_TOPIC) :].max(axis=1) < DEFAULT_THRESHOLD).all()


def test_project_talk_is_never_a_negative_for_the_stacker(tmp_path) -> None:
    """Zero-shot, the fitting rows come from the codebook and the bundled no-code talk
    alone: adding on-topic documents nobody coded leaves the fitted stacker unchanged."""
    with Project.create(tmp_path / "rows.db") as project:
        project.load_codebook(CODEBOOK)
        add_plain_document(project, "first", ON_TOPIC)
        before = project.suggester().stacker
        for n in range(5):  # each its own content: a content is imported once
            add_plain_document(project, f"more_{n}", [*ON_TOPIC, f"Intervju nummer {n}."])
        after = project.suggester().stacker
        assert before.names == after.names
        np.testing.assert_allclose(before.coef, after.coef)
        assert before.intercept == pytest.approx(after.intercept)


# Written for this test, in three registers: per register, one sentence per code (in the
# order mission_dialogue, systems_perspective, integration, long_term_economics) and two
# sentences on the theme that fit no code.
REGISTERS = {
    "interview": (
        [
            "Cheferna frågade aldrig oss innan de bestämde vad som skulle prioriteras.",
            "När jag blev sjukskriven sa de att jag inte pallade, "
            "ingen tittade på hur vi hade det.",
            "Med så många ärenden hinner man inte träffa barnen, och då blir utredningarna sämre.",
            "Vi sparade in på öppenvården och sen fick vi betala dyra placeringar i stället.",
        ],
        ["Jag började här för tre år sedan, direkt efter examen.", "Vi har gruppmöte på tisdagar."],
    ),
    "research prose": (
        [
            "Socialsekreterarna beskrev att prioriteringarna beslutades uppifrån utan att de "
            "tillfrågades.",
            "Misstag förklarades i regel med handläggarens egna brister snarare än med "
            "organisationens förutsättningar.",
            "Hög personalomsättning innebar att familjerna fick byta handläggare och att kunskap "
            "om dem gick förlorad.",
            "Besparingar på förebyggande insatser ledde enligt intervjupersonerna till högre "
            "kostnader för placeringar några år senare.",
        ],
        [
            "Intervjuerna genomfördes under hösten och varade omkring en timme.",
            "Studien omfattar tre kommuner av olika storlek.",
        ],
    ),
    "policy": (
        [
            "Nämnden ska föra en regelbunden dialog med medarbetarna om uppdraget och om vad som "
            "är möjligt med de resurser som finns.",
            "Avvikelser ska användas för lärande i organisationen "
            "och inte för att peka ut enskilda.",
            "En rimlig ärendemängd är en förutsättning för rättssäkra utredningar och god kvalitet "
            "i stödet.",
            "Förebyggande insatser är en investering som minskar kostnaderna för placeringar på "
            "sikt.",
        ],
        [
            "Socialnämnden sammanträder en gång i månaden i kommunhuset.",
            "Handlingsplanen gäller för perioden 2025 till 2027.",
        ],
    ),
}


def test_one_threshold_finds_coded_talk_and_leaves_the_rest_in_every_register(tmp_path) -> None:
    """Interview talk, research prose and policy text on the same themes: at the default
    threshold, most coded sentences get their own code and no sentence fitting no code gets
    one, in each register (a threshold tuned on one register must hold on the others).

    The sentences are independent statements, not a passage, so each stands in a turn of
    its own: read in one paragraph, "Jag började här för tre år sedan" after a sentence on
    costly placements is rightly lifted by its context (``nlp/context.py``)."""
    from qualcode.nlp.suggest import DEFAULT_THRESHOLD

    with Project.create(tmp_path / "kinds.db") as project:
        project.load_codebook(CODEBOOK)
        for name, (coded, none) in REGISTERS.items():
            doc = add_plain_document(project, name.replace(" ", "_"), coded + none, turn_each=True)
            scores = _scores(project, doc)
            codes = project.suggester().codes
            own = [codes.index(k) for k in CODE_ORDER]
            found = sum(scores[i, own[i]] >= DEFAULT_THRESHOLD for i in range(len(coded)))
            assert found >= 3, (name, scores[: len(coded)].round(2))
            assert (scores[len(coded) :].max(axis=1) < DEFAULT_THRESHOLD).all(), (name, scores)


CODE_ORDER = ["mission_dialogue", "systems_perspective", "integration", "long_term_economics"]

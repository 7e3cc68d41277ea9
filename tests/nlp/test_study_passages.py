"""A document that reports a study is read by passage (stop 44).

Research prose is coded by passage: an abstract's opening, its findings and its conclusions
take the passage's code, and only the sentences on how the material was gathered take none
(those are zeroed as the study's frame). The passage rule asked for 40% of a paragraph's
units to fit a code on their own, so an abstract that states its point once, its other
sentences explaining it in plain words, kept only that one sentence (real6dev, real8dev).
In a document that tells how its material was gathered, a unit whose window fits the code
counts toward the share, and no unit is held back as apart; elsewhere (policy text, news,
coded by sentence) the rule is as it was.
"""

from __future__ import annotations

import numpy as np
import pytest

from qualcode.nlp import context
from qualcode.nlp.frame import is_method, study_documents
from qualcode.nlp.scorers import Candidate

# written for this test: a study's abstract (its method sentence last) and a plan's paragraph
STUDY = [
    "Avhandlingen undersöker hur socialsekreterare ser på sitt arbete.",
    "Handläggarna beskriver ett arbete som krympt till utredning och dokumentation.",
    "Studien visar att hög ärendemängd gör att familjerna får sämre hjälp.",
    "Överlämningarna mellan grupperna blir fler och helheten går förlorad.",
    "Intervjuerna genomfördes med tolv socialsekreterare i tre kommuner.",
]
PLAN = [
    "Nämnden ska under året se över sina lokaler.",
    "Handläggarna beskriver ett arbete som krympt till utredning och dokumentation.",
    "Förvaltningen visar att hög ärendemängd gör att familjerna får sämre hjälp.",
    "Överlämningarna mellan grupperna blir fler och helheten går förlorad.",
    "Planen följs upp i december.",
]


def _units(doc: str, texts: list[str]) -> list[Candidate]:
    return [
        Candidate(doc, i * 100, i * 100 + 99, t, "sv", False, 0, False) for i, t in enumerate(texts)
    ]


def test_a_document_with_a_method_sentence_reports_a_study() -> None:
    units = _units("study", STUDY) + _units("plan", PLAN)
    assert study_documents(units).tolist() == [True] * 5 + [False] * 5
    spoken = [Candidate("talk", 0, 60, STUDY[4], "sv", False, 0, True)]
    assert study_documents(spoken).tolist() == [False]  # a speaker telling what was done


def test_a_swedish_analysis_method_is_the_studys_frame() -> None:
    assert is_method("Intervjuerna analyserades med tematisk analys.", "sv")
    assert is_method("Som analysmetod valdes en kvalitativ innehållsanalys.", "sv")
    assert not is_method("Innehållsanalysen visar att cheferna saknar stöd.", "sv")


def _scores() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    probs = np.array([[0.1], [0.15], [0.95], [0.2], [0.0]])  # one finding fits on its own
    around = np.array([[0.3], [0.95], [0.9], [0.95], [0.3]])  # its neighbours' windows fit
    apart = np.array([False, False, False, True, False])  # plain words, nearer no-code talk
    return probs, around, apart


def test_a_studys_paragraph_is_lifted_by_its_windows_apart_or_not() -> None:
    units = _units("study", STUDY)
    probs, around, apart = _scores()
    out = context.passages(units, probs, apart, around, study_documents(units))
    lifted = context.PASSAGE_FACTOR * 0.95
    assert out[:, 0] == pytest.approx([lifted, lifted, 0.95, lifted, lifted])
    # (the method sentence, last, is zeroed afterwards by the frame rule)


def test_the_same_paragraph_elsewhere_keeps_its_scores() -> None:
    units = _units("plan", PLAN)
    probs, around, apart = _scores()
    out = context.passages(units, probs, apart, around, study_documents(units))
    assert out == pytest.approx(probs)
    assert context.passages(units, probs, apart) == pytest.approx(probs)


def test_windows_alone_make_no_passage() -> None:
    units = _units("study", STUDY)
    probs = np.array([[0.1], [0.15], [0.3], [0.2], [0.0]])
    around = np.full((5, 1), 0.95)
    out = context.passages(units, probs, None, around, study_documents(units))
    assert out == pytest.approx(probs)

"""A written paragraph that makes one point is a passage: every sentence of it gets the code."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.model import Turn, Unit
from qualcode.nlp import context
from qualcode.nlp.scorers import Candidate
from tests.conftest import store_document

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# written for this test: a paragraph of research prose on long-term economics whose opening
# sentence carries none of the point's words (and still reads as about money, not as the
# bundled no-code talk: such a sentence is apart, ``test_passage_apart.py``)
OPENER = "Kommunerna i studien beskrev hur pengarna räckte allt sämre."
COSTLY = [
    "Besparingar på öppenvården ett år gav dyra externa placeringar på HVB året efter.",
    "När budgeten bara ses ett år i taget flyttas kostnaderna i stället för att minska.",
]


def _unit(turn: int, i: int, spoken: bool = False) -> Candidate:
    return Candidate("d", i * 10, i * 10 + 9, f"s{i}.", "sv", False, turn, spoken)  # a sentence


def test_a_paragraph_mostly_of_one_code_gives_it_to_every_sentence() -> None:
    units = [_unit(0, i) for i in range(5)] + [_unit(1, 5)]
    probs = np.array([[0.1, 0.0], [0.9, 0.3], [0.85, 0.0], [0.2, 0.0], [0.05, 0.0], [0.1, 0.0]])
    out = context.passages(units, probs)
    expected = context.PASSAGE_FACTOR * 0.875  # the median of the two that fit
    assert out[:5, 0] == pytest.approx(np.maximum(probs[:5, 0], expected))
    assert out[5, 0] == pytest.approx(0.1)  # the next paragraph is not this passage
    assert out[:, 1] == pytest.approx(probs[:, 1])  # one unit of code 1: no passage


def test_too_few_or_too_weak_fits_spread_nothing() -> None:
    units = [_unit(0, i) for i in range(5)]
    one_of_five = np.array([[0.95], [0.1], [0.1], [0.1], [0.1]])
    weak = np.array([[0.5], [0.55], [0.1], [0.1], [0.1]])  # fit, but not confidently
    for probs in (one_of_five, weak):
        assert context.passages(units, probs) == pytest.approx(probs)
    two = [_unit(0, 0), _unit(0, 1)]  # a paragraph of two units is no passage of its own
    probs = np.array([[0.9], [0.1]])
    assert context.passages(two, probs) == pytest.approx(probs)


def test_a_speakers_turn_is_not_a_passage() -> None:
    """An interview answer wanders from point to point; only written paragraphs spread."""
    units = [_unit(0, i, spoken=True) for i in range(3)]
    probs = np.array([[0.9], [0.9], [0.1]])
    assert context.passages(units, probs) == pytest.approx(probs)


def _document(project: Project, name: str, speaker: str | None) -> str:
    sentences = [OPENER, *COSTLY]
    text = f"{speaker}: " if speaker else ""
    start = len(text)
    units = []
    for sentence in sentences:
        units.append(Unit(len(units), len(text), len(text) + len(sentence)))
        text += sentence + " "
    text = text[:-1]
    return store_document(project, name, text, [Turn(0, speaker, start, len(text))], units)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "passages.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


@pytest.mark.slow
def test_the_opening_sentence_of_a_written_passage_is_suggested_with_it(project: Project) -> None:
    from qualcode.nlp.suggest import DEFAULT_THRESHOLD

    prose = _document(project, "report", None)
    spoken = _document(project, "interview", "R")
    engine = project.suggester()
    j = engine.codes.index("long_term_economics")
    scored = {}
    for doc in (prose, spoken):
        candidates, _ = project._candidates([doc])
        probs, comp = engine.score(candidates)
        assert comp.alone is not None
        scored[doc] = (float(comp.alone[0, j]), float(probs[0, j]), candidates)
    alone, written, candidates = scored[prose]
    assert alone < DEFAULT_THRESHOLD <= written, scored[prose][:2]
    assert scored[spoken][1] < DEFAULT_THRESHOLD  # the same words, said in an interview
    drafts = engine.suggest(candidates)
    opening = [d for d in drafts if d.start <= candidates[0].start < d.end]
    assert [(d.code, d.evidence.get("context")) for d in opening] == [
        ("long_term_economics", "its paragraph is a passage of this code")
    ]

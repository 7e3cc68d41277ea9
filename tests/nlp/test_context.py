"""A sentence read in its paragraph: its turn's neighbours lift it, other turns never do."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.model import Turn, Unit
from qualcode.nlp.context import combine, windows
from qualcode.nlp.scorers import Candidate
from tests.conftest import store_document

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# written for this test: a point about long-term costs, then a sentence that says little
# on its own ("it shows later, years later")
COSTLY = "Vi sparade in på öppenvården och sen fick vi betala dyra placeringar i stället."
VAGUE = "Och det märks sen, flera år senare."


def _document(project: Project, name: str, turns: list[tuple[str, list[str]]]) -> str:
    """A document of these speaker turns, each sentence a unit (no NLP pipeline)."""
    text, units, spans = "", [], []
    for speaker, sentences in turns:
        text += f"{speaker}: "
        start = len(text)
        for sentence in sentences:
            units.append(Unit(len(units), len(text), len(text) + len(sentence)))
            text += sentence + " "
        spans.append((speaker, start, len(text) - 1))
        text = text[:-1] + "\n\n"
    cut = [Turn(i, who, s, e) for i, (who, s, e) in enumerate(spans)]
    return store_document(project, name, text, cut, units)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "context.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


def _vague_scores(project: Project, doc: str) -> tuple[float, float]:
    """The vague sentence's long-term-economics probability: alone, and as suggested."""
    candidates, _ = project._candidates([doc])
    engine = project.suggester()
    probs, comp = engine.score(candidates)
    row = next(i for i, c in enumerate(candidates) if c.text == VAGUE)
    j = engine.codes.index("long_term_economics")
    assert comp.alone is not None
    return float(comp.alone[row, j]), float(probs[row, j])


@pytest.mark.slow
def test_a_vague_sentence_gets_the_code_of_its_paragraph(project: Project) -> None:
    from qualcode.nlp.suggest import DEFAULT_THRESHOLD

    doc = _document(project, "together", [("R", [COSTLY, VAGUE])])
    alone, suggested = _vague_scores(project, doc)
    assert alone < DEFAULT_THRESHOLD <= suggested, (alone, suggested)
    candidates, _ = project._candidates([doc])
    vague = next(c for c in candidates if c.text == VAGUE)
    drafts = project.suggester().suggest(candidates)
    covering = [d for d in drafts if d.start <= vague.start and vague.end <= d.end]
    assert [(d.code, d.evidence.get("context")) for d in covering] == [
        ("long_term_economics", "read with its neighbours in the same turn")
    ]


@pytest.mark.slow
def test_another_turn_or_an_interviewer_question_is_not_context(project: Project) -> None:
    from qualcode.nlp.suggest import DEFAULT_THRESHOLD

    apart = _document(project, "apart", [("R", [COSTLY]), ("R", [VAGUE])])
    asked = _document(project, "asked", [("I", [COSTLY]), ("R", [VAGUE])])
    for doc in (apart, asked):
        alone, suggested = _vague_scores(project, doc)
        assert suggested == pytest.approx(alone) and suggested < DEFAULT_THRESHOLD
    candidates, _ = project._candidates([asked])
    probs, _ = project.suggester().score(candidates)
    assert probs[0].max() == 0.0  # the question itself gets no code


def test_windows_stay_inside_one_turn_and_skip_interviewers() -> None:
    def unit(turn: int, i: int, asks: bool = False) -> Candidate:
        return Candidate("d", i * 10, i * 10 + 9, f"s{i}", "sv", asks, turn)

    cands = [unit(0, 0, True), unit(0, 1, True), unit(1, 2), unit(1, 3), unit(1, 4), unit(2, 5)]
    win = windows(cands, 1)
    assert win.owners == [2, 3, 4]  # interviewer turn and a lone sentence: no window
    assert win.members == [[2, 3], [2, 3, 4], [3, 4]]
    assert win.candidates[1].text == "s2 s3 s4"
    assert windows(cands, 0).members[0] == [2, 3, 4]  # 0: the whole turn


def test_a_window_lifts_a_unit_and_never_lowers_one() -> None:
    unit = np.array([[0.1, 0.8]])
    window = np.array([[0.9, 0.2]])
    lifted = combine(unit, window, 0.5)
    np.testing.assert_allclose(lifted, [[0.5, 0.8]])


@pytest.mark.slow
def test_windows_ask_the_embedder_for_no_text_of_their_own(project: Project) -> None:
    """A window's embedding is its units' mean: scoring with context asks the semantic tier
    only for the units' own texts, which background embedding has already computed."""
    from qualcode.nlp.suggest import Suggester

    asked: list[str] = []

    def embed(texts, kind):  # a deterministic stand-in vector per text, recording requests
        asked.extend(texts)
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).normal(size=8) for t in texts]
        out = np.array(rows, dtype=np.float32).reshape(len(texts), 8)
        return out / np.linalg.norm(out, axis=1, keepdims=True).clip(1e-9)

    doc = _document(project, "together", [("R", [COSTLY, VAGUE, COSTLY])])
    candidates, _ = project._candidates([doc])
    engine = Suggester(project.store.codes.list(), embed=embed)
    asked.clear()
    _, comp = engine.score(candidates)
    assert set(asked) == {c.text for c in candidates}
    assert comp.around is not None and comp.around[1].max() > 0  # the windows were scored

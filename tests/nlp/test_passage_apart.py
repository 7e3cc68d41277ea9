"""A passage does not lift a sentence that reads as talk of no code (stop 25).

A coded abstract holds its method and setting too ("the interviews were made with ...");
the passage rule gave them the abstract's code, and readers who label by passage leave
them uncoded (real6dev: 28% of no-code sentences flagged). A unit nearer to the bundled
no-code talk than to every code's passages keeps its own score.
"""

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

# written for this test: three findings on the systems perspective, then the study's method
FINDINGS = [
    "Studien visar att misstag i ärenden länge sågs som den enskilda socialsekreterarens fel.",
    "När arbetsgruppen i stället började söka orsakerna i hur arbetet var organiserat "
    "minskade sjukskrivningarna.",
    "Lex Sarah-anmälningar används nu för att lära av det som hänt, inte för att hitta en "
    "syndabock.",
]
METHOD = (
    "Intervjuerna genomfördes med fjorton socialsekreterare och fyra enhetschefer i två kommuner."
)


def _unit(i: int) -> Candidate:
    return Candidate("d", i * 10, i * 10 + 9, f"s{i}.", "sv", False, 0, False)


def test_a_unit_apart_keeps_its_own_score_in_a_passage() -> None:
    units = [_unit(i) for i in range(4)]
    probs = np.array([[0.9], [0.85], [0.95], [0.05]])
    apart = np.array([False, False, False, True])
    lifted = context.passages(units, probs)
    kept = context.passages(units, probs, apart)
    assert lifted[3, 0] == pytest.approx(context.PASSAGE_FACTOR * 0.9)  # as before
    assert kept[3, 0] == pytest.approx(0.05)
    assert kept[:3, 0] == pytest.approx(lifted[:3, 0])


def test_apart_means_nearer_to_the_no_code_talk_than_to_every_code() -> None:
    margin = np.array([[-0.02, -0.01], [-0.03, 0.01], [0.0, -0.5]])
    sem = {"sem_over_background": margin, "char_over_background": -margin}
    assert context.apart_from_codes(sem).tolist() == [True, False, False]
    core = {"char_over_background": margin}  # the tier off: the character margin
    assert context.apart_from_codes(core).tolist() == [True, False, False]
    assert context.apart_from_codes({}).tolist() == []


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "apart.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


def _abstract(project: Project) -> str:
    text, units = "", []
    for sentence in [*FINDINGS, METHOD]:
        units.append(Unit(len(units), len(text), len(text) + len(sentence)))
        text += sentence + " "
    text = text[:-1]
    return store_document(project, "abstract", text, [Turn(0, None, 0, len(text))], units)


@pytest.mark.slow
def test_the_method_sentence_of_a_coded_abstract_gets_no_code(project: Project) -> None:
    from qualcode.nlp.suggest import DEFAULT_THRESHOLD

    doc = _abstract(project)
    engine = project.suggester()
    j = engine.codes.index("systems_perspective")
    candidates, _ = project._candidates([doc])
    probs, comp = engine.score(candidates)
    assert comp.passage is not None and comp.passage[:3, j].any()  # the findings: a passage
    assert (probs[:3, j] >= DEFAULT_THRESHOLD).all()
    assert context.apart_from_codes(comp.features).tolist() == [False, False, False, True]
    assert probs[3].max() < DEFAULT_THRESHOLD, probs[3]
    drafts = engine.suggest(candidates)
    method = candidates[3]
    assert not [d for d in drafts if d.start < method.end and method.start < d.end]

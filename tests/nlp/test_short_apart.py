"""A short sentence of a coded paragraph is never held apart from its passage.

The passage and gap rules keep out a unit that lies nearer to the bundled no-code talk than
to every code (a study's method inside a coded abstract, stop 25). A sentence of a few words
lies far from all the codebook's passages whatever it says, so its margin cannot tell a
frame from a finding put briefly: on real6dev a one-line opener of a mission-dialogue
abstract was kept out of its passage. A unit of at most ``SHORT_WORDS`` words is no longer
apart; a method sentence is longer and still is (dev: real6dev 0.60 -> 0.62, no set lower).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp import context
from qualcode.nlp.scorers import Candidate
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, SHORT_WORDS, short_units

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# written for this test: findings on the systems perspective, a brief one, then the method
FINDINGS = [
    "Studien visar att misstag i ärenden länge sågs som den enskilda socialsekreterarens fel.",
    "Skillnaden märktes snabbt i gruppen.",
    "När arbetsgruppen i stället började söka orsakerna i hur arbetet var organiserat "
    "minskade sjukskrivningarna.",
    "Lex Sarah-anmälningar används nu för att lära av det som hänt, inte för att hitta en "
    "syndabock.",
]
METHOD = (
    "Intervjuerna genomfördes med fjorton socialsekreterare och fyra enhetschefer i två kommuner."
)


def _unit(text: str) -> Candidate:
    return Candidate("d", 0, len(text), text, "sv", False, 0, False)


def test_short_means_at_most_short_words_besides_marks() -> None:
    seven = "Ett två tre fyra fem sex sju."
    eight = "Ett två tre fyra fem sex sju åtta."
    assert SHORT_WORDS == 7
    assert short_units([_unit(seven), _unit(eight), _unit("[skratt] " + seven)]).tolist() == [
        True,
        False,
        True,
    ]
    assert short_units([]).shape == (0,)


@pytest.mark.slow
def test_a_brief_finding_joins_its_passage_the_method_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "brief.db") as project:
        project.load_codebook(CODEBOOK)
        text = " ".join([*FINDINGS, METHOD]) + "\n"
        doc = project.import_text("abstract.txt", text, lang="sv").id
        candidates, _ = project._candidates([doc])
        assert [c.text for c in candidates] == [*FINDINGS, METHOD]
        engine = project.suggester()
        j = engine.codes.index("systems_perspective")
        probs, comp = engine.score(candidates)
        apart = context.apart_from_codes(comp.features)
        assert apart[1] and apart[4]  # both read nearer to the no-code talk than to any code
        assert comp.alone[1, j] < DEFAULT_THRESHOLD  # the brief one says little alone
        assert probs[1, j] >= DEFAULT_THRESHOLD  # ... and is part of the passage now
        assert (probs[[0, 2, 3], j] >= DEFAULT_THRESHOLD).all()
        assert np.max(probs[4]) < DEFAULT_THRESHOLD  # the method keeps its own score

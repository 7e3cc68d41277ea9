"""A study's own frame fits no code (``nlp/frame.py``).

Research prose is coded by passage: its aims, findings and conclusions take the passage's
code, the sentences telling how the material was gathered take none. Such a sentence often
names the passage's theme (interviews *about* sick leave), so the passage rule lifted it
with its paragraph, or its keyword lifted it alone (dev: ten such sentences suggested on
real5dev, real6dev, real8dev and the written interviews). Sentences written for the test.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.model import Code
from qualcode.nlp import suggest
from qualcode.nlp.frame import frame_units, is_frame
from qualcode.nlp.scorers import Candidate
from qualcode.nlp.state import from_state, to_state
from qualcode.nlp.suggest import DEFAULT_THRESHOLD, Suggester
from tests.nlp.engine_kit import turning_point_codes

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

FRAME_SV = [
    "Materialet samlades in genom intervjuer med enhetschefer om sjukfrånvaron.",
    "Intervjuerna kompletterades med protokoll från socialnämndens sammanträden.",
    "Enkäten skickades ut till samtliga socialsekreterare i de tre kommunerna.",
    "Studien bygger på gruppintervjuer med handläggare och deras chefer.",
    "Totalt intervjuades tolv politiker och åtta förvaltningschefer.",
    "En svaghet är att intervjuarna kände till kommunernas resultat i förväg.",
]
FRAME_EN = [
    "Data were collected through interviews with team managers about caseloads.",
    "The survey was sent out to every children's services department in the region.",
    "Eleven councillors were interviewed in the autumn of that year.",
]
# the material named, but a finding or an aim: these keep their own scores
NOT_FRAME_SV = [
    "Intervjuerna visar att cheferna sällan fick föra fram personalens synpunkter.",
    "Enkäten som genomfördes i våras visade att arbetsbelastningen var för hög.",
    "De chefer som intervjuades menade att politikerna borde besöka verksamheten oftare.",
    "Syftet med studien var att undersöka hur nämnden och förvaltningen talar om uppdraget.",
    "Resultatet av intervjuerna var ett tiotal faktorer bakom sjukfrånvaron.",
    "Placeringskostnaderna ökade kraftigt när konsulterna ersatte de fast anställda.",
]
NOT_FRAME_EN = [
    "The interviews conducted for this review show that managers rarely heard from staff.",
    "Managers who were interviewed said that caseloads had become unmanageable.",
    "Agency staff cost the council far more than permanent social workers would.",
]


def _unit(text: str, lang: str = "sv", spoken: bool = False) -> Candidate:
    return Candidate("d", 0, len(text), text, lang, False, 0, spoken)


@pytest.mark.parametrize("text", FRAME_SV)
def test_swedish_method_sentences_are_frame(text: str) -> None:
    assert is_frame(text, "sv")


@pytest.mark.parametrize("text", FRAME_EN)
def test_english_method_sentences_are_frame(text: str) -> None:
    assert is_frame(text, "en")


@pytest.mark.parametrize("text", NOT_FRAME_SV)
def test_swedish_findings_and_aims_are_not_frame(text: str) -> None:
    assert not is_frame(text, "sv")


@pytest.mark.parametrize("text", NOT_FRAME_EN)
def test_english_findings_are_not_frame(text: str) -> None:
    assert not is_frame(text, "en")


def test_a_speakers_turn_and_an_unknown_language_have_no_frame() -> None:
    said = "Vi genomförde en enkät bland personalen om hur de hade det."
    assert is_frame(said, "sv")
    units = [_unit(said), _unit(said, spoken=True), _unit(said, lang="de")]
    assert frame_units(units).tolist() == [True, False, False]
    assert frame_units([]).shape == (0,)


# written for this test: a systems-perspective abstract on sick leave, its method second
ABSTRACT = [
    "Sjukfrånvaron bland socialsekreterarna sågs länge som ett problem hos den enskilda "
    "medarbetaren.",
    "Materialet samlades in genom intervjuer med enhetschefer om vad som påverkar "
    "sjukfrånvaron i deras grupper.",
    "Cheferna beskrev hur orsakerna till sjukskrivningarna i stället söktes i hur arbetet var "
    "organiserat.",
    "Nya rutiner för ärendefördelning och introduktion av nyanställda skyddade de enskilda "
    "handläggarna.",
]


@pytest.mark.slow
def test_the_method_sentence_leaves_its_passage_the_findings_keep_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "frame.db") as project:
        project.load_codebook(CODEBOOK)
        doc = project.import_text("abstract.txt", " ".join(ABSTRACT) + "\n", lang="sv").id
        candidates, _ = project._candidates([doc])
        assert [c.text for c in candidates] == ABSTRACT
        engine = project.suggester()
        j = engine.codes.index("systems_perspective")
        probs, _ = engine.score(candidates)
        assert (probs[[0, 2, 3], j] >= DEFAULT_THRESHOLD).all()
        assert np.max(probs[1]) == 0.0  # the method: no code of its own, none lent
        assert [d.start for d in engine.suggest(candidates)] == [
            candidates[0].start,
            candidates[2].start,
        ]
        # without the rule the paragraph's passage carried the method sentence along
        monkeypatch.setattr(suggest, "frame_units", lambda c: np.zeros(len(c), dtype=bool))
        before, comp = engine.score(candidates)
        assert before[1, j] >= DEFAULT_THRESHOLD and comp.passage is not None
        assert comp.passage[1, j]


def _method_code() -> Code:
    """A code for the method itself, as a review of studies might have (written here)."""
    return Code(
        id="metod",
        key="metod",
        names={"sv": "Metod"},
        definitions={"sv": "Hur studien gick till: vilka som intervjuades och hur."},
        keywords={"sv": ("intervjuer", "enkät", "datainsamling")},
        examples={
            "sv": (
                "Intervjuerna genomfördes med tolv enhetschefer under våren.",
                "Enkäten skickades ut till alla socialsekreterare i kommunen.",
            )
        },
    )


def test_a_code_for_the_method_keeps_its_method_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = Suggester([*turning_point_codes(), _method_code()], [])
    assert engine.method_codes().tolist() == [False, False, False, False, True]
    text = "Materialet samlades in genom intervjuer med chefer om sjukfrånvaron i deras grupper."
    probs, _ = engine.score([_unit(text)])
    j = engine.codes.index("metod")
    assert np.delete(probs[0], j).max() == 0.0  # no turning point's matter
    monkeypatch.setattr(suggest, "frame_units", lambda c: np.zeros(len(c), dtype=bool))
    free, _ = engine.score([_unit(text)])
    assert np.delete(free[0], j).max() > 0.0  # (the rule is what held them)
    assert probs[0, j] == free[0, j] > 0.0  # the method code scores it as without the rule
    monkeypatch.undo()
    meta, arrays = to_state(engine)  # a kept engine answers as the fitted one
    back = from_state(meta, arrays, [*turning_point_codes(), _method_code()])
    assert back.method_codes().tolist() == engine.method_codes().tolist()


def test_the_turning_points_have_no_method_code() -> None:
    assert not Suggester(turning_point_codes(), []).method_codes().any()


def test_which_codes_have_the_method_as_matter_is_read_once_not_per_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read on every score call it cost 3 ms of each batch of a warm ``qualcode suggest``:
    it is read when the engine is fitted, or restored from what a kept engine keeps."""
    codes = [*turning_point_codes(), _method_code()]
    engine = Suggester(codes, [])
    meta, arrays = to_state(engine)
    back = from_state(meta, arrays, codes)

    def unread(*_args: object) -> np.ndarray:
        raise AssertionError("method codes read again while scoring")

    monkeypatch.setattr(suggest, "method_codes", unread)
    text = "Materialet samlades in genom intervjuer med chefer om sjukfrånvaron i deras grupper."
    for kept in (engine, back):
        probs, _ = kept.score([_unit(text)])
        assert kept.method_codes().tolist() == [False, False, False, False, True]
        assert probs[0, kept.codes.index("metod")] > 0.0

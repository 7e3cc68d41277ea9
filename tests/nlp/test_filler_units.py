"""A unit whose own words carry no content ("[skratt] Det är en bra fråga.") is not
suggested on its own: its few character n-grams are its function words', and a coded
passage that shares them lent it a code (integration 0.66 in the demo)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp.normalise import content_words
from qualcode.nlp.scorers import Candidate
from qualcode.nlp.suggest import says_nothing

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def test_marks_stop_words_and_fillers_are_no_content() -> None:
    assert content_words("[skratt] Det är en bra fråga.", "sv") == ["fråga"]
    assert content_words("[laughs] That's a good question.", "en") == ["question"]
    assert content_words("Eh, asså (paus) ja, precis.", "sv") == []
    said = "Personalomsättningen var hög och handläggarna slutade."
    assert len(content_words(said, "sv")) >= 3


def test_a_keyword_is_content_however_short_the_unit() -> None:
    units = [
        Candidate("d", 0, 9, "Mentorer.", "sv", False, 0),
        Candidate("d", 10, 30, "[skratt] Det är en bra fråga.", "sv", False, 0),
        Candidate("d", 31, 60, "Vi anställde tre nya socionomer i fjol.", "sv", False, 0),
    ]
    lex = np.array([[0.0, 0.0, 0.8, 0.0], [0.0] * 4, [0.0] * 4])
    assert says_nothing(units, lex).tolist() == [False, True, False]


def test_a_long_sentence_of_stop_words_still_says_something() -> None:
    """spaCy's Swedish stop words take in "gjort", "något", "inte": this sentence has one
    content word ("person") and makes a point (systems perspective 0.83 in the demo)."""
    said = "Eh... kanske bara att det här inte är något en person har gjort."
    assert len(content_words(said, "sv")) <= 1
    units = [Candidate("d", 0, len(said), said, "sv", False, 0)]
    assert says_nothing(units, np.zeros((1, 4))).tolist() == [False]


@pytest.mark.slow
def test_the_demos_polite_filler_gets_no_code(demo: Path) -> None:
    with Project.open(demo) as project:
        (doc,) = [d.id for d in project.store.documents.summaries() if "aby_03" in d.name]
        candidates, _ = project._candidates([doc])
        (i,) = [n for n, c in enumerate(candidates) if c.text == "[skratt] Det är en bra fråga."]
        lead = project._learner("lena")  # lena leads: her engine learns from everyone
        probs, _ = project.suggester(only_coder=lead, semantic=False).score(candidates)
    assert probs[i].max() < 0.4, probs[i]  # integration 0.66 before, its neighbours 0.48


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "filler.db") as p:
        p.load_codebook(CODEBOOK)
        p.add_coder("lena", role="lead")
        yield p


# written for this test: an interview in each language whose coded passages share their
# function words and one noun with a polite filler later on
TALKS = {
    "sv": (
        [
            "Det är inte en HR-fråga, det är en rättssäkerhetsfråga när handläggarna byts.",
            "Det är den verkliga frågan för oss: omsättningen är så hög att ingen känner dem.",
            "Det är en fråga om arbetsbelastning, socionomerna har alldeles för många ärenden.",
        ],
        "[skratt] Det är en bra fråga.",
        "Vissa säger fortfarande att vi bara vill ha mer pengar.",
    ),
    "en": (
        [
            "It is not an HR question, it is a question of rights when caseworkers keep leaving.",
            "That is the real question for us: turnover is so high that nobody knows the families.",
            "It is a question of workload, the social workers have far too many cases each.",
        ],
        "[laughs] That is a good question.",
        "Some still say we only want more money.",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_filler_is_not_suggested_the_code_of_passages_it_echoes(
    project: Project, lang: str
) -> None:
    coded, filler, after = TALKS[lang]
    turns = [f"I: Hur gick det?\n\nIP: {c}" for c in coded]
    talk = "\n\n".join([*turns, f"I: Hur togs det emot?\n\nIP: {filler} {after}"]) + "\n"
    doc = project.import_text(f"intervju_{lang}.txt", talk, lang=lang).id
    for c in coded:
        at = talk.index(c)
        project.add_coding(doc, at, at + len(c), "integration", "lena")
    candidates, _ = project._candidates([doc])
    (i,) = [n for n, c in enumerate(candidates) if c.text == filler]
    probs, _ = project.suggester(only_coder="lena", semantic=False).score(candidates)
    assert probs[i].max() < 0.4, probs[i]  # integration 0.95 in English before

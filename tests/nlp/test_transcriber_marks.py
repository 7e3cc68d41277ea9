"""A transcriber's marks ("[skratt]", "(paus)", a time stamp) say how something was said,
not what: they are not read as words, so a coded passage that ends in a laugh does not lend
its code to every other laugh of the interview."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp.charvec import without_marks
from qualcode.nlp.similarity import char_vectorizer

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def test_marks_go_an_editors_insertion_and_an_abbreviation_stay() -> None:
    assert without_marks("[skratt] Nej, det är Åby.").split() == ["Nej,", "det", "är", "Åby."]
    assert without_marks("Ja (lång paus) det var så.").split() == ["Ja", "det", "var", "så."]
    assert without_marks("[00:42:37] Jag tycker det.").split() == ["Jag", "tycker", "det."]
    assert without_marks("It was [laughs, pause] fine.").split() == ["It", "was", "fine."]
    kept = ["The [Department for Education] report.", "Enligt lagen (SoL) ska nämnden."]
    assert [without_marks(t) for t in kept] == kept
    assert without_marks("(hemtjänst) är viktig") == "(hemtjänst) är viktig"


def test_a_sentence_reads_the_same_with_or_without_its_laugh() -> None:
    texts = [
        "Det gick ju inte ihop. [skratt]",
        "[skratt] Nej, det är Åby.",
        "Budgeten sprack (paus) redan i mars.",
        "Nej, det är Åby.",
    ]
    vectorizer = char_vectorizer(texts)
    assert not any(t.startswith("[s") or "paus" in t for t in vectorizer.terms)
    rows = vectorizer.transform(texts).toarray()
    np.testing.assert_array_equal(rows[1], rows[3])
    assert float(rows[0] @ rows[1]) < 0.2  # only "det" in common, no longer the laugh


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "marks.db") as p:
        p.load_codebook(CODEBOOK)
        p.add_coder("lena", role="lead")
        yield p


@pytest.mark.slow
def test_a_laugh_after_a_coded_passage_is_not_suggested_its_code(project: Project) -> None:
    # written for this test: an interview whose coded passage ends in a laugh
    talk = (
        "IP: Vi sparade på förebyggande insatser och fick betala dubbelt för placeringar "
        "året efter. Det gick ju inte ihop. [skratt]\n\n"
        "IP: Jag har bott här hela livet. [skratt] Nej, det är Åby.\n\n"
        "IP: Det regnade mycket den hösten. [skratt] Vi åkte hem tidigt.\n"
    )
    doc = project.import_text("intervju.txt", talk, lang="sv").id
    first = talk.index("Vi sparade")
    end = talk.index("[skratt]") + len("[skratt]")
    project.add_coding(doc, first, end, "long_term_economics", "lena")
    suggestions = project.suggest([doc], coder="lena", semantic=False)
    laughs = [talk.index("[skratt] Nej"), talk.index("[skratt] Vi åkte")]
    for s in suggestions:
        assert not any(s.start <= at < s.end for at in laughs), (s.code, s.score)

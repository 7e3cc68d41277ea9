"""In an official paper, a sentence that refers back goes on with the point before it.

A memo to a committee or a cabinet report makes a point and goes on with it ("Detta ger
...", "The plan will also ..."); its readers code the follow-ups with the point, which the
engine scored alone at no-code level (the policy set's cabinet report, benchmarks/SUGGEST.md
"Stop 32, policy32" and "Stop 33, zero33"). Research prose and news pages are coded
sentence by sentence and leave such follow-ups uncoded, so the rule runs only in a document
whose own text records who and when or takes a formal decision. The texts here are written
for the test.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp.follow import FOLLOW_FACTOR, FOLLOW_POINT, follow_points, papers, refers_back
from qualcode.nlp.scorers import DEFAULT_THRESHOLD, Candidate

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

RECORD = "Datum: 2024-03-12"
DECISION = "The committee noted the report."
POINT = "We will add eight social workers so that every caseload falls under twenty."
ON = "This will let each worker see the families she holds every month."
ALSO = "The plan will also give every team a senior practitioner."
NEW = "The chair thanked the officers for the report."


def _doc(doc: str, paragraphs: list[list[str]], spoken: bool = False) -> list[Candidate]:
    out, pos = [], 0
    for turn, texts in enumerate(paragraphs):
        for text in texts:
            out.append(Candidate(doc, pos, pos + len(text), text, "en", False, turn, spoken))
            pos += len(text) + 1
    return out


def test_which_openings_refer_back() -> None:
    assert refers_back(ON) and refers_back(ALSO)
    assert refers_back("Det innebär att fler tjänster behövs.")
    assert refers_back("Detta ger handläggarna mer tid.")
    assert refers_back("Nämnden vill också se färre byten av handläggare.")
    assert not refers_back(NEW)
    assert not refers_back("Nämnden beslutade att godkänna rapporten.")
    assert not refers_back("")


def test_a_document_is_a_paper_by_its_own_record_or_decision() -> None:
    memo = _doc("memo", [[RECORD], [POINT, ON]])
    minutes = _doc("minutes", [[DECISION], [POINT, ON]])
    report = _doc("report", [[POINT, ON]])
    assert papers(memo).all() and papers(minutes).all()
    assert not papers(report).any()
    both = report + memo  # per document: the memo's record makes no paper of the report
    assert papers(both).tolist() == [False, False, True, True, True]


def test_a_papers_point_is_lent_to_the_sentences_that_go_on_with_it() -> None:
    units = _doc("memo", [[RECORD], [POINT, ON, ALSO, NEW]])
    point = np.array([[0.0, 0.0], [0.1, 0.7], [0.0, 0.05], [0.0, 0.02], [0.0, 0.0]])
    out = follow_points(units, point, point.copy())
    assert np.allclose(out[2:4, 1], FOLLOW_FACTOR * 0.7)  # both follow-ups take the point
    assert out[4].tolist() == [0.0, 0.0]  # a sentence that starts something else does not
    assert np.array_equal(out[:2], point[:2]) and np.array_equal(out[:, 0], point[:, 0])


def test_outside_a_paper_nothing_is_lent() -> None:
    """Fails without the switch: the same paragraph in a report took the point."""
    units = _doc("report", [[POINT, ON, ALSO]])
    point = np.array([[0.0, 0.9], [0.0, 0.05], [0.0, 0.02]])
    assert np.array_equal(follow_points(units, point, point.copy()), point)


def test_what_ends_the_run() -> None:
    point = np.array([[0.0, 0.0], [0.0, 0.7], [0.0, 0.05], [0.0, 0.02]])
    # a sentence that does not refer back ends it, even if one after it does
    units = _doc("memo", [[RECORD], [POINT, NEW, ON]])
    assert np.array_equal(follow_points(units, point, point.copy()), point)
    units = _doc("memo", [[RECORD], [POINT, ON, ALSO]])
    low = point.copy()  # a point under FOLLOW_POINT lends nothing
    low[1, 1] = FOLLOW_POINT - 0.01
    assert np.array_equal(follow_points(units, low, low.copy()), low)
    other = point.copy()  # a follow-up fitting another code makes that point instead
    other[2, 0] = 0.5
    assert np.array_equal(follow_points(units, other, other.copy()), other)
    apart = np.array([False, False, True, False])  # one that reads as talk of no code
    assert np.array_equal(follow_points(units, point, point.copy(), apart), point)


def test_never_across_a_paragraph_nor_in_a_speakers_turn() -> None:
    point = np.array([[0.0, 0.0], [0.0, 0.9], [0.0, 0.0]])
    units = _doc("memo", [[RECORD], [POINT], [ON]])
    assert np.array_equal(follow_points(units, point, point.copy()), point)
    spoken = _doc("memo", [[RECORD], [POINT, ON]], spoken=True)
    assert np.array_equal(follow_points(spoken, point, point.copy()), point)


POINT_SV = (
    "Förvaltningen föreslår att nämnden anställer fyra socialsekreterare så att "
    "ärendemängden per handläggare sjunker och barnen får bättre utredningar."
)
ON_SV = "Dessa tjänster gör det möjligt att följa upp varje barn i tid."


@pytest.mark.slow
def test_a_memos_follow_up_is_suggested_with_its_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    body = f"{POINT_SV} {ON_SV}\n"
    with Project.create(tmp_path / "memo.db") as project:
        project.load_codebook(CODEBOOK)
        memo = project.import_text("memo.txt", f"Tjänsteutlåtande\n\n{RECORD}\n\n{body}", lang="sv")
        plain = project.import_text("rapport.txt", body, lang="sv")
        engine = project.suggester()
        j = engine.codes.index("integration")
        found = {}
        for doc in (memo.id, plain.id):
            candidates, _ = project._candidates([doc])
            texts = [c.text for c in candidates]
            probs, comp = engine.score(candidates)
            point, on = texts.index(POINT_SV), texts.index(ON_SV)
            assert comp.alone is not None and comp.alone[point, j] >= FOLLOW_POINT
            assert comp.alone[on].max() < DEFAULT_THRESHOLD  # alone it says little
            found[doc] = probs[on, j]
            if doc == memo.id:
                drafts = [d for d in engine.suggest(candidates) if d.code == "integration"]
                assert [(d.start, d.end) for d in drafts] == [
                    (candidates[point].start, candidates[on].end)
                ]
                assert drafts[0].evidence["context"] == (
                    "goes on with the point of the sentence before it"
                )
        assert found[memo.id] >= DEFAULT_THRESHOLD  # in the memo it goes on with the point
        assert found[plain.id] < DEFAULT_THRESHOLD  # in a report it is left alone

"""A suggested passage never starts or ends on a heading line nor runs across one: a coder
accepts a passage in one keystroke, and one that opened at a section's heading and ran over
three paragraphs could only be rejected or cut by hand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.nlp import context
from qualcode.nlp.drafts import merge_runs
from qualcode.nlp.scorers import Candidate

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def _unit(turn: int, text: str, at: int) -> Candidate:
    return Candidate("d", at * 100, at * 100 + len(text), text, "sv", False, turn, False)


def test_a_line_of_its_own_never_joins_a_run_across_paragraphs() -> None:
    units = [
        _unit(0, "Kostnaderna har ökat kraftigt.", 0),
        _unit(1, "Ekonomi och långsiktighet i socialtjänstens arbete med barn och unga", 1),
        _unit(2, "Placeringarna kostar mer än förebyggande insatser.", 2),
        _unit(2, "Nämnden räknar nu på flera år.", 3),
        _unit(3, "Det gäller även familjehemmen.", 4),
    ]
    assert context.lines(units).tolist() == [False, True, False, False, False]
    hit = np.ones(len(units), dtype=bool)
    lines = context.lines(units)
    # nor does a run cross from one paragraph into the next (stop 30)
    assert merge_runs(units, hit, lines) == [[0], [1], [2, 3], [4]]


def test_a_heading_read_into_its_paragraph_is_a_line_and_no_passage_lifts_it() -> None:
    units = [
        _unit(0, "Studien visar att politikerna styr budgeten.", 0),
        _unit(0, "Enhetscheferna önskar dialog med nämnden.", 1),
        _unit(0, "Tilliten till tjänstepersonerna är viktig.", 2),
        _unit(0, "Studiens huvudresultat", 3),
    ]
    assert context.lines(units).tolist() == [False, False, False, True]
    probs = np.array([[0.95], [0.9], [0.9], [0.1]])
    assert context.passages(units, probs)[:, 0].tolist() == pytest.approx(
        [0.95, 0.9, 0.9, 0.1]  # the three sentences keep their own; the heading is not lifted
    )
    hit = np.ones(len(units), dtype=bool)
    assert merge_runs(units, hit, context.lines(units)) == [[0, 1, 2], [3]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "page.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


# written for this test: a municipal page on the social services' work environment, as a
# browser copies it (one line break between a heading and its text) and as a word
# processor saves it (a blank line between paragraphs, a long title and a long heading)
COPIED = (
    "Socialtjänstens arbetsmiljö\n"
    "Nämnden har under året arbetat med att förbättra arbetsmiljön för socialsekreterarna. "
    "Personalomsättningen har varit hög och många nyanställda har slutat inom ett år.\n"
    "Ekonomi och långsiktighet\n"
    "Kostnaderna för externa placeringar har ökat kraftigt. Besparingar på förebyggande "
    "insatser ett år har gett dyra placeringar året efter.\n"
    "Dialog med politiken\n"
    "Nämndens ledamöter har besökt arbetsplatsträffar och lyssnat på medarbetarna. "
    "Förvaltningschefen och presidiet träffas varje månad.\n"
)
SAVED = (
    "Handlingsplan för arbetsmiljön inom individ- och familjeomsorgen 2024–2026\n\n"
    "Beslutad av socialnämnden\n\n"
    "Personal och kompetens\n\n"
    "Nämnden har under året arbetat med att förbättra arbetsmiljön för socialsekreterarna. "
    "Personalomsättningen har varit hög och många nyanställda har slutat inom ett år.\n\n"
    "Introduktionen av nyanställda har förbättrats med mentorer och ett tak för antalet "
    "ärenden. Handledning erbjuds varannan vecka.\n\n"
    "Ekonomi och långsiktighet i socialtjänstens arbete med barn och unga\n\n"
    "Kostnaderna för externa placeringar har ökat kraftigt. Besparingar på förebyggande "
    "insatser ett år har gett dyra placeringar året efter.\n"
)
HEADINGS = {
    "copied": ["Socialtjänstens arbetsmiljö", "Ekonomi och långsiktighet", "Dialog med politiken"],
    "saved": [
        "Handlingsplan för arbetsmiljön",
        "Beslutad av socialnämnden",
        "Personal och kompetens",
        "Ekonomi och långsiktighet i",
    ],
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["copied", "saved"])
def test_no_suggested_passage_starts_ends_or_runs_over_a_heading(
    project: Project, kind: str
) -> None:
    page = COPIED if kind == "copied" else SAVED
    doc = project.import_text(f"{kind}.txt", page, lang="sv").id
    suggestions = project.suggest([doc], semantic=False)
    assert suggestions  # the page's sections are still suggested
    for heading in HEADINGS[kind]:
        at = page.index(heading)
        for s in suggestions:
            assert not s.start <= at < s.end, (heading, s.code, page[s.start : s.end][:60])
    sections = [page.index(h) for h in HEADINGS[kind]]
    for s in suggestions:  # a passage lies within one section
        assert len({sum(at < s.start for at in sections), sum(at < s.end for at in sections)}) == 1

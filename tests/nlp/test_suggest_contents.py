"""A table of contents names the sections that follow: its lines are never suggested, though
a run of short lines elsewhere is a list whose items say things and are scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.nlp import headings
from qualcode.nlp.scorers import Candidate

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"


def _unit(turn: int, text: str, lang: str = "en") -> Candidate:
    return Candidate("d", turn * 100, turn * 100 + len(text), text, lang, False, turn, False)


def test_the_lines_under_a_contents_title_are_headings_up_to_the_first_paragraph() -> None:
    # written for this test: the opening of a council's workforce plan
    units = [
        _unit(0, "Contents"),
        _unit(1, "Why a workforce plan?"),
        _unit(2, "Support for newly qualified staff"),
        _unit(3, "Caseload limits:"),
        _unit(4, "Supervision and reflective practice"),
        _unit(5, "Working with elected members ..... 12"),
        _unit(6, "Why a workforce plan?"),
        _unit(7, "The council has lost a third of its social workers in two years."),
        _unit(8, "Mentoring for new starters"),
        _unit(9, "A cap of fifteen children per worker"),
        _unit(10, "Group supervision every other week"),
    ]
    assert headings.headings(units).tolist() == [True] * 7 + [False] * 4


def test_a_swedish_contents_with_numbers_and_pages_and_entries_standing_again() -> None:
    units = [
        _unit(0, "Innehållsförteckning", "sv"),
        _unit(1, "1. Bakgrund 3", "sv"),
        _unit(2, "2. Dialog med nämnden 5", "sv"),
        _unit(3, "3. Långsiktig ekonomi 8", "sv"),
        _unit(4, "Bakgrund", "sv"),
        _unit(5, "Förvaltningen har haft svårt att rekrytera i flera år.", "sv"),
    ]
    assert headings.headings(units).tolist() == [True, True, True, True, True, False]
    # no title: entries found again as the sections' own headings are a contents all the same
    # (after a sentence: the lines a document opens with are its title page, lines.title_page)
    untitled = [
        _unit(0, "Planen gäller från januari.", "sv"),
        _unit(1, "Mentorskap för nyanställda", "sv"),
        _unit(2, "Tak för antalet ärenden", "sv"),
        _unit(3, "Handledning varannan vecka", "sv"),
        _unit(4, "Mentorskap för nyanställda", "sv"),
        _unit(5, "Varje ny socialsekreterare får en mentor det första halvåret.", "sv"),
    ]
    assert headings.headings(untitled).tolist() == [False, True, False, False, True, False]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "contents.db") as p:
        p.load_codebook(CODEBOOK)
        yield p


@pytest.mark.slow
def test_no_line_of_a_reports_contents_is_suggested(project: Project) -> None:
    # written for this test: a report's contents, then its first section
    entries = [
        "Contents",
        "Dialogue between managers and the committee",
        "Caseloads and the quality of assessments",
        "Agency staff and the cost of turnover",
        "Learning from incidents in the organisation",
        "Dialogue between managers and the committee",
    ]
    body = (
        "Managers and elected members now meet twice a term to agree what to prioritise "
        "when the resources do not stretch. Before, the budget came down from the "
        "committee and nobody asked the social workers what was realistic."
    )
    doc = project.import_text("plan.txt", "\n\n".join([*entries, body]) + "\n", lang="en").id
    candidates, _ = project._candidates([doc])
    assert [c.text for c in candidates[: len(entries)]] == entries
    probs, _ = project.suggester().score(candidates)
    assert probs[: len(entries)].max() == 0.0
    assert probs[len(entries) :].max() >= 0.4  # the section under it is scored as before

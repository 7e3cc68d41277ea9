"""A coding's, memo's or suggestion's id is found by its start, which the store asks
SQLite with LIKE, where "_" stands for any one character and "%" for any run. Written
as a reference they were patterns: with one memo in the project, `edit_memo("")`,
`edit_memo("%")` and `edit_memo("_")` edited it; with one pending suggestion, `suggest
accept ""` (an empty shell variable) accepted it; and `code remove ____` removed the one
coding. A reference now reads as the characters it is, and a start shorter than four
characters (listings print eight) names nothing: refused in one line, nothing written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.pending_kit import suggestion_row, write_pending

REFS = ["", "%", "_", "____", "%%%%", "\\%"]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """lena's project with one document, one coding, one memo and one pending suggestion."""
    p = Project.create(tmp_path / "p.db")
    p.add_coder("lena", role="lead")
    p.act_as("lena")
    p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    doc = p.import_text("ip1.txt", "R: Vi pratade om uppdraget. Det blev bättre.", lang="sv").id
    p.add_coding(doc, 3, 27, "mission", "lena")
    p.add_memo("document", doc, "lena", "min anteckning")
    code_id = p.store.codes.get("mission").id
    write_pending(p, doc, [suggestion_row(doc, 28, 44, code_id)])
    with p:
        yield p


@pytest.mark.parametrize("ref", REFS)
def test_a_pattern_names_no_memo(project: Project, ref: str) -> None:
    with pytest.raises(NotFoundError):
        project.edit_memo(ref, "ändrad", "lena")
    assert [m.text for m in project.memos()] == ["min anteckning"]


@pytest.mark.parametrize("ref", REFS)
def test_a_pattern_names_no_suggestion(project: Project, ref: str) -> None:
    with pytest.raises(NotFoundError):
        project.accept_suggestions([ref], "lena")
    assert [s.status for s in project.suggestions()] == ["pending"]


@pytest.mark.parametrize("ref", REFS)
def test_a_pattern_names_no_coding(project: Project, ref: str) -> None:
    with pytest.raises(NotFoundError):
        project.remove_coding(ref, "lena")
    assert len(project.codings()) == 1


def test_an_ids_start_still_names_it(project: Project) -> None:
    memo, coding = project.memos()[0], project.codings()[0]
    (suggestion,) = project.suggestions()
    assert project.edit_memo(memo.id[:8], "ändrad", "lena").text == "ändrad"
    assert project.remove_coding(coding.id[:4], "lena").id == coding.id
    assert len(project.accept_suggestions([suggestion.id[:8]], "lena")) == 1

"""An interviewer named in the speaker labels gets no suggestions: her questions are not
a participant's view.

"Maria:" asking "Per:" (no attribute), or "Intervjuare Maria:", were the interviewer's in
every export (``Project.interviewer_labels``), but the engine read only "I", "Intervjuare"
and the attribute as written, so her question was suggested (merged with the answer after
it, mission dialogue 1.000) and the ranked list offered her turns (eyes38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.project.interview_kit import DOCS, QUESTIONS, interviews


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with interviews(tmp_path / "p.db") as p:
        yield p


def _asked(project: Project, doc: str) -> list[tuple[int, int]]:
    """The character spans of the interviewer's turns in ``doc``."""
    asker = DOCS[doc][0]
    text = project.document(doc).text
    spans, at = [], 0
    for line in text.splitlines(keepends=True):
        if line.startswith(f"{asker}:"):
            spans.append((at, at + len(line)))
        at += len(line)
    return spans


@pytest.mark.parametrize("doc", ["a_no_attribute.txt", "b_whole_name.txt", "c_role_beside.txt"])
def test_a_named_interviewers_questions_are_not_suggested(project: Project, doc: str) -> None:
    assert QUESTIONS  # the interview: three questions, three answers
    asked = _asked(project, doc)
    assert len(asked) == 3
    found = project.suggest([doc], coder="lena")
    assert found  # the answers are suggested
    ranked = project.ranked(doc, coder="lena", limit=50)
    for start, end in asked:
        assert not [s for s in found if start <= s.start < end]
        assert not [r for r in ranked if start <= r.start < end]

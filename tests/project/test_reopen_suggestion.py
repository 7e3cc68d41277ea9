"""Project.reopen_suggestions: a rejection taken back (the coding screen's `u` after `r`)
is pending again, only by the person who rejected it, audited; anything else is refused
in one line and nothing is written."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


def _two(project: Project) -> tuple[str, str]:
    """Two of karin's real suggestions (keywords and n-grams) on the small document."""
    project.act_as("karin")
    found = project.suggest(coder="karin", semantic=False, min_score=0.0)
    assert len(found) >= 2
    first, second = project.suggestions()[:2]
    return first.id, second.id


def test_a_rejection_taken_back_is_pending_again_and_audited(project: Project) -> None:
    first, second = _two(project)
    project.reject_suggestions([first], "karin")
    project.reopen_suggestions([first], "karin")
    again = {s.id: s for s in project.suggestions(status=None)}
    assert again[first].status == "pending" and again[first].decided_by is None
    assert project.audit()[-1].action == "suggestion.reopen"
    with pytest.raises(QualcodeError, match="is not a rejection of karin's"):
        project.reopen_suggestions([second], "karin")  # pending: nothing to take back
    project.accept_suggestions([second], "karin")
    with pytest.raises(QualcodeError, match="is not a rejection of karin's"):
        project.reopen_suggestions([second], "karin")  # accepted is no rejection
    assert [s.status for s in project.suggestions(status=None) if s.id == second] == ["accepted"]


def test_a_coder_cannot_take_back_anothers_rejection(project: Project) -> None:
    first, _ = _two(project)
    project.reject_suggestions([first], "karin")
    project.act_as("johan")
    before = len(project.audit())
    with pytest.raises(QualcodeError):
        project.reopen_suggestions([first], "karin")  # acting as someone else
    with pytest.raises(QualcodeError):
        project.reopen_suggestions([first], "johan")  # not johan's rejection
    project.act_as("karin")
    assert [s.status for s in project.suggestions(status=None) if s.id == first] == ["rejected"]
    project.act_as("johan")
    assert len(project.audit()) == before

"""An acceptance undone (its coding removed) opens the suggestion again: pending, shown,
proposed again by the next run without a twin, and accepted again when the coding comes
back. The suggestion stayed "accepted" with nothing coded, and removing its row on a new
run would have broken the removed coding's reference (issue 10, item 8)."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.model import Suggestion


def _accepted(project: Project) -> tuple[Suggestion, str]:
    """karin accepts the best of her real suggestions (keywords and n-grams)."""
    project.act_as("karin")
    found = project.suggest(coder="karin", semantic=False, min_score=0.0)
    assert found
    best = max(found, key=lambda s: s.score)
    (coding,) = project.accept_suggestions([best.id], "karin")
    return best, coding


def _status(project: Project, suggestion: Suggestion) -> str:
    return next(s.status for s in project.suggestions(status=None) if s.id == suggestion.id)


def test_removing_the_coding_reopens_and_restoring_it_accepts_again(project: Project) -> None:
    suggestion, coding = _accepted(project)
    project.remove_coding(coding, actor="karin")
    assert _status(project, suggestion) == "pending"
    assert suggestion.id in {s.id for s in project.suggestions()}
    entry = project.audit()[-1]
    assert entry.action == "suggestion.reopen"
    assert entry.payload["because"] == "its coding was removed"
    project.restore_coding(coding, actor="karin")
    assert _status(project, suggestion) == "accepted"
    assert suggestion.id not in {s.id for s in project.suggestions()}
    assert [c.id for c in project.codings(coder="karin")] == [coding]


def test_a_new_run_keeps_the_reopened_suggestion_without_a_twin(project: Project) -> None:
    suggestion, coding = _accepted(project)
    project.remove_coding(coding, actor="karin")
    again = project.suggest(coder="karin", semantic=False, min_score=0.0)
    same = [
        s
        for s in again
        if (s.start, s.end, s.code) == (suggestion.start, suggestion.end, suggestion.code)
    ]
    assert [s.id for s in same] == [suggestion.id]
    assert {s.id for s in project.suggestions()} == {s.id for s in again}
    project.accept_suggestions([suggestion.id], "karin")  # decided again from the list
    assert _status(project, suggestion) == "accepted"


def test_a_rejection_after_the_undo_stays_when_the_coding_comes_back(project: Project) -> None:
    suggestion, coding = _accepted(project)
    project.remove_coding(coding, actor="karin")
    project.reject_suggestions([suggestion.id], "karin")
    project.restore_coding(coding, actor="karin")
    assert _status(project, suggestion) == "rejected"


def test_merging_or_retiring_the_code_after_an_undo_works(project: Project) -> None:
    suggestion, coding = _accepted(project)
    project.remove_coding(coding, actor="karin")
    project.act_as("lena")
    other = next(
        c.key for c in project.codebook() if c.key != suggestion.code and c.key != "caseload"
    )
    project.merge_codes(suggestion.code, other, actor="lena")
    project.act_as("karin")
    assert suggestion.id not in {s.id for s in project.suggestions()}  # no longer acceptable
    with pytest.raises(QualcodeError):
        project.accept_suggestions([suggestion.id], "karin")


def test_code_remove_says_the_suggestion_is_pending_again(project: Project) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    suggestion, coding = _accepted(project)
    path = project.path
    project.close()
    result = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "karin", "code", "remove", coding]
    )
    assert result.exit_code == 0, result.output
    assert f"suggestion {suggestion.id[:8]} is pending again" in result.output

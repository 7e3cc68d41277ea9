"""A memo written on a coding that was removed, from another window or before. The
coding was found by id whether removed or not, and before the write lock, so the memo
was attached to a coding no list, margin or report shows: the coder's note was kept
where nobody would ever read it, without a word. It is refused in one line now, and
the coding is looked up inside the writer's transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.hostile_kit import karins_coding, racing


def test_a_memo_on_a_coding_removed_meanwhile_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    coding = karins_coding(path)

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("karin")
            return project.add_memo("coding", coding, "karin", "why this fits the mission")

    with Project.open(path) as other:
        other.act_as("karin")
        _, raised = racing(action, other, lambda p: p.remove_coding(coding, "karin"))
    assert isinstance(raised, ValidationError), raised
    assert "was removed" in str(raised) and "\n" not in str(raised)
    with Project.open(path) as project:
        assert project.memos("coding") == []


def test_a_memo_on_a_coding_removed_before_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    coding = karins_coding(path)
    with Project.open(path) as project:
        project.act_as("karin")
        project.remove_coding(coding, "karin")
        with pytest.raises(ValidationError, match="was removed"):
            project.add_memo("coding", coding, "karin", "a note")
        project.restore_coding(coding, "karin")
        assert project.add_memo("coding", coding, "karin", "a note").target_id == coding

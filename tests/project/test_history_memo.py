"""A memo saved is a step of the coding screen's undo history (tests/tui/test_undo_memo.py):
undone, the memo is removed (soft); redone, its text is written on its target again."""

from __future__ import annotations

from qualcode import Project
from qualcode.project.history import History


def test_a_memo_step_is_undone_and_redone(
    project: Project,
) -> None:
    """The memo is the step undone, not the coding before it; redo writes it again."""
    project.act_as("karin")
    doc = project.documents()[0].id
    unit = project.units(doc)[0]
    history = History(project, "karin", doc)
    coding = project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
    history.record(None, coding)
    memo = project.add_memo("coding", coding.id, "karin", "first thought")
    history.record_memo(memo)
    history.undo()  # the memo
    assert project.memos("coding", coding.id) == []
    assert [c.id for c in project.codings(coder="karin")] == [coding.id]
    history.redo()
    (again,) = project.memos("coding", coding.id)
    assert again.text == "first thought" and again.id != memo.id

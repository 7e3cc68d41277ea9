"""Undo in the coding screen brings back a coding this session removed. When the same
passage was coded again meanwhile (from the CLI, or another window), restoring it would make
two live identical codings: the step is refused with the one-line message the screen shows
(a ``QualcodeError``), not a database error that ends the TUI, and nothing is written."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.project.history import History


def test_undoing_a_removal_after_the_passage_was_coded_again_is_refused(
    project: Project,
) -> None:
    doc = project.documents()[0]
    history = History(project, "karin", doc.id)
    coding = project.add_coding(doc.id, 0, 8, "integration", "karin")
    project.remove_coding(coding.id, actor="karin")
    history.record(coding, None)
    again = project.add_coding(doc.id, 0, 8, "integration", "karin")  # e.g. from the CLI
    entries = len(project.audit())
    with pytest.raises(QualcodeError, match="already coded"):
        history.undo()
    assert [c.id for c in project.codings(coder="karin")] == [again.id]
    assert len(project.audit()) == entries

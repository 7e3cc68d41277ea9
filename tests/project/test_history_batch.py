"""An undo or redo step of many codings (accept-all's batch) is one transaction: all of it
is written or none. Each coding was its own transaction, so a refusal half-way (a coding of
the batch removed meanwhile from the CLI) left the first half undone, the rest live, and
the step gone from the stack."""

from __future__ import annotations

import sqlite3

import pytest

from qualcode import Project
from qualcode.errors import ProjectError, ValidationError
from qualcode.project.history import History
from tests.pending_kit import suggestion_row, write_pending


def _three_codings(project: Project) -> tuple[History, list[str]]:
    """karin codes the document's first three units by one key (one step), after one
    coding of her own by another key (the step before it)."""
    doc = project.documents()[0]
    units = project.units(doc.id)
    history = History(project, "karin", doc.id)
    first = project.add_coding(doc.id, units[3].start, units[3].end, "mission_dialogue", "karin")
    history.record(None, first)
    batch = [project.add_coding(doc.id, u.start, u.end, "integration", "karin") for u in units[:3]]
    history.record_batch([(None, c) for c in batch])
    return history, [c.id for c in batch]


def _live(project: Project) -> set[str]:
    return {c.id for c in project.codings(coder="karin")}


def test_a_coding_removed_meanwhile_leaves_the_rest_of_the_step_to_undo(
    project: Project,
) -> None:
    """Removed meanwhile (the CLI), it is already as the undo wants it: refused, one coding
    removed by hand left accept-all's other 499 impossible to take back with u (red team 16)."""
    history, batch = _three_codings(project)
    project.remove_coding(batch[0], actor="karin")
    assert history.undo() is not None
    assert not set(batch) & _live(project)
    assert history.redo() is not None  # the whole step comes back, as it was made
    assert set(batch) <= _live(project)


def test_a_batch_undo_refused_half_way_writes_none_of_it(project: Project) -> None:
    doc = project.documents()[0]
    history, batch = _three_codings(project)
    removed = project.coding(batch[2])
    history.undo()  # the batch taken back: the next u would bring it back (redo)
    history.redo()
    project.remove_coding(batch[2], actor="karin")  # by hand, then coded again meanwhile
    again = project.add_coding(doc.id, removed.start, removed.end, "integration", "karin")
    entries = len(project.audit())
    history.undo()  # the batch, its third already gone: as the undo wants it
    with pytest.raises(ValidationError, match="already coded"):
        history.redo()  # its third cannot come back beside the one coded again
    assert not set(batch) & _live(project) and again.id in _live(project)
    assert len(project.audit()) == entries + 2  # the undo's two removals, none of the redo
    assert history.size(redo=True) == 0  # the refused step is dropped
    assert history.size() == 1  # the one before it stays


def test_a_step_the_file_could_not_take_stays_to_try_again(project: Project) -> None:
    """'another program held the project ...; nothing written, try again': dropped, the u
    that tried again undid the step before it instead."""
    history, batch = _three_codings(project)
    project.store.database.conn.execute("PRAGMA busy_timeout = 0")  # no 30 s wait here
    other = sqlite3.connect(project.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a colleague's process writing meanwhile
    try:
        with pytest.raises(ProjectError, match="try again"):
            history.undo()
    finally:
        other.execute("COMMIT")
        other.close()
    assert set(batch) <= _live(project) and history.size() == 3
    history.undo()
    assert not set(batch) & _live(project)


def test_a_rejection_is_undone_after_a_later_change_was(project: Project) -> None:
    """Older steps re-pointed at a changed coding's row lost a rejection's suggestion, and
    its u said Undone and left the suggestion rejected (red team 16)."""
    doc = project.documents()[0]
    unit = project.units(doc.id)[0]
    code_id = project.store.codes.id_for_key("mission_dialogue")
    write_pending(project, doc.id, [suggestion_row(doc.id, unit.start, unit.end, code_id)])
    suggestion = project.suggestions(doc.id)[0]
    history = History(project, "karin", doc.id)
    project.reject_suggestions([suggestion.id], "karin")
    history.record_rejection(suggestion.id)
    coding = project.add_coding(doc.id, unit.start, unit.end, "integration", "karin")
    history.record(None, coding)
    changed = project.change_coding(coding.id, "caseload", actor="karin")
    history.record(coding, changed)
    history.undo()  # the change: the first row is back, and older steps follow it
    history.undo()  # the coding
    history.undo()  # the rejection
    assert [s.id for s in project.suggestions(doc.id)] == [suggestion.id]


def test_a_batch_undo_and_redo_write_every_coding(project: Project) -> None:
    history, batch = _three_codings(project)
    entries = len(project.audit())
    assert history.undo() is not None
    assert not set(batch) & _live(project)
    assert len(project.audit()) == entries + 3
    assert history.redo() is not None
    assert set(batch) <= _live(project)  # the same rows back, with their ids
    assert history.size(redo=True) == 0 and history.size() == 3  # the batch on top again

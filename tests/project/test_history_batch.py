"""An undo or redo step of many codings (accept-all's batch) is one transaction: all of it
is written or none. Each coding was its own transaction, so a refusal half-way (a coding of
the batch removed meanwhile from the CLI) left the first half undone, the rest live, and
the step gone from the stack."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.project.history import History


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


def test_a_batch_undo_refused_half_way_writes_none_of_it(project: Project) -> None:
    history, batch = _three_codings(project)
    # removed meanwhile (the CLI): the last of the batch to be undone, after the other two
    project.remove_coding(batch[0], actor="karin")
    entries = len(project.audit())
    with pytest.raises(ValidationError, match="already removed"):
        history.undo()
    assert set(batch[1:]) <= _live(project)  # the other two were removed, then rolled back
    assert len(project.audit()) == entries
    assert history.size() == 1  # the refused step is dropped; the one before it stays
    history.undo()
    assert _live(project) == set(batch[1:])


def test_a_batch_undo_and_redo_write_every_coding(project: Project) -> None:
    history, batch = _three_codings(project)
    entries = len(project.audit())
    assert history.undo() is not None
    assert not set(batch) & _live(project)
    assert len(project.audit()) == entries + 3
    assert history.redo() is not None
    assert set(batch) <= _live(project)  # the same rows back, with their ids
    assert history.size(redo=True) == 0 and history.size() == 3  # the batch on top again

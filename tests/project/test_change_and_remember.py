"""Changing a coding's code keeps the old row; a login's chosen coder is kept in the file."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, ValidationError


def test_change_coding_soft_deletes_the_old_row_and_audits(project: Project) -> None:
    doc = project.documents()[0]
    old = project.add_coding(doc.id, 0, 8, "integration", "karin")
    new = project.change_coding(old.id, "mission_dialogue", actor="karin")
    assert (new.start, new.end, new.code, new.coder) == (0, 8, "mission_dialogue", "karin")
    live = project.codings(coder="karin")
    assert [c.id for c in live] == [new.id]
    gone = [c for c in project.codings(coder="karin", include_deleted=True) if c.id == old.id]
    assert gone[0].deleted_at is not None
    entry = project.audit()[-1]
    assert entry.action == "coding.change"
    assert entry.payload["from"] == "integration" and entry.payload["to"] == "mission_dialogue"
    with pytest.raises(ValidationError, match="was removed"):
        project.change_coding(old.id, "caseload")


def test_remembered_coder_is_per_login_and_must_exist(project: Project) -> None:
    assert project.remembered_coder("ksvensson") is None
    project.remember_coder("ksvensson", "karin")
    project.remember_coder("jlind", "johan")
    assert project.remembered_coder("ksvensson") == "karin"
    assert project.remembered_coder("jlind") == "johan"
    project.remember_coder("ksvensson", "lena")
    assert project.remembered_coder("ksvensson") == "lena"
    with pytest.raises(NotFoundError):
        project.remember_coder("x", "nobody")


def test_restore_coding_brings_back_the_same_row_with_its_memos(project: Project) -> None:
    doc = project.documents()[0]
    coding = project.add_coding(doc.id, 0, 8, "integration", "karin", memo="first words")
    project.remove_coding(coding.id, actor="karin")
    assert project.codings(coder="karin") == []
    back = project.restore_coding(coding.id, actor="karin")
    assert back.id == coding.id and back.deleted_at is None
    assert [c.id for c in project.codings(coder="karin")] == [coding.id]
    assert [m.text for m in project.memos("coding", coding.id)] == ["first words"]
    assert project.audit()[-1].action == "coding.restore"
    with pytest.raises(ValidationError, match="was not removed"):
        project.restore_coding(coding.id)


def test_memos_on_a_coding_follow_a_change_of_code(project: Project) -> None:
    doc = project.documents()[0]
    old = project.add_coding(doc.id, 0, 8, "integration", "karin", memo="ask lena about this")
    new = project.change_coding(old.id, "mission_dialogue", actor="karin")
    assert [m.text for m in project.memos("coding", new.id)] == ["ask lena about this"]
    assert [m.author for m in project.memos("coding", new.id)] == ["karin"]
    assert [m.text for m in project.memos("coding", old.id)] == ["ask lena about this"]
    assert project.audit()[-1].payload["memos_copied"] == 1


def test_restore_after_recoding_the_same_passage_is_a_one_line_refusal(project: Project) -> None:
    doc = project.documents()[0]
    old = project.add_coding(doc.id, 0, 8, "integration", "karin")
    project.remove_coding(old.id, actor="karin")
    again = project.add_coding(doc.id, 0, 8, "integration", "karin")
    entries = len(project.audit())
    with pytest.raises(ValidationError, match="already coded with this code by this coder"):
        project.restore_coding(old.id, actor="karin")
    assert [c.id for c in project.codings(coder="karin")] == [again.id]
    assert len(project.audit()) == entries

"""A document removed, or put back, from two windows at once is removed or put back once
(review of 138b0a8). The lead's removal looked the document up before asking for the write
lock, so while her other window's removal held it, the second went through after it: two
'document.remove' lines in the audit, the second saying the document had no codings."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing


def _removed_by_the_other_window(path: Path, act: str) -> BaseException | None:
    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            if act == "remove":
                return project.remove_document("ip1", "imported by mistake")
            return project.restore_document("ip1")

    with Project.open(path) as other:
        other.act_as("lena")
        if act == "remove":
            _, raised = racing(action, other, lambda p: p.remove_document("ip1", "wrong"))
        else:
            other.remove_document("ip1", "wrong")
            _, raised = racing(action, other, lambda p: p.restore_document("ip1"))
    return raised


def test_a_removal_from_two_windows_is_one(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        unit = made.units(doc)[0]
        made.act_as("karin")
        made.add_coding(doc, unit.start, unit.end, "mission", "karin")
    raised = _removed_by_the_other_window(path, "remove")
    assert isinstance(raised, NotFoundError), raised
    with Project.open(path) as project:
        lines = project.audit("document.remove", real_names=True, viewer="lena")
        assert [(e.payload["reason"], e.payload["codings"]) for e in lines] == [("wrong", 1)]


def test_a_return_from_two_windows_is_one(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, _ = team_project(path, document=("ip1.txt", MISSION_TEXT))
    made.close()
    raised = _removed_by_the_other_window(path, "restore")
    assert isinstance(raised, NotFoundError), raised
    with Project.open(path) as project:
        assert len(project.audit("document.restore", real_names=True, viewer="lena")) == 1
        assert [d.name for d in project.documents()] == ["ip1.txt"]

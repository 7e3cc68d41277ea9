"""A memo edited or removed from two windows at once (red team 15).

edit_memo and remove_memo found the memo before the write lock, so while karin's other
window removed it, the edit went through after the removal: the new text was written
onto a removed memo (shown nowhere, the TUI saying it was saved) with a 'memo.edit' audit
line; two removals made two 'memo.remove' lines; and two edits at once recorded, as the
second's 'old' text, the one the first had already replaced. The memo is read under the
lock now: the second window is told there is no such memo, or the audit names the text
it really replaced.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.conftest import team_project
from tests.hostile.hostile_kit import racing


def _memo(path: Path) -> str:
    made, doc = team_project(path)
    with made:
        made.act_as("karin")
        return made.add_memo("document", doc, "karin", "first thought").id


def _edit(path: Path, memo: str, text: str) -> object:
    with Project.open(path) as project:
        project.act_as("karin")
        return project.edit_memo(memo, text, "karin")


def _remove(path: Path, memo: str) -> object:
    with Project.open(path) as project:
        project.act_as("karin")
        return project.remove_memo(memo, "karin")


def _audit(path: Path, action: str) -> list[dict[str, object]]:
    with Project.open(path) as project:
        project.act_as("lena")
        return [e.payload for e in project.audit(action=action)]


@pytest.mark.parametrize("second", ["edit", "remove"])
def test_a_memo_removed_meanwhile_is_not_changed(tmp_path: Path, second: str) -> None:
    path = tmp_path / "p.db"
    memo = _memo(path)

    def action() -> object:
        return _edit(path, memo, "second thought") if second == "edit" else _remove(path, memo)

    with Project.open(path) as other:
        other.act_as("karin")
        _, raised = racing(action, other, lambda p: p.remove_memo(memo, "karin"))
    assert isinstance(raised, NotFoundError), raised
    assert "no memo" in str(raised) and "\n" not in str(raised)
    assert len(_audit(path, "memo.remove")) == 1
    assert _audit(path, "memo.edit") == []
    with sqlite3.connect(path) as db:  # the removed row, as the file holds it
        assert db.execute("SELECT text FROM memos WHERE id = ?", [memo]).fetchall() == [
            ("first thought",)
        ]


def test_two_edits_at_once_audit_what_each_replaced(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    memo = _memo(path)
    with Project.open(path) as other:
        other.act_as("karin")
        _, raised = racing(
            lambda: _edit(path, memo, "third thought"),
            other,
            lambda p: p.edit_memo(memo, "second thought", "karin"),
        )
    assert raised is None, raised
    edits = _audit(path, "memo.edit")
    assert [(e["old"], e["new"]) for e in edits] == [
        ("first thought", "second thought"),
        ("second thought", "third thought"),
    ]

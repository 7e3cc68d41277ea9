"""A project file holding a trigger or a view qualcode did not make is not opened.

SQLite keeps triggers in the file and runs them on every write. A project sent by someone
else with ``AFTER INSERT ON memos BEGIN UPDATE codings SET deleted_at = ... END`` had every
coding removed by the next ``memo add``: exit 0, and an audit log naming only the memo
(red team 42). Now such a file is refused on open, in one line naming the trigger, and
nothing in it changes; qualcode's own two (the audit log's) open as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ProjectError
from tests.hostile.hostile_kit import counts, refused_here, small_team

EVIL = {
    "trigger": "CREATE TRIGGER tidy AFTER INSERT ON memos "
    "BEGIN UPDATE codings SET deleted_at = 'x'; END",
    "view": "CREATE VIEW everyone AS SELECT name FROM coders",
    # qualcode's own name, its body changed: the audit log no longer append-only
    "audit": "DROP TRIGGER audit_no_delete; CREATE TRIGGER audit_no_delete "
    "BEFORE DELETE ON audit BEGIN SELECT 1; END",
}


def _sent(tmp_path: Path, kind: str) -> Path:
    """A small team's project, aby_01 coded once by lena, then ``EVIL[kind]`` added."""
    path = tmp_path / "p.db"
    doc = small_team(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.add_coding(doc, 0, 40, "mission_dialogue", "lena")
    with sqlite3.connect(path) as conn:
        conn.executescript(EVIL[kind])
    conn.close()
    return path


@pytest.mark.parametrize("kind", sorted(EVIL))
def test_a_foreign_trigger_or_view_is_refused_and_nothing_changes(
    tmp_path: Path, kind: str
) -> None:
    path = _sent(tmp_path, kind)
    with sqlite3.connect(path) as conn:
        live = conn.execute("SELECT count(*) FROM codings WHERE deleted_at IS NULL").fetchone()
    conn.close()
    err = refused_here(path, "memo", "add", "en tanke", coder="lena")
    assert len(err.splitlines()) == 1, err
    name = {"trigger": "'tidy'", "view": "'everyone'", "audit": "'audit_no_delete'"}[kind]
    assert name in err and "did not make" in err, err
    with sqlite3.connect(path) as conn:
        assert (
            conn.execute("SELECT count(*) FROM codings WHERE deleted_at IS NULL").fetchone() == live
        )
    conn.close()


def test_the_api_refuses_it_too(tmp_path: Path) -> None:
    path = _sent(tmp_path, "trigger")
    before = counts(path)
    with pytest.raises(ProjectError, match="trigger qualcode did not make, 'tidy'"):
        Project.open(path)
    assert counts(path) == before


def test_qualcodes_own_triggers_open_as_before(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    small_team(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.add_memo("project", "project", "lena", "en tanke")
        assert len(p.memo_list("lena")) == 1

"""A write a unique index of someone else's refuses is said in one line, naming the index.

A project file from someone else may hold an index qualcode did not make; one that is
UNIQUE refuses rows qualcode writes as a matter of course (a coder's second memo under
``CREATE UNIQUE INDEX x ON memos(author)``), and the write ended in a traceback of
``sqlite3.IntegrityError``. Indexes are not refused on open (their SQL varied between
qualcode's versions, so a legitimate file could not be told from a changed one there):
the write that meets one is refused, naming the index and how to take it out, and
nothing of it is written. A refusal by qualcode's own indexes is said as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ProjectError, ValidationError
from tests.hostile.hostile_kit import counts, refused_here, small_team

INDEXES = {
    "columns": "CREATE UNIQUE INDEX x ON memos(author)",
    "expression": "CREATE UNIQUE INDEX x ON memos(lower(author))",
}


def _sent(tmp_path: Path, kind: str) -> Path:
    """A small team's project holding lena's memo, then ``INDEXES[kind]`` added."""
    path = tmp_path / "p.db"
    small_team(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.add_memo("project", "project", "lena", "en tanke")
    with sqlite3.connect(path) as conn:
        conn.execute(INDEXES[kind])
    conn.close()
    return path


@pytest.mark.parametrize("kind", sorted(INDEXES))
def test_a_write_a_foreign_unique_index_refuses_is_one_line(tmp_path: Path, kind: str) -> None:
    path = _sent(tmp_path, kind)
    err = refused_here(path, "memo", "add", "en tanke till", coder="lena")
    assert len(err.splitlines()) == 1, err
    assert "'x'" in err and "did not make" in err and "nothing written" in err, err
    assert "IntegrityError" not in err, err


def test_the_api_says_it_alike_and_keeps_working(tmp_path: Path) -> None:
    path = _sent(tmp_path, "columns")
    before = counts(path)
    with Project.open(path) as p:
        p.act_as("lena")
        with pytest.raises(ProjectError, match="unique index qualcode did not make, 'x'"):
            p.add_memo("project", "project", "lena", "en tanke till")
        assert len(p.memo_list("lena")) == 1
    assert counts(path) == before


def test_qualcodes_own_unique_index_is_said_as_before(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc = small_team(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.add_coding(doc, 0, 40, "mission_dialogue", "lena")
        with pytest.raises(ValidationError, match="already coded"):
            p.add_coding(doc, 0, 40, "mission_dialogue", "lena")

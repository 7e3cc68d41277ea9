"""Claim 1 (red team): escape sequences in memos never reach a terminal.

A memo could hold ESC sequences (set the window title, hide text, recolour): the table
listing replaced them, but ``memo list -f csv`` (and every ``-f csv`` listing) printed
them raw to the terminal of whoever listed the team's memos. Now a memo with a control
character is refused where it is written (only line breaks and tabs may break a text),
and the CSV listing replaces any that arrive by another way (an old file, a package).
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.export_kit import counts, fails, run
from tests.hostile.hostile_kit import lena_coded

ESCAPES = "note \x1b]0;owned\x07 \x1b[8mhidden\x1b[0m \x9b31m"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    with lena_coded(tmp_path / "p.db", name="aby_01.txt") as p:
        return p.path


def test_a_memo_with_escapes_is_refused(project: Path) -> None:
    before = counts(project)
    assert "control character" in fails(project, "memo", "add", ESCAPES)
    assert counts(project) == before
    with Project.open(project) as p:
        doc = p.documents()[0].id
        refused = fails(
            project, "code", "add", "--doc", doc, "--start", "0", "--end", "20",
            "--code", "integration", "--memo", ESCAPES,
        )  # fmt: skip
        assert "control character" in refused
        p.act_as("lena")
        memo = p.add_memo("project", "project", "lena", "line one\n\tline two")
        with pytest.raises(ValidationError, match="control character"):
            p.edit_memo(memo.id, ESCAPES, "lena")


def test_csv_listings_never_print_escapes(project: Path) -> None:
    conn = sqlite3.connect(project)  # as an older file, a package or a .qdpx note left it
    with conn:
        conn.execute(
            "INSERT INTO memos (id, target_kind, target_id, author, text, created_at) "
            "VALUES (?, 'project', 'project', 'lena', ?, '2026-01-01T00:00:00+00:00')",
            [str(uuid.uuid4()), ESCAPES],
        )
    conn.close()
    for fmt in ("csv", "table"):
        code, out, err = run(project, "memo", "list", "-f", fmt)
        assert code == 0, err
        assert "owned" in out and "hidden" in out
        assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)

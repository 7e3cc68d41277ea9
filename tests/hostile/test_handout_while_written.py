"""A coder's copy made while a colleague writes in the lead's project.

The copy read the lead's project through ATTACH inside a transaction that locked every
attached file, so a colleague's longer write (an import, a merge, accept-all) made the lead
wait 30 s and then read '/…/.sara.db.x1y2.partial: another program held the project for
30s': the hidden file being built named as the project. The lead's audit entry of the copy
was written after the copy, apart from it (red team 17)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.hostile.conftest import LeadProject


@pytest.fixture
def study(lead_study: LeadProject, tmp_path: Path) -> Path:
    project, _ids = lead_study("sara", documents={"ip1.txt": ["Nämnden lyssnade.", "Det hjälpte."]})
    project.close()
    return tmp_path / "study.db"


def _handouts(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        query = "SELECT count(*) FROM audit WHERE action = 'project.handout'"
        return int(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


def test_a_colleagues_write_is_named_as_the_project_and_nothing_is_made(study: Path) -> None:
    copy = study.with_name("sara.db")
    writer = sqlite3.connect(study, isolation_level=None)  # a colleague's process, writing
    writer.execute("BEGIN IMMEDIATE")
    try:
        with Project.open(study) as project:
            project.act_as("lena")
            project.store.database.conn.execute("PRAGMA busy_timeout = 0")  # no 30 s wait
            with pytest.raises(QualcodeError) as refused:
                project.handout("sara", copy)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert str(refused.value).startswith(f"{study}: another program held the project")
    assert not copy.exists() and not [p for p in study.parent.iterdir() if "partial" in p.name]
    assert _handouts(study) == 0


def test_the_copy_reads_the_project_without_locking_it(study: Path) -> None:
    """Made while a colleague reads (a TUI open on the project), and the lead's audit
    entry written with it."""
    copy = study.with_name("sara.db")
    with Project.open(study) as colleague, Project.open(study) as project:
        colleague.act_as("sara")
        assert [d.name for d in colleague.documents()] == ["ip1.txt"]
        project.act_as("lena")
        made = project.handout("sara", copy)
    assert made.documents == 1 and copy.exists()
    assert _handouts(study) == 1 and _handouts(copy) == 1

"""A project created under a name SQLite keeps for a working file (red team 32).

``qualcode -p study.db-wal init`` made a project file called study.db-wal beside study.db.
The next command on study.db took it for study.db's write-ahead log, found no log in it and
deleted it: every document, coding and memo put into it was gone, without a word. A name
ending in -wal, -shm or -journal (in any case: on macOS and Windows 'study.db-WAL' is the
same file) is refused in one line, whether or not the database it names is there yet, and
nothing is created."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ProjectError
from tests.conftest import team_project


@pytest.mark.parametrize("name", ["study.db-wal", "study.db-shm", "study.db-journal", "s.db-WAL"])
def test_a_working_files_name_is_no_project(tmp_path: Path, name: str) -> None:
    with pytest.raises(ProjectError, match="working file") as raised:
        Project.create(tmp_path / name)
    assert "\n" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_init_beside_a_project_refuses_and_the_project_is_whole(tmp_path: Path) -> None:
    made, _ = team_project(tmp_path / "study.db")
    made.close()
    target = tmp_path / "study.db-wal"
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(target), "init"])
    assert result.exit_code == 1
    assert "working file for study.db" in result.output
    assert not target.exists()
    with Project.open(tmp_path / "study.db") as p:
        assert len(p.documents()) == 1


@pytest.mark.parametrize("name", ["wal.db", "study-wal.db", "shm", "-wal.db"])
def test_names_that_only_look_alike_are_created(tmp_path: Path, name: str) -> None:
    Project.create(tmp_path / name).close()
    assert (tmp_path / name).is_file()


def test_init_beside_a_working_files_name_is_refused(tmp_path: Path) -> None:
    """A coder's copy already called karin.db-wal (made before this check) is deleted the
    first time a new karin.db opens: the new one is refused instead."""
    (tmp_path / "karin.db-wal").write_bytes(b"her copy")
    with pytest.raises(ProjectError, match=r"karin\.db-wal is beside it"):
        Project.create(tmp_path / "karin.db")
    assert (tmp_path / "karin.db-wal").read_bytes() == b"her copy"
    assert not (tmp_path / "karin.db").exists()


@pytest.mark.parametrize("name", ["karin.db-wal", "karin.db"])
def test_a_handout_where_sqlite_would_delete_it_or_a_copy(tmp_path: Path, name: str) -> None:
    """handout -o karin.db-wal wrote the coder's copy under that name; the next handout to
    karin.db (or her first command on a copy named so) deleted it with her work in it."""
    made, _ = team_project(tmp_path / "study.db")
    with made:
        if name == "karin.db":
            made.handout("karin", tmp_path / "other.db")
            (tmp_path / "other.db").rename(tmp_path / "karin.db-wal")
        with pytest.raises(ProjectError, match="working file"):
            made.handout("karin", tmp_path / name)
    assert not (tmp_path / "karin.db").exists()

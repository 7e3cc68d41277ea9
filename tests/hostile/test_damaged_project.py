"""A project file damaged in the middle (a copy cut short, a sync tool's half-written page)
opens, and SQLite notices the damage only when a command reads the bad page. That was a
``sqlite3.DatabaseError: database disk image is malformed`` traceback from inside a
repository; it is one line naming the file, whatever command meets it, and the file is
left as it was."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ProjectError
from qualcode.store.checked import DamagedProjectError, damaged_error, translate
from qualcode.store.db import Database
from qualcode.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import team_project
from tests.hostile.disk_kit import TEXT, damaged_project


def _one_line(path: Path, *args: str) -> str:
    before = path.read_bytes()
    got = CliRunner().invoke(app, ["-p", str(path), *args], env={"QUALCODE_CODER": "lena"})
    assert got.exit_code == 1, (got.output, got.exception)
    assert got.exception is None or isinstance(got.exception, SystemExit), got.exception
    assert "Traceback" not in got.stderr
    assert got.stderr.count("\n") == 1 and got.stderr.startswith("error: "), got.stderr
    assert path.read_bytes() == before  # never written, never "repaired"
    return got.stderr


@pytest.mark.parametrize(
    ("table", "args"),
    [
        ("documents", ("docs", "list")),
        ("codings", ("code", "list")),
        ("codes", ("codebook", "show")),
        (
            "codings",
            (
                "code",
                "add",
                "--doc",
                "ip1",
                "--code",
                "mission",
                "--start",
                "40",
                "--end",
                "60",
                "--coder",
                "karin",
            ),
        ),
    ],
    ids=["docs-list", "code-list", "codebook-show", "code-add"],
)
def test_a_damaged_page_is_one_line_naming_the_file(
    tmp_path: Path, table: str, args: tuple[str, ...]
) -> None:
    path = damaged_project(tmp_path, table)
    message = _one_line(path, *args)
    assert message.startswith(f"error: {path}: the project file is damaged (")
    assert "restore it from a copy" in message


def test_the_api_raises_the_projects_error(tmp_path: Path) -> None:
    path = damaged_project(tmp_path, "documents")
    with Project.open(path) as project, pytest.raises(DamagedProjectError, match="damaged"):
        project.documents()
    assert issubclass(DamagedProjectError, ProjectError)


def test_a_file_cut_short_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    made, _ = team_project(path, document=("ip1.txt", TEXT))
    made.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    assert "study.db: the project file is damaged" in _one_line(path, "docs", "list")


def test_other_sqlite_errors_pass_unchanged() -> None:
    """Only a damaged or foreign file is translated: a broken constraint or a lock still
    reaches the code that handles it (the duplicate checks, the busy timeout)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError) as caught:
        conn.execute("INSERT INTO t VALUES (1)")
    assert translate(caught.value, Path("p.db")) is None


def test_a_damaged_page_met_mid_loop_is_translated_by_the_faces_net(tmp_path: Path) -> None:
    """Rows walked in a loop are not checked one by one (too slow); the CLI's last net
    (damaged_error) names the file for a damaged page met there, and passes anything else."""
    path = tmp_path / "rows.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("ord " * 50,) for _ in range(5000)])
    conn.commit()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as file:
        file.seek((pages // 2) * size)
        file.write(b"\xa5" * size)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        for _ in conn.execute("SELECT x FROM t"):
            pass
    conn.close()
    error = damaged_error(caught.value, path)
    assert error is not None and str(error).startswith(f"{path}: the project file is damaged")
    assert damaged_error(ValueError("x"), path) is None


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_a_device_or_pipe_named_as_the_project_is_one_line(tmp_path: Path, kind: str) -> None:
    """/dev/zero was 'not a qualcode project (an empty file)', a named pipe 'cannot open
    (disk I/O error)'; neither is read or written."""
    if kind == "fifo":
        path = tmp_path / "study.db"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    got = CliRunner().invoke(app, ["-p", str(path), "docs", "list"])
    assert got.exit_code == 1, got.output
    assert (
        got.stderr == f"error: {path}: is a device, pipe or socket, not a qualcode project file\n"
    )


def test_init_through_a_link_to_nowhere_says_so(tmp_path: Path) -> None:
    """'init' on a dangling link said 'a part of the folder path is a file'."""
    link = tmp_path / "study.db"
    link.symlink_to("elsewhere.db")
    got = CliRunner().invoke(app, ["-p", str(link), "init"])
    assert got.exit_code == 1, got.output
    assert got.stderr == (
        f"error: {link}: is a link to elsewhere.db, which does not exist; create the project "
        "at the link's target, or choose another path\n"
    )
    assert not (tmp_path / "elsewhere.db").exists()


def test_a_migration_meeting_a_damaged_page_says_damaged(tmp_path: Path) -> None:
    """An older file damaged where a migration reads: the same one line as any command
    (not 'migration failed'), the migration rolled back, the file's version unchanged."""
    path = damaged_project(tmp_path, "documents")
    later = (*MIGRATIONS, "CREATE TABLE copied AS SELECT * FROM documents;")
    with pytest.raises(DamagedProjectError, match="the project file is damaged"):
        Database.open(path, migrations=later)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    finally:
        conn.close()
    assert "copied" not in names

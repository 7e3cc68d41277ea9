"""A project file damaged in a page that SQLite reaches only halfway through a listing: the
statement starts fine (its first rows are on sound pages) and the damage is met while the
store's loop walks the rest. A Python user of ``qualcode.Project`` or its pandas frames got
a bare ``sqlite3.DatabaseError``; it is the same one-line ``DamagedProjectError`` naming the
file that the CLI prints."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from qualcode.store.checked import CheckedConnection, DamagedProjectError
from tests.conftest import team_project

# 1,500 short turns (the turns table spans about twenty pages) and 200 codings
TEXT = "".join(
    f"{'I' if i % 2 else 'R'}: Fråga {i} handlade om uppdraget med nämnden och hur det blev.\n"
    for i in range(1500)
)


def _leaf_in_the_middle(path: Path, table: str) -> int:
    """The page number of a leaf page halfway along ``table``'s b-tree (not its first)."""
    conn = sqlite3.connect(path)
    try:
        leaves = [
            n
            for (n,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path",
                [table],
            )
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert len(leaves) >= 4, leaves  # the damage must lie beyond the rows read first
    return leaves[len(leaves) // 2] * size - size


@pytest.fixture(scope="module")
def damaged_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One real project file per table, each with one of that table's middle pages
    overwritten by garbage (what a half-written sync leaves)."""
    base = tmp_path_factory.mktemp("mid") / "sound.db"
    made, doc = team_project(base, document=("ip1.txt", TEXT))
    for i in range(200):
        made.add_coding(doc, i * 60, i * 60 + 20, "mission", "karin")
    made.close()
    assert not base.with_name("sound.db-wal").exists()
    paths = {}
    for table in ("turns", "codings"):
        path = base.with_name(f"{table}.db")
        path.write_bytes(base.read_bytes())
        with path.open("r+b") as file:
            file.seek(_leaf_in_the_middle(path, table))
            file.write(b"\xa5" * 512)
        paths[table] = path
    return paths


def _one_line(error: BaseException, path: Path) -> None:
    assert isinstance(error, DamagedProjectError) and isinstance(error, QualcodeError)
    assert str(error).startswith(f"{path}: the project file is damaged (")
    assert "restore it from a copy" in str(error) and "\n" not in str(error)
    assert error.__cause__ is None and error.__suppress_context__


def test_the_engines_fingerprint_meets_damaged_codings_halfway_as_one_line(
    damaged_paths: dict[str, Path],
) -> None:
    """The training fingerprint walks the codings in id order through their index, so the
    statement starts on sound pages and meets the damaged one in the loop: that was a bare
    ``sqlite3.DatabaseError`` from ``Project.suggester``."""
    path = damaged_paths["codings"]
    with Project.open(path) as project:
        with pytest.raises(DamagedProjectError) as caught:
            project.suggester(semantic=False)
        _one_line(caught.value, path)


def test_the_api_meets_damaged_codings_as_one_line(damaged_paths: dict[str, Path]) -> None:
    path = damaged_paths["codings"]
    with Project.open(path) as project:
        with pytest.raises(DamagedProjectError) as caught:
            project.codings()
        _one_line(caught.value, path)
        with pytest.raises(DamagedProjectError) as caught:
            project.frames()
        _one_line(caught.value, path)


def test_a_pandas_frame_meets_damaged_turns_halfway_as_one_line(
    damaged_paths: dict[str, Path],
) -> None:
    path = damaged_paths["turns"]
    with Project.open(path) as project:
        assert len(project.documents()) == 1  # the file opens and its sound pages read
        with pytest.raises(DamagedProjectError) as caught:
            project.turns_frame()
        _one_line(caught.value, path)


def test_the_cli_says_the_same_line(damaged_paths: dict[str, Path]) -> None:
    path = damaged_paths["codings"]
    before = path.read_bytes()
    got = CliRunner().invoke(app, ["-p", str(path), "code", "list"], env={"QUALCODE_CODER": "lena"})
    assert got.exit_code == 1, (got.output, got.exception)
    assert got.stderr.startswith(f"error: {path}: the project file is damaged (")
    assert got.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_a_sound_loop_reads_every_row_once() -> None:
    """The checked walk hands out every row, in order, however many batches it takes, and a
    statement without rows ends at once."""
    conn = sqlite3.connect(":memory:", factory=CheckedConnection)
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
        assert [x for (x,) in conn.execute("SELECT x FROM t ORDER BY x")] == list(range(1000))
        assert list(conn.execute("DELETE FROM t WHERE x < 0")) == []
        cursor = conn.execute("SELECT x FROM t ORDER BY x")
        assert next(iter(cursor)) == (0,)
    finally:
        conn.close()

"""A bad project path or export target through the real CLI: no project, a folder, a file
that is not a qualcode project or is from a newer qualcode, an export into a missing folder
or onto one: one line on stderr, exit status 1, nothing written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.cli_kit import counts, fails, written

# -- the project file -----------------------------------------------------------------------


def test_project_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    assert fails(path, "docs", "list") == (
        f"{path}: no project here; create one with `qualcode -p {path} init`"
    )
    assert not path.exists()


def test_project_path_is_a_directory(tmp_path: Path) -> None:
    assert fails(tmp_path, "docs", "list") == (
        f"{tmp_path}: is a directory, not a qualcode project file"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"I: Hej\nR: Hej\n" * 20, "not a qualcode project (file is not a database)"),
        (b"", "not a qualcode project (an empty file)"),
    ],
)
def test_project_path_is_not_sqlite(tmp_path: Path, content: bytes, message: str) -> None:
    path = written(tmp_path, "interview.db", content)
    assert fails(path, "docs", "list") == f"{path}: {message}"
    assert path.read_bytes() == content


def test_project_is_another_programs_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "zotero.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    message = fails(path, "docs", "list")
    assert message.endswith("not a qualcode project (another kind of SQLite file)")
    assert fails(path, "coder", "add", "karin").endswith("another kind of SQLite file)")
    assert path.read_bytes() == before


def test_project_from_a_newer_qualcode(proj: Path) -> None:
    conn = sqlite3.connect(proj)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = counts(proj)
    message = fails(proj, "coder", "add", "lena")
    assert "written by a newer qualcode (schema 99" in message and "upgrade qualcode" in message
    assert counts(proj) == before
    assert not list(proj.parent.glob("*.bak"))


def test_init_over_an_existing_file_or_under_a_file(proj: Path, tmp_path: Path) -> None:
    before = counts(proj)
    assert fails(proj, "init") == f"{proj}: already exists; open it, or choose another path"
    assert counts(proj) == before
    blocker = written(tmp_path, "notes.txt", b"x")
    assert "a part of the folder path is a file" in fails(blocker / "p.db", "init")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "codings", "-o", "{missing}/codings.csv"],
        ["export", "summary", "--layer", "coder", "-o", "{missing}/summary.docx"],
        ["export", "qdpx", "-o", "{missing}/study.qdpx"],
        ["export", "qdc", "-o", "{missing}/codebook.qdc"],
    ],
)
def test_export_into_a_missing_folder(proj: Path, tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "no" / "such"
    line = fails(proj, *[a.format(missing=missing) for a in args])
    assert "cannot write: no folder" in line and str(missing) in line
    assert not missing.exists()


def test_export_onto_a_folder(proj: Path, tmp_path: Path) -> None:
    assert "is a folder" in fails(proj, "export", "codings", "-o", str(tmp_path))

"""Project files the user cannot write or read, and paths that cannot hold one.

Permissions are checked by the kernel, and root passes every check, so the read-only
cases run in a child process as an unprivileged user (``nobody``) when the tests run as
root, and as the current user otherwise. The child uses the real CLI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ProjectError
from qualcode.store import Store
from tests.conftest import ROOT, SV_TEXT
from tests.store.conftest import run_unprivileged


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_unprivileged([sys.executable, "-m", "qualcode", "-p", str(project), *args])


def _project_with_one_document(folder: Path) -> Path:
    path = folder / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    path.chmod(0o444)
    return path


def test_read_only_file_reads_and_refuses_writes(shared_dir: Path) -> None:
    shared_dir.chmod(0o777)  # the folder is writable: SQLite may put its -shm there
    path = _project_with_one_document(shared_dir)
    listed = _cli(path, "docs", "list", "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    assert "aby_01.txt" in listed.stdout
    before = path.read_bytes()
    refused = _cli(path, "coder", "add", "lena")
    assert refused.returncode == 1
    assert (
        refused.stderr == f"error: {path}: the project file or its folder is read-only "
        "(permissions); nothing written\n"
    )
    assert path.read_bytes() == before


def test_read_only_folder_still_reads(shared_dir: Path) -> None:
    path = _project_with_one_document(shared_dir)
    shared_dir.chmod(0o555)
    listed = _cli(path, "docs", "list", "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    assert "aby_01.txt" in listed.stdout
    refused = _cli(path, "import", str(ROOT / "corpora" / "demo" / "aby_03_politiker.txt"))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert sorted(p.name for p in shared_dir.iterdir()) == ["p.db"]


def test_unreadable_project_file(shared_dir: Path) -> None:
    path = _project_with_one_document(shared_dir)
    path.chmod(0o000)
    result = _cli(path, "docs", "list")
    assert result.returncode == 1
    assert result.stderr == f"error: {path}: permission denied (cannot read the project file)\n"


def test_cannot_create_under_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    with pytest.raises(ProjectError, match="a part of the folder path is a file"):
        Store.create(blocker / "p.db")
    assert blocker.read_text() == "x"


def test_empty_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    path.touch()
    with pytest.raises(ProjectError, match=r"not a qualcode project \(an empty file\)"):
        Store.open(path)
    assert path.stat().st_size == 0


def test_sqlite_side_files_are_owner_only_too(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("karin")  # a write, so the -wal and -shm files exist
        for side in ("p.db-wal", "p.db-shm"):
            assert (tmp_path / side).stat().st_mode & 0o777 == 0o600, side

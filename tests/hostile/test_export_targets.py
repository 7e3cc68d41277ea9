"""Issue 11.1: no command writes over a qualcode project, its working files or backups, a
folder, or (without --force) an existing file; a refused export is one line, exit 1, and
leaves the project's rows and bytes and the target as they were.

Every export command (``export_kit.EXPORTS``) meets every hostile target.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError
from qualcode.project.output_targets import check_target
from tests.hostile.export_kit import EXPORTS, SUFFIX, counts, fails, run

# slow: each case writes a whole export through the CLI
pytestmark = pytest.mark.slow


def _the_project(p: Path) -> Path:
    return p


def _its_wal(p: Path) -> Path:
    return p.with_name(p.name + "-wal")


def _its_shm(p: Path) -> Path:
    return p.with_name(p.name + "-shm")


def _its_backup(p: Path) -> Path:
    backup = p.with_name(f"{p.name}.v1-20261130T090000.bak")
    shutil.copy(p, backup)
    return backup


def _a_future_backup_name(p: Path) -> Path:
    return p.with_name(f"{p.name}.v9-20991231T000000.bak")  # not there yet: named as one


def _another_project(p: Path) -> Path:
    other = p.with_name("other.db")
    Project.create(other).close()
    return other


def _a_symlink_to_it(p: Path) -> Path:
    link = p.with_name("innocent.out")
    link.symlink_to(p.name)
    return link


def _a_hard_link_to_it(p: Path) -> Path:
    link = p.with_name("also.out")
    os.link(p, link)
    return link


def _a_folder(p: Path) -> Path:
    folder = p.with_name("out")
    folder.mkdir()
    return folder


def _no_such_folder(p: Path) -> Path:
    return p.with_name("missing") / "x.out"


TARGETS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "project": (_the_project, "is this project's own file"),
    "wal": (_its_wal, "is a working file of the qualcode project p.db"),
    "shm": (_its_shm, "is a working file of the qualcode project p.db"),
    "backup": (_its_backup, "is a backup of this project"),
    "backup-name": (_a_future_backup_name, "is a backup of this project"),
    "other-project": (_another_project, "is a qualcode project"),
    "symlink": (_a_symlink_to_it, "is this project's own file"),
    "hardlink": (_a_hard_link_to_it, "is this project's own file"),
    "folder": (_a_folder, "is a folder; give a file name"),
    "no-folder": (_no_such_folder, "cannot write: no folder"),
}
# these are refused even with --force
PROTECTED = ("project", "wal", "backup", "other-project", "symlink", "hardlink")


def _snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize("kind", list(TARGETS))
@pytest.mark.parametrize("command", list(EXPORTS))
def test_an_export_never_lands_on_a_protected_target(proj: Path, command: str, kind: str) -> None:
    make, why = TARGETS[kind]
    target = make(proj)
    before, project_bytes, target_bytes = counts(proj), proj.read_bytes(), _snapshot(target)
    line = fails(proj, *EXPORTS[command](str(target)))
    assert line.startswith(f"{target}: ") and why in line, line
    assert counts(proj) == before and proj.read_bytes() == project_bytes
    assert _snapshot(target) == target_bytes
    assert not list(proj.parent.glob(".*.partial"))


@pytest.mark.parametrize("kind", PROTECTED)
@pytest.mark.parametrize("command", ["qdpx", "export-coder", "codings-csv", "codebook-export"])
def test_force_does_not_unlock_a_project(proj: Path, command: str, kind: str) -> None:
    target = TARGETS[kind][0](proj)
    before, project_bytes = counts(proj), proj.read_bytes()
    line = fails(proj, *EXPORTS[command](str(target)), "--force")
    assert TARGETS[kind][1] in line
    assert counts(proj) == before and proj.read_bytes() == project_bytes


@pytest.mark.parametrize("command", list(EXPORTS))
def test_an_existing_file_is_replaced_only_with_force(proj: Path, command: str) -> None:
    target = proj.with_name("mine" + SUFFIX[command])
    target.write_bytes(b"my own work")
    before = counts(proj)
    line = fails(proj, *EXPORTS[command](str(target)))
    assert line == f"{target}: already exists; add --force to replace it"
    assert target.read_bytes() == b"my own work" and counts(proj) == before
    code, _, err = run(proj, *EXPORTS[command](str(target)), "--force")
    assert code == 0, err
    assert target.read_bytes() != b"my own work" and target.stat().st_size > 0
    assert counts(proj) == {**before, "audit": before["audit"] + 1}  # the export's entry
    assert not list(proj.parent.glob(".*.partial"))


def test_a_failed_render_leaves_the_old_file_whole(proj: Path) -> None:
    """The summary is checked and rendered before the file is touched: a refused layer
    (after the target passed) leaves the old file and no partial file behind."""
    target = proj.with_name("s.md")
    target.write_text("old summary")
    fails(proj, "export", "summary", "--layer", "coder:nobody", "-o", str(target), "--force")
    assert target.read_text() == "old summary"
    assert not list(proj.parent.glob(".*.partial"))


@pytest.mark.parametrize("command", ["codings-csv", "export-coder", "qdpx"])
def test_a_device_or_pipe_is_never_a_target(proj: Path, command: str) -> None:
    fifo = proj.with_name("pipe.out")
    os.mkfifo(fifo)
    for target in (Path("/dev/null"), fifo):
        line = fails(proj, *EXPORTS[command](str(target)), "--force")
        assert line == f"{target}: is a device, pipe or socket, not a file; never written"
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_an_input_of_the_command_is_never_its_output(tmp_path: Path) -> None:
    source = tmp_path / "in.yaml"
    source.write_text("codebook: x")
    with pytest.raises(OutputError, match="is a file this command reads"):
        check_target(tmp_path / "." / "in.yaml", inputs=[source], force=True)
    assert source.read_text() == "codebook: x"


def test_a_planted_symlink_never_receives_a_backup(tmp_path: Path) -> None:
    """A migration's backup is a new owner-only file: a symlink planted at its name (in a
    shared folder) is left alone and the backup goes beside it."""
    from datetime import UTC, datetime, timedelta

    from qualcode.store import Store
    from qualcode.store.db import Database
    from qualcode.store.schema import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "p.db"
    Store.create(path).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    now = datetime.now(UTC)
    for seconds in range(0, 30):
        stamp = (now + timedelta(seconds=seconds)).strftime("%Y%m%dT%H%M%S")
        (tmp_path / f"p.db.v{SCHEMA_VERSION}-{stamp}.bak").symlink_to(victim)
    later = (*MIGRATIONS, "CREATE TABLE tags (id TEXT PRIMARY KEY);")
    Database.open(path, migrations=later).close()
    assert victim.read_text() == "someone else's file"
    made = [p for p in tmp_path.glob("p.db.v*.bak") if not p.is_symlink()]
    assert len(made) == 1 and stat.S_IMODE(made[0].stat().st_mode) == 0o600

"""The files an export replaces, kept under a hidden second name until its set stands
(``file_sets.file_set``), and put back when it does not.

A full disk is a small tmpfs (skipped where mounting one is not allowed); the failures
are the disk's own, never simulated. Where a disk has no hard links (FAT on a USB stick)
the replaced file is copied instead: this machine has no such disk to mount, so the copy
is made by its own function, on a real disk and on a full one, and through a set where a
program's lock on the file stops the set holding a second name of it.
"""

from __future__ import annotations

import fcntl
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode.errors import OutputError
from qualcode.project.file_sets import file_set, undone_on_failure
from qualcode.project.files import copy_aside, write_output
from tests.conftest import ROOT
from tests.hostile.disk_kit import standing, tmpfs

PAGE = 4096


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from tmpfs(tmp_path / "disk", 8 * PAGE)


def _old(folder: Path, *names: str) -> dict[str, tuple[bytes, int, int]]:
    """Last week's files in ``folder``, world-readable: each one's bytes, mode and inode."""
    for name in names:
        (folder / name).write_bytes(f"last week's {name}".encode())
        (folder / name).chmod(0o644)
    return standing(folder)


def test_a_kept_file_is_the_same_file_under_a_hidden_name(tmp_path: Path) -> None:
    before = _old(tmp_path, "s.md")
    with undone_on_failure([tmp_path / "s.md"], force=True):
        hidden = [p for p in tmp_path.iterdir() if p.name != "s.md"]
        assert len(hidden) == 1 and re.fullmatch(r"\.s\.md\.[0-9a-f]{12}\.before", hidden[0].name)
        assert os.path.samefile(hidden[0], tmp_path / "s.md")  # a hard link: no byte copied
    assert standing(tmp_path) == before


def test_a_copy_keeps_bytes_permissions_and_times(tmp_path: Path) -> None:
    _old(tmp_path, "s.md")
    os.utime(tmp_path / "s.md", (1_600_000_000, 1_600_000_000))
    copy = copy_aside(tmp_path / "s.md", tmp_path / ".s.md.kept.before")
    old, new = (tmp_path / "s.md").stat(), copy.stat()
    assert copy.read_bytes() == (tmp_path / "s.md").read_bytes()
    assert stat.S_IMODE(new.st_mode) == 0o644 and new.st_mtime == old.st_mtime
    assert new.st_ino != old.st_ino


@pytest.mark.skipif(os.getuid() != 0, reason="only root may give a file to another owner")
def test_a_copy_keeps_a_colleagues_file_hers(tmp_path: Path) -> None:
    _old(tmp_path, "s.md")
    os.chown(tmp_path / "s.md", 4321, 4322)  # a colleague's, in a shared folder
    copy = copy_aside(tmp_path / "s.md", tmp_path / ".s.md.kept.before")
    assert (copy.stat().st_uid, copy.stat().st_gid) == (4321, 4322)


def test_a_copy_the_disk_refuses_leaves_nothing(small_disk: Path) -> None:
    (small_disk / "s.md").write_bytes(b"x" * 5 * PAGE)  # the copy needs five more pages
    with pytest.raises(OutputError, match=r"^s\.md: cannot keep a copy .*; nothing written$"):
        copy_aside(small_disk / "s.md", small_disk / ".s.md.kept.before")
    assert [p.name for p in small_disk.iterdir()] == ["s.md"]


def test_a_full_disk_at_the_second_file_puts_the_first_back(small_disk: Path) -> None:
    before = _old(small_disk, "s_one.png", "s.md")
    files = {small_disk / "s_one.png": b"1" * 2 * PAGE, small_disk / "s.md": b"2" * 16 * PAGE}
    with (
        pytest.raises(OutputError, match=r"s\.md: cannot write"),
        file_set(files, force=True),
    ):
        pytest.fail("the set stood on a disk too small for it")
    assert standing(small_disk) == before  # the same files: no copy, no hidden name


def test_a_failure_after_the_files_puts_back_every_one(tmp_path: Path) -> None:
    before = _old(tmp_path, "s_one.png", "s_two.png")
    files = {tmp_path / name: b"new" for name in ("s_one.png", "s_two.png", "s.md")}
    with pytest.raises(KeyboardInterrupt), file_set(files, force=True) as written:
        assert all(p.read_bytes() == b"new" for p in written)
        raise KeyboardInterrupt  # the user's Ctrl-C while the audit entry was written
    assert standing(tmp_path) == before  # s.md, which it made, is gone too


def test_a_set_that_stands_drops_what_it_kept(tmp_path: Path) -> None:
    _old(tmp_path, "s_one.png", "s.md")
    files = {tmp_path / name: b"new" for name in ("s_one.png", "s_two.png", "s.md")}
    with file_set(files, force=True):
        assert len(list(tmp_path.iterdir())) == 5  # three files, two kept
    after = standing(tmp_path)
    assert {name: (data, mode) for name, (data, mode, _) in after.items()} == {
        name: (b"new", 0o600) for name in ("s_one.png", "s_two.png", "s.md")
    }


def test_a_link_named_by_the_user_keeps_the_file_it_leads_to(tmp_path: Path) -> None:
    """The one writer writes through a link the user named; the file it leads to is the
    one replaced, so it is the one put back."""
    _old(tmp_path, "thesis.md")
    (tmp_path / "s.md").symlink_to(tmp_path / "thesis.md")
    before = standing(tmp_path)
    with pytest.raises(ValueError), file_set({tmp_path / "s.md": b"new"}, force=True):
        assert (tmp_path / "thesis.md").read_bytes() == b"new"
        raise ValueError("the entry refused")
    assert standing(tmp_path) == before


def test_a_file_a_program_holds_locked_is_kept_as_a_copy(tmp_path: Path) -> None:
    """A second name of a file another program holds under a lock cannot be held by the
    set; it keeps a copy instead, as on a disk without hard links, and puts it back."""
    before = _old(tmp_path, "s.md")
    target = tmp_path / "s.md"
    program = os.open(target, os.O_RDONLY)
    fcntl.flock(program, fcntl.LOCK_EX)
    try:
        with pytest.raises(ValueError), undone_on_failure([target], force=True) as placed:
            (hidden,) = (p for p in tmp_path.iterdir() if p.name != "s.md")
            assert not os.path.samefile(hidden, target)  # a copy, not a second name
            write_output(target, b"new", force=True)
            placed(target)
            raise ValueError("the entry refused")
    finally:
        os.close(program)
    after = standing(tmp_path)
    assert {n: (data, mode) for n, (data, mode, _) in after.items()} == {
        n: (data, mode) for n, (data, mode, _) in before.items()
    }


def test_every_export_writes_through_a_file_set() -> None:
    """Only a set (or the coder's copy, under the set's taking back) places a file a
    user asked for: a module calling the one writer directly would write an export
    that a failure after it leaves written, or a replaced file lost."""
    placing = re.compile(r"\b(?:write_output|output_file|put_in_place)\(")
    allowed = {"qualcode/project/files.py", "qualcode/project/file_sets.py"}
    callers = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "qualcode").rglob("*.py")
        if placing.search(path.read_text(encoding="utf-8"))
    }
    assert callers - allowed == {"qualcode/project/handout.py"}
    handout = (ROOT / "qualcode/project/handout.py").read_text(encoding="utf-8")
    assert "undone_on_failure([target]" in handout

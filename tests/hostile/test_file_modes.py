"""Issue 11.9: files holding transcript text (exports, coder packages, codebooks, a summary's
charts) are owner-only (0600), like the project, whatever the umask; so is a file replaced
with --force that was world-readable before. Backups are checked in tests/store/test_db.py.

Also the class: no module writes a file except through ``qualcode.project.files``.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode.project.files import write_output
from tests.conftest import ROOT
from tests.hostile.export_kit import EXPORTS, SUFFIX, run


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)  # the most permissive: anything not set explicitly is world-writable
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("command", list(EXPORTS))
def test_every_export_is_owner_only(
    base: Path, tmp_path: Path, command: str, open_umask: None
) -> None:
    proj = tmp_path / "p.db"
    shutil.copy(base, proj)
    target = tmp_path / f"out{SUFFIX[command]}"
    code, _, err = run(proj, *EXPORTS[command](str(target)))
    assert code == 0, err
    written = [p for p in tmp_path.iterdir() if p.name.startswith("out")]
    assert target in written
    assert {p.name: _mode(p) for p in written} == {p.name: 0o600 for p in written}


@pytest.mark.parametrize("command", ["summary-md", "codings-csv", "export-coder", "qdpx"])
def test_force_replaces_a_readable_file_with_a_private_one(
    base: Path, tmp_path: Path, command: str
) -> None:
    proj = tmp_path / "p.db"
    shutil.copy(base, proj)
    target = tmp_path / f"out{SUFFIX[command]}"
    target.write_text("old")
    target.chmod(0o644)
    code, _, err = run(proj, *EXPORTS[command](str(target)), "--force")
    assert code == 0, err
    assert _mode(target) == 0o600 and target.read_bytes() != b"old"


def test_the_writer_itself(tmp_path: Path, open_umask: None) -> None:
    path = write_output(tmp_path / "a.txt", "transcript text")
    assert _mode(path) == 0o600 and path.read_text() == "transcript text"


# Writing calls that may appear only in the one writer (or into an in-memory buffer). The
# builtin open and a module's (io, gzip, codecs ...) with a writing mode anywhere; a path's
# .open with one first. A member opened for writing in an archive being built
# (``ZipFile.open(member, "w")``, its mode second) is no file on the disk.
RAW_WRITES = re.compile(
    r"\.write_text\(|\.write_bytes\(|(?<!\.)\bopen\([^)]*['\"][wax]b?['\"]"
    r"|\b(?:io|os|gzip|bz2|lzma|codecs|tarfile)\.open\([^)]*['\"][wax]|\.open\(['\"][wax]"
    r"|to_csv\((?!index)|to_excel\(|ExcelWriter\(|shutil\.copy|\.save\((?!buffer)"
)


@pytest.mark.parametrize(
    "line",
    [
        'with open(path, "w") as out:',
        'gzip.open(path, "wb")',
        'with target.open("a") as out:',
        "shutil.copyfile(a, b)",
    ],
)
def test_the_raw_writes_are_found(line: str) -> None:
    assert RAW_WRITES.search(line)


def test_a_member_of_an_archive_in_the_making_is_no_raw_write() -> None:
    assert not RAW_WRITES.search('with archive.open(member, "w") as into:')


def test_no_module_writes_a_file_around_the_one_writer() -> None:
    allowed = {"qualcode/project/files.py", "qualcode/store/db.py"}  # db: the project, backups
    offenders = []
    for path in sorted((ROOT / "qualcode").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if RAW_WRITES.search(line):
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []

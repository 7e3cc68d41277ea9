"""A file a researcher names that is no regular file (red team, round 2): `/dev/zero` or a
named pipe given as a codebook, a quotes or translation sheet, an attributes sheet, a coder
package, a .qdpx or a transcript was read forever (memory without end) or waited on forever;
each is refused in one line before a byte is read. Sheets and codebooks are also held to
$QUALCODE_MAX_FILE_MB, as transcripts are, instead of being read whole whatever their size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import counts, qualcode


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    with Project.create(path) as made:
        made.add_coder("lena", role="lead")
        made.add_code("mission", {"sv": "Uppdrag"})
        made.import_text("ip1.txt", "R: Vi pratade om uppdraget.\n", lang="sv")
    return path


COMMANDS = [
    ("codebook", "load", "{}"),
    ("code", "import", "{}"),
    ("code", "translations", "{}"),
    ("merge", "{}"),
    ("import-qdpx", "{}"),
    ("import", "{}"),
    ("import", "x.txt", "--attributes", "{}"),
]


def _refused(project: Path, args: tuple[str, ...], source: str) -> str:
    before = counts(project)
    got = qualcode(project, *(a.format(source) for a in args), coder="lena", timeout=30)
    assert got.status == 1 and "Traceback" not in got.stderr, got.stderr[-2000:]
    line = got.stderr.strip().splitlines()[-1]
    assert line.startswith("error: ") and len(got.stderr.strip().splitlines()) <= 2
    assert counts(project) == before
    return line


@pytest.mark.slow
@pytest.mark.parametrize("args", COMMANDS)
def test_a_named_pipe_is_refused_not_waited_on(
    project: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    line = _refused(project, args, str(pipe))
    assert "pipe" in line or "unsupported file type" in line


@pytest.mark.slow
@pytest.mark.parametrize("args", COMMANDS[:5])
def test_dev_zero_is_refused_not_read_forever(project: Path, args: tuple[str, ...]) -> None:
    assert "is a device, pipe or socket" in _refused(project, args, "/dev/zero")


@pytest.mark.parametrize("args", COMMANDS[:3])
def test_a_sheet_over_the_size_limit_is_refused_unread(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("QUALCODE_MAX_FILE_MB", "1")
    big = tmp_path / "big.csv"
    big.write_text("document,code,text\n" + "ip1,mission,uppdraget\n" * 60_000)
    assert "is larger than the limit of 1 MB" in _refused(project, args, str(big))


@pytest.mark.slow
def test_a_named_pipe_called_txt_is_not_imported(project: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "ip2.txt"
    os.mkfifo(pipe)
    assert "ip2.txt: is a device, pipe or socket" in _refused(project, ("import", "{}"), str(pipe))


def test_a_folder_named_dot_is_named_in_the_message(project: Path, tmp_path: Path) -> None:
    from tests.hostile.hostile_kit import refused_here

    line = refused_here(project, "code", "import", ".", coder="lena").splitlines()[0]
    assert line == "error: .: is a directory, not a quotes CSV file"

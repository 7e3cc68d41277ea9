"""A partial left by an export killed mid-write (red team, round 9).

An export writes ``.NAME.XXXXXXXX.partial`` beside its target and renames it into place
once the bytes are on disk. ``kill -9`` in between left that hidden file beside the target
for good, half an export's transcript text in it, and every later export left it there
(a coder's copy in the making, a whole copy of the documents, the same). Now the next
export or coder's copy into that folder removes the partials no living process holds;
an export running at that moment keeps its own, and a user's file that only looks like
one is never touched.

The writers are real processes killed with SIGKILL once they say they are writing.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.disk_kit import killed, started
from tests.hostile.export_kit import build_project, run

# a real export's writer, stopped half-way: it says so and waits to be killed
WRITER = """
import sys, time
from pathlib import Path
from qualcode.project.files import output_file
with output_file(Path(sys.argv[1])) as handle:
    handle.write(b"half an export of transcript text")
    handle.flush()
    print("writing", flush=True)
    time.sleep(600)
"""
# a coder's copy being built as handout builds it: a database in a claimed partial
BUILDER = """
import sys, time
from pathlib import Path
from qualcode.project.partials import claim
from qualcode.store import Store
lock, temp = claim(Path(sys.argv[1]))
made = Store.create(temp, claimed=True)
with made.transaction():
    made.audit.append("lena", "project.handout", {"coder": "karin"})
print("writing", flush=True)
time.sleep(600)
"""


def _partials(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return build_project(tmp_path / "p.db")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def live(out: Path) -> Iterator[list[subprocess.Popen[str]]]:
    running: list[subprocess.Popen[str]] = []
    yield running
    for proc in running:
        if proc.poll() is None:
            killed(proc)


def test_the_next_export_to_the_target_removes_a_killed_ones_partial(
    project: Path, out: Path
) -> None:
    target = out / "codings.csv"
    killed(started(WRITER, str(target)))
    assert len(_partials(out)) == 1  # what a kill leaves: nobody could remove it
    code, _, err = run(project, "export", "codings", "-o", str(target))
    assert code == 0, err
    assert _partials(out) == []
    assert "mission_dialogue" in target.read_text(encoding="utf-8")


def test_an_export_to_another_name_in_the_folder_removes_it_too(project: Path, out: Path) -> None:
    killed(started(WRITER, str(out / "summary.md")))
    killed(started(WRITER, str(out / "codings.csv")))  # its own start took the first one away
    assert len(_partials(out)) == 1
    code, _, err = run(project, "export", "qdc", "-o", str(out / "book.qdc"))
    assert code == 0, err
    assert _partials(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["book.qdc"]


def test_an_export_running_now_keeps_its_partial(
    project: Path, out: Path, live: list[subprocess.Popen[str]]
) -> None:
    live.append(started(WRITER, str(out / "summary.md")))
    (held,) = _partials(out)
    code, _, err = run(project, "export", "codings", "-o", str(out / "codings.csv"))
    assert code == 0, err
    assert _partials(out) == [held]
    assert (out / held).read_bytes() == b"half an export of transcript text"


def test_a_users_files_that_look_like_partials_are_left(project: Path, out: Path) -> None:
    readable = out / ".notes.txt.abcdefgh.partial"
    readable.write_text("my own notes")
    readable.chmod(0o644)  # not the mode our partials have
    other_letters = out / ".notes.txt.ABCDEFGH.partial"
    other_letters.write_text("my own notes")
    other_letters.chmod(0o600)
    short = out / ".notes.partial"
    short.write_text("my own notes")
    short.chmod(0o600)
    private = out / "private.txt"
    private.write_text("my own notes")
    private.chmod(0o600)
    link = out / ".notes.txt.zyxwvuts.partial"
    link.symlink_to(private)
    code, _, err = run(project, "export", "codings", "-o", str(out / "codings.csv"))
    assert code == 0, err
    for kept in (readable, other_letters, short, private):
        assert kept.read_text() == "my own notes"
    assert link.is_symlink()


def test_a_killed_coders_copy_is_removed_with_its_working_files(
    project: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "karin.db"
    killed(started(BUILDER, str(target)))
    left = _partials(out)
    assert any(name.endswith(".partial-wal") for name in left), left  # killed mid-build
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    with Project.open(project) as lead:
        made = lead.handout("karin", target)
    assert made.path == target
    assert _partials(out) == []
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith("karin.db-")) == [
        "karin.db"
    ]

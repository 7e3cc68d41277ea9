"""The hidden names an export killed mid-set leaves beside the files it was to replace.

An export with --force keeps each file it will replace under a second hidden name
(``.NAME.XXXXXXXXXXXX.before``) until its set stands (``file_sets.py``). ``kill -9`` in
between left those names beside the files for good, each a whole earlier export. Now a
kept name is held under a lock while its set runs, and the next export into the folder
removes those nobody holds that are still second names of their files (the export had
not replaced them yet): no byte is lost. One whose file was replaced is the only copy of
the earlier file and is left. A set running meanwhile keeps its names, and a hidden file
that only looks like one is never touched.

The writers are real processes killed with SIGKILL once they say they are in their set.
"""

from __future__ import annotations

from pathlib import Path

from qualcode.project.files import write_output
from tests.hostile.disk_kit import killed, started

WRITER = """
import sys, time
from pathlib import Path
from qualcode.project.file_sets import undone_on_failure
from qualcode.project.files import write_output
folder = Path(sys.argv[1])
targets = [folder / "s_one.png", folder / "s.md"]
with undone_on_failure(targets, force=True) as placed:
    if sys.argv[2] == "replaced":
        write_output(targets[0], b"this week's chart", force=True)
        placed(targets[0])
    print("writing", flush=True)
    time.sleep(600)
"""
OLD = {"s_one.png": b"last week's chart", "s.md": b"last week's summary"}
LOOKALIKE = ".notes.txt.0123456789ab.before"  # the user's own, shaped like ours


def _folder(tmp_path: Path) -> Path:
    for name, data in OLD.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / LOOKALIKE).write_bytes(b"a note")
    return tmp_path


def _kept(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.endswith(".before")}


def test_a_killed_sets_second_names_go_with_the_next_export(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    writer = started(WRITER, str(folder), "kept")
    try:
        write_output(folder / "codings.csv", "a,b\n")  # another export, while it runs
        assert len(_kept(folder)) == 3  # its two names held, and the user's file
    finally:
        killed(writer)
    write_output(folder / "memos.csv", "a,b\n")
    assert _kept(folder) == {LOOKALIKE: b"a note"}
    assert {name: (folder / name).read_bytes() for name in OLD} == OLD


def test_the_one_copy_of_a_replaced_file_is_left(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    killed(started(WRITER, str(folder), "replaced"))
    write_output(folder / "codings.csv", "a,b\n")
    kept = _kept(folder)
    assert sorted(kept.values()) == [b"a note", b"last week's chart"]
    assert (folder / "s_one.png").read_bytes() == b"this week's chart"
    assert (folder / "s.md").read_bytes() == OLD["s.md"]

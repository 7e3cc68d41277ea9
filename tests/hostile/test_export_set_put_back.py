"""A multi-file export with --force that fails part way puts back every file it replaced.

A Markdown summary and its charts are one export. Written with --force over last week's,
the disk refusing the second file (or the audit entry's commit) took back the files the
export created, but the ones it had already replaced stood replaced, while the line said
'nothing written': the earlier export was lost. A read-only project's export (written
without an entry) put nothing back at all (review43). Now the files are one set
(``file_sets.file_set``): every replaced file is back, the same file, bytes and
permissions, and no hidden name is left beside them.

The failure is real: a file-size limit (``ulimit -f``) set in a process of its own after
the project is open, so only the export's writes meet it. The files are the export's
own set as ``export_log.write_recorded`` takes it, with sizes chosen to fail where the
case needs: the second file over the limit, or every file under it and the commit over.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import team_project
from tests.hostile.disk_kit import read_only_tmpfs, run_limited, standing

SCRIPT = """
import resource, sys
from pathlib import Path
from qualcode import Project
from qualcode.project.export_log import write_recorded
folder, sizes = Path(sys.argv[2]), [int(n) for n in sys.argv[3].split(",")]
names = ["s_one.png", "s_two.png", "s.md"][-len(sizes):]
files = {folder / name: bytes([65 + i]) * size for i, (name, size) in enumerate(zip(names, sizes))}
with Project.open(Path(sys.argv[1])) as p:
    p.act_as("lena")
    p.documents()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if sys.argv[4] != "none":
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[4]), hard))
    try:
        write_recorded(p, "summary", files, {"layer": "coder"}, force=True)
    except Exception as error:
        print(type(error).__name__, str(error))
    else:
        print("written")
"""

LIMIT = 2048
OLD = {"s_one.png": b"last week's first chart", "s_two.png": b"its second", "s.md": b"# x\n"}


def _project(path: Path) -> Path:
    made, doc = team_project(path)
    made.act_as("karin")
    made.add_coding(doc, 0, 20, "mission", "karin")
    made.close()
    return path


def _last_week(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """The earlier export in ``folder``, world-readable as a colleague left it: each
    file's bytes, permissions and inode."""
    for name, data in OLD.items():
        (folder / name).write_bytes(data)
        (folder / name).chmod(0o644)
    return standing(folder)


def _export(project: Path, folder: Path, sizes: list[int], limit: int | None = LIMIT) -> str:
    sizes_said = ",".join(map(str, sizes))
    got = run_limited(SCRIPT, str(project), str(folder), sizes_said, str(limit or "none"))
    assert got.returncode == 0, got
    return got.stdout


def _exported(project: Path) -> list[str]:
    with Project.open(project) as opened:
        return [e.action for e in opened.audit("export", viewer="lena")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def test_the_second_file_refused_puts_the_first_back(tmp_path: Path, folder: Path) -> None:
    project = _project(tmp_path / "p.db")
    before = _last_week(folder)
    said = _export(project, folder, [LIMIT // 2, LIMIT * 2, LIMIT // 2])
    assert said.startswith("OutputError") and "s_two.png" in said, said
    assert "nothing written" in said or "cannot write" in said
    assert standing(folder) == before  # the same files, no hidden name beside them
    assert _exported(project) == []


def test_a_refused_entry_puts_back_every_replaced_file(tmp_path: Path, folder: Path) -> None:
    project = _project(tmp_path / "p.db")
    before = _last_week(folder)
    said = _export(project, folder, [LIMIT // 2] * 3)  # each file fits; the commit does not
    assert said.startswith("ProjectError") and "nothing written" in said, said
    assert standing(folder) == before
    assert _exported(project) == []


def test_a_set_that_stands_leaves_no_hidden_name(tmp_path: Path, folder: Path) -> None:
    project = _project(tmp_path / "p.db")
    _last_week(folder)
    os.unlink(folder / "s_two.png")  # one file new, two replaced
    assert _export(project, folder, [LIMIT // 4] * 3, limit=None).strip() == "written"
    after = standing(folder)
    assert sorted(after) == sorted(OLD)
    assert {name: mode for name, (_, mode, _) in after.items()} == dict.fromkeys(OLD, 0o600)
    assert after["s.md"][0] == b"C" * (LIMIT // 4)
    assert _exported(project) == ["export.summary"]


@pytest.fixture
def read_only_project(tmp_path: Path) -> Iterator[Path]:
    made = _project(tmp_path / "made.db")

    def fill(disk: Path) -> None:
        shutil.copy(made, disk / "p.db")

    for disk in read_only_tmpfs(tmp_path / "card", "4m", fill):
        yield disk / "p.db"


def test_a_read_only_projects_export_puts_back_too(read_only_project: Path, folder: Path) -> None:
    with Project.open(read_only_project) as opened:
        assert opened.store.readonly  # its exports are written without an entry
    before = _last_week(folder)
    said = _export(read_only_project, folder, [LIMIT // 2, LIMIT * 2, LIMIT // 2])
    assert said.startswith("OutputError") and "s_two.png" in said, said
    assert standing(folder) == before

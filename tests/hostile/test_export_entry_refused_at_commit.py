"""An export whose audit entry the project's disk refuses leaves no file behind.

Every export writes its file and its ``export.<kind>`` entry in one transaction
(``export_log.py``), the entry first; but SQLite puts the entry on the disk only at the
commit, after the file. On a project whose disk was full, or under a file-size limit,
the commit failed: the CLI said 'cannot write (disk I/O error) ...; nothing written', the
log held no entry, and the export stood written beside that line, a file with the
participants' words that no entry of the log accounts for (red team 42). Now the files the
export made are taken back with the entry.

The limit is set in a process of its own, after the project is open (SQLite's working
files then exist), so only the commit's write to the journal meets it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import team_project
from tests.hostile.disk_kit import run_limited

SCRIPT = """
import resource, sys
from pathlib import Path
from qualcode import Project
with Project.open(Path(sys.argv[1])) as p:
    p.act_as("lena")
    p.documents()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, hard))
    target = Path(sys.argv[2])
    try:
        p.export_qdc(target) if target.suffix == ".qdc" else p.export_codings(target)
    except Exception as error:
        print(type(error).__name__, str(error))
    else:
        print("written")
"""


@pytest.mark.parametrize("name", ["codings.csv", "codebook.qdc"])
def test_a_refused_entry_takes_the_export_back(tmp_path: Path, name: str) -> None:
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    made.act_as("karin")
    made.add_coding(doc, 0, 20, "mission", "karin")
    made.close()
    target = tmp_path / "out" / name
    target.parent.mkdir()
    got = run_limited(SCRIPT, str(path), str(target))
    assert got.stdout.startswith("ProjectError") and "nothing written" in got.stdout, got
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
    with Project.open(path) as project:
        assert project.audit("export", viewer="lena") == []

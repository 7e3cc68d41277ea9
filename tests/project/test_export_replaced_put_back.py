"""An export with --force whose audit entry the project's disk refuses puts back the file
it replaced. The entry reaches the disk only at the commit, after the file
(``export_log.write_recorded``): e1d6c899 took back a file the export made, but one it
replaced (last week's export) stood replaced by a file no entry accounts for, under the
line 'nothing written', and the old one was lost (review42). The limit is set in a process
of its own, after the project is open, so only the commit's write meets it."""

from __future__ import annotations

from pathlib import Path

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
    if sys.argv[3] == "limited":
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, hard))
    try:
        p.export_codings(Path(sys.argv[2]), force=True)
    except Exception as error:
        print(type(error).__name__, str(error))
    else:
        print("written")
"""

BEFORE = "the export of last week\n"


def _export(tmp_path: Path, how: str) -> tuple[str, Path]:
    path = tmp_path / "p.db"
    made, doc = team_project(path)
    made.act_as("karin")
    made.add_coding(doc, 0, 20, "mission", "karin")
    made.close()
    target = tmp_path / "out" / "codings.csv"
    target.parent.mkdir()
    target.write_text(BEFORE, encoding="utf-8")
    got = run_limited(SCRIPT, str(path), str(target), how)
    assert got.returncode == 0, got
    return got.stdout, path


def test_a_refused_entry_puts_the_replaced_export_back(tmp_path: Path) -> None:
    said, path = _export(tmp_path, "limited")
    assert said.startswith("ProjectError") and "nothing written" in said, said
    target = tmp_path / "out" / "codings.csv"
    assert target.read_text(encoding="utf-8") == BEFORE
    assert list(target.parent.iterdir()) == [target]  # no copy left beside it
    with Project.open(path) as project:
        assert project.audit("export", viewer="lena") == []


def test_a_kept_entry_leaves_the_new_export_alone(tmp_path: Path) -> None:
    said, path = _export(tmp_path, "free")
    assert said.strip() == "written"
    target = tmp_path / "out" / "codings.csv"
    assert "mission" in target.read_text(encoding="utf-8")
    assert list(target.parent.iterdir()) == [target]
    with Project.open(path) as project:
        assert [e.action for e in project.audit("export", viewer="lena")] == ["export.codings"]

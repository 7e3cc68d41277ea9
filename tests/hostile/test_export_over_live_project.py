"""An export aimed at a project another program has open (red team, round 4): a project
just created and still open (the TUI that `qualcode demo` opens on the project it built, a
notebook's Project.create) lives in its -wal file until the first checkpoint; its own
header is still blank, so nothing told it from any file, and `--force` (codebook export
and export-coder take any suffix) replaced it under the running program, which then wrote
its work into a file no longer in the folder. A file with a -wal, -shm or -journal beside
it is a database in use and is never written over, --force or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError
from qualcode.project.db_files import is_qualcode_file
from tests.conftest import SV_TEXT, small_codebook


def _study(path: Path) -> Project:
    project = Project.create(path)
    project.apply_codebook(small_codebook())
    project.add_coder("lena", role="lead")
    doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
    project.add_coding(doc, 30, 80, "mission_dialogue", "lena")
    return project


@pytest.mark.parametrize("export", ["codings", "codebook", "package"])
def test_a_project_open_elsewhere_is_never_replaced(tmp_path: Path, export: str) -> None:
    # a name the export takes: codebook export refuses .csv (it writes YAML, 79b85ff)
    name = "live.yaml" if export == "codebook" else "live.csv"
    live_path = tmp_path / name
    live = _study(live_path)  # open, as in a running TUI: everything is in its -wal
    try:
        assert (tmp_path / f"{name}-wal").exists()
        assert not is_qualcode_file(live_path)  # the header alone cannot tell
        before = live_path.read_bytes()
        with _study(tmp_path / "other.db") as other:
            other.act_as("lena", "lena")
            with pytest.raises(OutputError, match="database in use") as refused:
                if export == "codings":
                    other.export_codings(live_path, force=True)
                elif export == "codebook":
                    other.export_codebook(live_path, force=True)
                else:
                    other.export_coder("lena", live_path, force=True)
        assert "\n" not in str(refused.value) and f"{name}-" in str(refused.value)
        assert live_path.read_bytes() == before
        live.add_coder("karin")  # the running program goes on writing its own file
    finally:
        live.close()
    with Project.open(live_path) as again:
        assert {c.name for c in again.coders()} == {"lena", "karin"}
        assert len(again.codings()) == 1


def test_an_ordinary_file_is_still_replaced_with_force(tmp_path: Path) -> None:
    target = tmp_path / "codings.csv"
    target.write_text("old\n", encoding="utf-8")
    with _study(tmp_path / "study.db") as project:
        project.act_as("lena", "lena")
        project.export_codings(target, force=True)
    assert target.read_text(encoding="utf-8-sig").startswith('"id",')

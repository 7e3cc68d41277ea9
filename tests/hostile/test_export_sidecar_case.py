"""A project's working file named in other letters (red team, round 4): the -wal, -shm and
-journal beside a project were refused only as SQLite spells them, so `-o study.db-WAL`
was written; on a case-insensitive disk (macOS, Windows) that is the -wal itself, holding
what the project has not checkpointed yet. Refused in any case."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import OutputError
from qualcode.project.output_targets import check_target
from tests.conftest import SV_TEXT, small_codebook


@pytest.mark.parametrize("suffix", ["-WAL", "-Shm", "-JOURNAL", "-wal"])
def test_a_working_file_in_other_letters_is_refused(tmp_path: Path, suffix: str) -> None:
    with Project.create(tmp_path / "study.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        project.act_as("lena", "lena")
        target = tmp_path / f"study.db{suffix}"
        with pytest.raises(OutputError, match=r"working file of the qualcode project study\.db"):
            project.export_codebook(target, force=True)
        with pytest.raises(OutputError, match="working file"):
            check_target(target, force=True)  # no project open: told by the header beside
    assert not target.exists() or suffix == "-wal"


def test_other_names_ending_so_are_still_written(tmp_path: Path) -> None:
    target = tmp_path / "notes-WAL"  # no project beside it
    with Project.create(tmp_path / "study.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.act_as("lena", "lena")
        project.export_codebook(target)
    assert target.read_text(encoding="utf-8").startswith("codebook:")

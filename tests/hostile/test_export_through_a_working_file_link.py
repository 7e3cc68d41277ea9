"""An export aimed at the project's -wal under another name (a hard link; a bind mount
is the same file to ``stat``): the project file itself so named is refused, even with
force, but its working file was "already exists; add force to replace it", inviting the
user to write over what holds the project's latest, not yet checkpointed writes. Now it
is refused as the working file it is, with or without force; nothing written, the -wal
left as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode.errors import OutputError
from tests.hostile.hostile_kit import one_sentence_coded


@pytest.mark.parametrize("sidecar", ["-wal", "-shm"])
@pytest.mark.parametrize("force", [False, True])
def test_a_working_file_under_another_name_is_never_a_target(
    tmp_path: Path, sidecar: str, force: bool
) -> None:
    with one_sentence_coded(tmp_path / "p.db") as project:
        working = tmp_path / f"p.db{sidecar}"
        assert working.is_file()  # the open project's, not yet checkpointed
        os.link(working, tmp_path / "out.csv")
        entries = len(project.audit())
        with pytest.raises(
            OutputError,
            match=r"out\.csv: is a working file of the qualcode project p\.db; choose another",
        ):
            project.export_codings(tmp_path / "out.csv", force=force)
        assert os.path.samefile(tmp_path / "out.csv", working)
        assert len(project.audit()) == entries
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            ["p.db", "p.db-wal", "p.db-shm", "out.csv"]
        )

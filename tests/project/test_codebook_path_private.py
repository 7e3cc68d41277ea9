"""The audit log keeps a loaded codebook's file name, not its folder: ``codebook.load``
kept the path as typed ('/home/anna.lind/kodbok.yaml'), a login's name in the project file
a lead sends on and in every `qualcode audit` handed to a reviewer, as a document's path was
until stop 39. The log is append-only, so an older project's entry keeps its path in the
file; every reader is shown the file's name alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from qualcode import Project
from qualcode.project.source_paths import file_name
from tests.conftest import small_codebook

OLD = Path(__file__).parent / "old_projects"


def test_a_codebook_loaded_is_logged_by_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "home" / "anna.lind"
    folder.mkdir(parents=True)
    with Project.create(tmp_path / "maker.db") as maker:
        maker.apply_codebook(small_codebook())
        maker.export_codebook(folder / "kodbok.yaml")
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.load_codebook(folder / "kodbok.yaml")
        (entry,) = project.audit("codebook.load")
    assert entry.payload["source"] == "kodbok.yaml"
    assert b"anna.lind" not in path.read_bytes()


def test_an_older_entry_is_shown_without_its_folder(tmp_path: Path) -> None:
    """The first schema's project loaded its codebook from /work/scratch/migrate40/."""
    path = tmp_path / "study.db"
    shutil.copyfile(OLD / "schema1_87920de0.db", path)
    with Project.open(path) as project:
        project.act_as("lena")
        (entry,) = project.audit("codebook.load")
    assert entry.payload["source"] == "tiny.yaml"


def test_a_name_is_cut_from_either_slash() -> None:
    assert file_name("C:\\Users\\anna\\kodbok.yaml") == "kodbok.yaml"
    assert file_name("/home/anna/kodbok.yaml") == "kodbok.yaml"
    assert file_name("kodbok.yaml") == "kodbok.yaml"
    assert file_name("api") == "api"

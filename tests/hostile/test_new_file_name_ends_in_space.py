"""A file qualcode makes under a name that ends in a space or tab is refused in one line,
nothing written: ``handout omar -o "p.db "`` wrote a coder's copy whose name read as the
lead's project itself, so the lead sending "p.db" to omar would send everyone's work; the
exports refused such a name only by its suffix, and a coder's copy has none. ``init`` made
a project "study.db " beside study.db the same way (hostile50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def lead(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    project.add_coder("lena", role="lead")
    project.add_coder("omar")
    project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    project.act_as("lena", "lena")
    return project


@pytest.mark.parametrize("name", ["p.db ", "omar ", "omar.db\u00a0"])
def test_a_coders_copy_named_with_a_trailing_space_is_refused(lead: Project, name: str) -> None:
    target = lead.path.parent / name
    with pytest.raises(QualcodeError) as refused:
        lead.handout("omar", target)
    said = str(refused.value)
    assert "\n" not in said and "ends in a space" in said
    assert not target.exists()
    assert {p.name for p in lead.path.parent.iterdir()} <= {"p.db", "p.db-wal", "p.db-shm"}


def test_every_export_refuses_it_before_its_suffix(lead: Project) -> None:
    target = lead.path.parent / "codings.csv "
    with pytest.raises(QualcodeError, match="ends in a space"):
        lead.export_codings(target)
    assert not target.exists()


def test_a_new_project_named_with_a_trailing_space_is_refused(tmp_path: Path) -> None:
    with pytest.raises(QualcodeError, match="ends in a space"):
        Project.create(tmp_path / "study.db ")
    assert list(tmp_path.iterdir()) == []


def test_the_name_without_the_space_is_written(lead: Project) -> None:
    made = lead.handout("omar", lead.path.parent / "omar.db")
    assert made.path.name == "omar.db" and made.path.exists()

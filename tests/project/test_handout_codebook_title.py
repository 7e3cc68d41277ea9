"""A coder's copy (`qualcode handout`) held the codebook's codes but not its title: the
coder's exported codebook was headed "qualcode codebook", and so was every codebook page
of her copy. The title, per language, now comes with the codes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from qualcode import Project
from tests.conftest import small_codebook

TITLES = {"sv": "Digital planering i hemtjänsten", "en": "Digital scheduling in home care"}


def test_the_copy_keeps_the_codebook_s_title(tmp_path: Path) -> None:
    with Project.create(tmp_path / "lead.db") as project:
        project.add_coder("lena", role="lead")
        project.add_coder("sara")
        project.act_as("lena")
        project.apply_codebook(replace(small_codebook(), name=TITLES["en"], titles=TITLES))
        project.handout("sara", tmp_path / "sara.db")
    with Project.open(tmp_path / "sara.db") as copy:
        copy.act_as("sara")
        copy.export_codebook(tmp_path / "sara.md", lang="sv")
        copy.export_codebook(tmp_path / "sara.yaml")
    assert (tmp_path / "sara.md").read_text(encoding="utf-8").startswith(f"# {TITLES['sv']}\n")
    assert f"en: {TITLES['en']}" in (tmp_path / "sara.yaml").read_text(encoding="utf-8")

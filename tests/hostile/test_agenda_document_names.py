"""The agenda names each case's document through the pseudonym key (red team, round 2):
with a place on the key, a document named after it ("norrvik_01.txt", as file names often
are) made `qualcode reconcile agenda` refuse every time ("the real name behind Kommun B
would appear"), so the lead could not write an agenda at all. The name is rendered through
the key like the passage, and the leak check still guards the file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        for name in ("karin", "johan"):
            p.add_coder(name)
        p.add_coder("lena", role="lead")
        doc = p.import_text("norrvik_01.txt", SV_TEXT, lang="sv").id
        p.add_coding(doc, 30, 80, "mission_dialogue", "karin")
        p.add_coding(doc, 30, 95, "mission_dialogue", "johan")
        for name in ("karin", "johan"):
            p.set_status(doc, name, "done")
        p.act_as("lena", "lena")
        p.set_pseudonym("Norrvik", "Kommun B", "lena", kind="place")
        yield p


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_the_agenda_names_documents_by_pseudonym(
    project: Project, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"agenda{suffix}"
    assert project.write_agenda(path, viewer="lena") == 1
    if suffix == ".md":
        text = path.read_text(encoding="utf-8")
    else:
        text = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert "Kommun_B" in text.replace("\\_", "_")
    assert "norrvik" not in text.casefold()


def test_real_names_when_the_lead_asks(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "agenda.md"
    project.write_agenda(path, viewer="lena", real_names=True)
    assert "norrvik" in path.read_text(encoding="utf-8")

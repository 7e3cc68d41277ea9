"""The agenda names each case's document through the pseudonym key (red team, round 2):
with a place on the key, a document named after it ("norrvik_01.txt", as file names often
are) made `qualcode reconcile agenda` refuse every time ("the real name behind Kommun B
would appear"), so the lead could not write an agenda at all. The name is rendered through
the key like the passage, and the leak check still guards the file."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.hostile_kit import one_boundary_case


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with one_boundary_case(tmp_path / "p.db", "norrvik_01.txt") as p:
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

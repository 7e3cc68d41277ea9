"""A .qdpx whose user is named with decomposed letters brings that coder's work.

A tool on a Mac may write the user 'Åsa' as an A and a combining ring. Imported into a
project where Åsa codes, the whole file was refused: "user: coder 'A\\u030asa' reads as
'Åsa', a coder here already (only the case differs); nothing imported", though it was
she (red team 37; a coder package naming her so merges as her since 44fa8865). The
file's user names are read composed now, as every name the project keeps.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook

ASA = "Åsa"
PASTED = unicodedata.normalize("NFD", ASA)


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Another tool's file: Åsa's one coding, her name written decomposed."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    with Project.create(tmp_path / "a.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder(ASA)
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        p.act_as(ASA)
        p.add_coding(doc, 10, 40, "integration", ASA)
        p.act_as("lena")
        written = p.export_qdpx(tmp_path / "a.qdpx")
    target = tmp_path / "mac.qdpx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(target, "w") as out:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename.lower().endswith(".qde"):
                text = data.decode("utf-8")
                assert ASA in text
                data = text.replace(ASA, PASTED).encode("utf-8")
            out.writestr(member, data)
    return target


def test_her_codings_come_in_as_hers(study: Path, tmp_path: Path) -> None:
    with Project.create(tmp_path / "b.db") as project:
        project.add_coder("lena", role="lead")
        project.add_coder(ASA)
        project.act_as("lena")
        project.import_qdpx(study)
        assert sorted(c.name for c in project.coders()) == sorted(["lena", ASA])
        assert [c.coder for c in project.codings()] == [ASA]


def test_she_names_herself_arriving_decomposed(study: Path, tmp_path: Path) -> None:
    with Project.create(tmp_path / "c.db") as project:
        project.import_qdpx(study, arriving=PASTED)
        assert ASA in {c.name for c in project.coders()}
        assert PASTED not in {c.name for c in project.coders()}

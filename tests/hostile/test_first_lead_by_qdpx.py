"""A .qdpx brings a lead into a colleague's project (review 40).

799d4d6e let only the file's owner make a project's first lead by ``coder role`` and
``coder add --role lead``; a .qdpx qualcode wrote names its leads (each user's role, the
consensus's deciders), and ``import-qdpx`` added them as leads by no one's leave: karin,
let into a project holding nobody yet (arriving by her name) or whose lead had not joined
yet, imported a file naming eve its lead, and eve led a file she does not own. The import
now holds each lead it brings to the rule ``coder add --role lead`` keeps.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.access import BlindError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.hostile_kit import counts

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0, reason="gives the file to another user (root only)"
)


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A .qdpx of eve's own study, eve its lead, karin a coder."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    with Project.create(tmp_path / "eve.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("eve", role="lead")
        p.add_coder("karin")
        doc = p.import_text("aby_07.txt", SV_TEXT, lang="sv").id
        p.act_as("karin")
        p.add_coding(doc, 10, 40, "integration", "karin")
        p.act_as("eve")
        p.add_coding(doc, 60, 90, "integration", "eve")
        return p.export_qdpx(tmp_path / "eve.qdpx")


def _project(path: Path, coders: tuple[str, ...]) -> Path:
    """The lead's file on a shared server, holding ``coders`` and no lead, owned by
    another login than the one importing."""
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        for name in coders:
            project.add_coder(name)
    os.chown(path, 65534, -1)
    return path


@pytest.mark.parametrize("coders", [(), ("karin",)], ids=["nobody", "leadless"])
def test_a_qdpx_makes_no_first_lead_in_a_colleague_s_file(
    study: Path, tmp_path: Path, coders: tuple[str, ...]
) -> None:
    path = _project(tmp_path / "p.db", coders)
    before = counts(path)
    with Project.open(path) as project:
        with pytest.raises(BlindError, match=r"^eve\.qdpx: eve may not be the first lead"):
            project.import_qdpx(study, arriving=None if coders else "karin")
        assert not any(c.role == "lead" for c in project.coders())
    assert counts(path) == before


def test_the_owner_imports_the_file_with_its_lead(study: Path, tmp_path: Path) -> None:
    path = _project(tmp_path / "p.db", ("karin",))
    os.chown(path, os.geteuid(), -1)
    with Project.open(path) as project:
        project.import_qdpx(study)
        assert ("eve", "lead") in {(c.name, c.role) for c in project.coders()}

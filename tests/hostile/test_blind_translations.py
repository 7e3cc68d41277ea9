"""A colleague's translation is his reading of his passage (helper "pseudo"): johan
translated a passage he coded, and karin, blind, read it through the API's
``translations()`` and in the qualcode extras of her own .qdpx (project.json), with his
coding's id. The lead's pinned exemplars named colleagues' codings the same way. A coder
now sees the translations and pins of her own codings; the lead sees all."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import team_project

TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    made, doc = team_project(tmp_path / "p.db", document=("ip1.txt", TEXT))
    made.act_as("johan", "johan")
    his = made.add_coding(doc, 3, 38, "mission", "johan")
    made.translate_coding(his.id, "en", "His own reading of it", "johan")
    made.act_as("karin", "karin")
    hers = made.add_coding(doc, 3, 38, "mission", "karin")
    made.translate_coding(hers.id, "en", "Her own reading", "karin")
    made.act_as("lena", "lena")
    made.pin_exemplar(his.id, "lena")
    made.close()
    return tmp_path / "p.db"


def test_a_coder_reads_her_own_translations_only(path: Path, tmp_path: Path) -> None:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        assert sorted(karin.translations().values()) == ["Her own reading"]
        assert karin.exemplars() == set()
        karin.export_qdpx(tmp_path / "mine.qdpx")
        lena = p.act_as("lena", "lena")
        assert len(lena.translations()) == 2 and len(lena.exemplars()) == 1
    with zipfile.ZipFile(tmp_path / "mine.qdpx") as archive:
        meta = json.loads(archive.read("qualcode/project.json"))
        text = " ".join(archive.read(n).decode() for n in archive.namelist())
    assert [t["en"] for t in meta["translations"].values()] == ["Her own reading"]
    assert meta["pinned"] == []
    assert "His own reading" not in text

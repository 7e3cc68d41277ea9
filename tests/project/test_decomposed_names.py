"""Coder and document-set names typed with decomposed letters (a Mac's "Mo\\u0308rk": an o
and a combining diaeresis) are the composed names: kept composed, found either way. They
were refused beside the composed name with "reads as 'Mörk'" or "did you mean 'Åby'?",
which nobody could tell from what they had typed, or kept decomposed, so the name typed
on another keyboard was not found (small37)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import ValidationError
from tests.conftest import team_project


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_a_decomposed_coder_name_is_kept_composed_and_found_either_way(tmp_path: Path) -> None:
    project, _ = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        added = project.add_coder(_nfd("Mörk"))
        assert added.name == "Mörk" and "Mörk" in [c.name for c in project.coders()]
        assert project.coder("Mörk").id == project.coder(_nfd("Mörk")).id == added.id
        with pytest.raises(ValidationError, match="already exists in this project"):
            project.add_coder("Mörk")  # the same name, not a lookalike
    runner = CliRunner(env={"QUALCODE_CODER": _nfd("Mörk")})
    result = runner.invoke(app, ["-p", str(tmp_path / "p.db"), "team", "whoami"])
    assert result.exit_code == 0 and result.stdout.startswith("Mörk (coder)")


def test_a_decomposed_set_name_is_kept_composed_and_found_either_way(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        made = project.make_document_set(_nfd("Åby"), "lena", [doc])
        assert made.name == "Åby"
        assert project.document_set("Åby").id == project.document_set(_nfd("Åby")).id
        with pytest.raises(ValidationError, match="exists already"):
            project.make_document_set("Åby", "lena", [doc])
        project.rename_document_set("Åby", _nfd("Öby"), "lena")
        assert [s.name for s in project.document_sets()] == ["Öby"]


def test_a_package_naming_its_coder_decomposed_merges_as_that_coder(tmp_path: Path) -> None:
    """The project keeps Åsa composed; her laptop's package (from a Mac) names her
    decomposed, under her id: it is her, not someone else holding her id."""
    import json
    import shutil

    project, doc = team_project(tmp_path / "team.db")
    with project:
        project.act_as("lena")
        project.add_coder("Åsa")
    shutil.copy(tmp_path / "team.db", tmp_path / "laptop.db")
    with Project.open(tmp_path / "laptop.db") as laptop:
        laptop.act_as("Åsa")
        laptop.add_coding(doc, 3, 30, "mission", "Åsa")
        laptop.export_coder("Åsa", tmp_path / "asa.json")
    data = json.loads((tmp_path / "asa.json").read_text(encoding="utf-8"))
    data["coder"]["name"] = _nfd(data["coder"]["name"])
    (tmp_path / "asa.json").write_text(json.dumps(data), encoding="utf-8")
    with Project.open(tmp_path / "team.db") as team:
        team.act_as("lena")
        team.merge_package(tmp_path / "asa.json")
        assert [c.coder for c in team.codings()] == ["Åsa"]
        assert sorted(c.name for c in team.coders()) == ["johan", "karin", "lena", "Åsa"]

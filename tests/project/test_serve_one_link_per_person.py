"""`qualcode serve` makes one link per person (pseudo37): ``--coder karin --coder karin``,
or "Åsa" typed composed and decomposed, printed two links for one person, two secrets
to keep and to revoke. ``people_to_serve`` folds them to the name the project holds."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from qualcode.errors import QualcodeError
from tests.conftest import project_with

TEAM = (("lena", "lead"), ("karin", "coder"), ("Åsa", "coder"))


def test_a_person_named_twice_gets_one_link(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", coders=TEAM) as project:
        project.act_as("lena", "lena")
        assert project.people_to_serve(["karin", "karin", "lena"]) == ["karin", "lena"]


def test_a_name_typed_composed_and_decomposed_is_one_person(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa")
    with project_with(tmp_path / "p.db", coders=TEAM) as project:
        project.act_as("lena", "lena")
        assert project.people_to_serve(["Åsa", decomposed]) == ["Åsa"]
        assert project.people_to_serve([decomposed]) == ["Åsa"]


def test_an_unknown_name_is_still_refused(tmp_path: Path) -> None:
    with project_with(tmp_path / "p.db", coders=TEAM) as project:
        project.act_as("lena", "lena")
        with pytest.raises(QualcodeError, match="unknown coder"):
            project.people_to_serve(["karin", "nobody"])

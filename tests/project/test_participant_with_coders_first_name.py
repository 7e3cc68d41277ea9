"""A participant whose first name is a coder's, with a surname ("Karin Holm" beside the
coder karin), goes on the key whole: `pseudonym suggest --apply` proposes "Karin Holm",
"Karin" and "Holm", and the coder is printed as "Coder B" wherever the key replaces her
name. The check that keeps a participant's pseudonym from reading as a coder took karin as
printed "IP1" (the key's reading of her name) and refused "Holm", so the whole --apply was
refused and no name of any interview went on the key (study46)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError

TEXT = "Intervjuare: Hur gick det?\n\nKarin Holm: Vi planerar veckan tillsammans med Bo.\n"


def _project(path: Path) -> Project:
    project = Project.create(path)
    project.add_coder("lena", role="lead")
    for name in ("karin", "johan"):
        project.add_coder(name, actor="lena")
    project.act_as("lena")
    project.import_text("holm.txt", TEXT, lang="sv")
    return project


def test_every_proposed_name_goes_on_the_key(tmp_path: Path) -> None:
    with _project(tmp_path / "p.db") as project:
        for proposed in project.suggest_pseudonyms("lena"):
            project.set_pseudonym(proposed.real, proposed.pseudonym, "lena", kind=proposed.kind)
        on_key = {p.real: p.pseudonym for p in project.pseudonyms("lena")}
        assert on_key["Holm"] == on_key["Karin Holm"] == "IP1"
        key = project.pseudonym_key(viewer="lena", lang="en")
        assert key.coder("karin") == "Coder B" and key.coder("johan") == "Coder C"  # alike


def test_a_pseudonym_that_is_a_coders_name_is_still_refused(tmp_path: Path) -> None:
    with (
        _project(tmp_path / "p.db") as project,
        pytest.raises(ValidationError, match="as exports print her"),
    ):
        project.set_pseudonym("Holm", "johan", "lena", kind="speaker")

"""Document sets whose names read alike (red team 15).

Set names were compared as stored, so 'Åby' with a decomposed accent (a name pasted from
a Mac's file list), 'ÅBY', or 'Åby' with a zero-width space made a second set beside
'Åby' that `sets list`, the audit and agree's scope line printed as the first; ``--set
Åby`` then searched, counted and exported whichever the keyboard happened to spell. A new
name that reads as a live set's is refused in one line (as a coder's is), and a name
found nowhere suggests the set it reads as.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import NotFoundError, ValidationError
from tests.conftest import team_project
from tests.hostile.export_kit import counts


@pytest.mark.parametrize("name", ["ÅBY", "Åby\u200b", "Åb\u0443"])
def test_a_set_name_reading_as_anothers_is_refused(tmp_path: Path, name: str) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        project.make_document_set("Åby", "lena", [doc])
        before = counts(tmp_path / "p.db")
        with pytest.raises(ValidationError) as refused:
            project.make_document_set(name, "lena", [doc])
        said = str(refused.value)
        assert "\n" not in said
        if "\u200b" in name:  # refused as any such name is (test_names_shown_as_nothing.py)
            assert "holds a character that shows as nothing (U+200B" in said
        else:
            assert "reads as 'Åby', which exists already" in said
            assert ascii(name)[:60] in said  # spelt out: on screen it reads as the other
        assert counts(tmp_path / "p.db") == before
        assert [s.name for s in project.document_sets()] == ["Åby"]


def test_a_set_asked_for_as_it_reads_is_named(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.act_as("lena")
        project.make_document_set("Åby", "lena", [doc])
        with pytest.raises(NotFoundError, match="did you mean 'Åby'"):
            project.search_text("uppdrag", doc_set="ÅBY")
        project.make_document_set("Ekstad", "lena", [doc])  # reads differently: made
        assert len(project.document_sets()) == 2

"""Document sets at their edges (review 26): a set needs a name a person can type back,
and a team report told to count documents outside the set it was narrowed to says so
instead of counting none and printing an empty table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import add_plain_document, coding_team


@pytest.fixture
def two_places(tmp_path: Path) -> Iterator[Project]:
    """Two documents karin and johan both coded and finished; lena leads."""
    project = coding_team(tmp_path / "p.db")
    for name, said in (("aby_01.txt", "Nämnden lyssnade."), ("ekstad_01.txt", "Vi fick tid.")):
        doc = add_plain_document(project, name, [said, "Kostnaden steg."])
        unit = project.units(doc)[0]
        for coder in ("karin", "johan"):
            project.add_coding(doc, unit.start, unit.end, "mission_dialogue", coder)
            project.set_status(doc, coder, "done")
    project.act_as("lena")
    yield project
    project.close()


@pytest.mark.parametrize("name", ["", "   ", "\u00a0"])
def test_a_set_without_a_name_is_refused(two_places: Project, name: str) -> None:
    """`sets make ""` made a set called '' that only `--set ""` could reach."""
    with pytest.raises(ValidationError, match="document set name: give the set a name"):
        two_places.make_document_set(name, "lena", ["aby_01"])
    assert two_places.document_sets() == []


@pytest.mark.parametrize("name", ["", "\u00a0", "first\nround", "x" * 201])
def test_a_rename_refuses_what_making_a_set_refuses(two_places: Project, name: str) -> None:
    """Making and renaming a set check its name by one rule (``set_name``): each had its
    own copy of it; a name no set could be made with is no name to rename one to."""
    with pytest.raises(ValidationError, match=r"^document set name: ") as making:
        two_places.make_document_set(name, "lena", ["aby_01"])
    two_places.make_document_set("south", "lena", ["aby_01"])
    with pytest.raises(ValidationError, match=r"^document set name: ") as renaming:
        two_places.rename_document_set("south", name, "lena")
    assert str(renaming.value) == str(making.value)
    assert [s.name for s in two_places.document_sets()] == ["south"]


def test_a_chosen_document_outside_the_set_is_named(two_places: Project) -> None:
    """`agree --set south --docs ekstad_01` counted '0 of 1 documents' and printed a table
    of nothing."""
    two_places.make_document_set("south", "lena", ["aby_01"])
    with pytest.raises(ValidationError, match=r"'ekstad_01\.txt' is not in the set 'south'"):
        two_places.agreement(bootstrap=0, docs=["ekstad_01"], doc_set="south")
    report = two_places.agreement(bootstrap=0, docs=["aby_01"], doc_set="south")
    assert "1 of 1 documents in the set 'south'" in report.scope

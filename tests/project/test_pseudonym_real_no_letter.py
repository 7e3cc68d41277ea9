"""A real name on the pseudonym key has at least one letter: `pseudonym set "(" IP9` was
taken, and exports then replaced each bracket of the text by IP9 (redteam40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from qualcode.tui.catalog import Catalog
from tests.cli.cli_kit import fails, lead_project


@pytest.mark.parametrize("real", ["(", "*", " 12 ", "–.–"])
def test_a_real_name_without_a_letter_is_refused_and_nothing_is_put_on_the_key(
    project: Project, real: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        project.set_pseudonym(real, "IP9", "lena")
    shown = repr(real.strip())
    assert str(refused.value) == (
        f"pseudonym set: the real name {shown} has no letter; a name has at least one"
    )
    said = Catalog("sv").refusal(refused.value.key, refused.value.values)
    assert said == f"Det verkliga namnet '{real.strip()}' har ingen bokstav; ett namn har minst en"
    assert project.pseudonyms("lena") == []


def test_a_name_with_a_letter_among_other_marks_is_taken(project: Project) -> None:
    project.set_pseudonym("Åsa (Berg)", "IP9", "lena")
    assert [(p.real, p.pseudonym) for p in project.pseudonyms("lena")] == [("Åsa (Berg)", "IP9")]


def test_the_cli_says_it_in_one_line(tmp_path: Path) -> None:
    project = lead_project(tmp_path, "karin")
    said = fails(project, "pseudonym", "set", "(", "IP9")
    assert said == "pseudonym set: the real name '(' has no letter; a name has at least one"

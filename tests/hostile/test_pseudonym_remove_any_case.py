"""`pseudonym remove` finds a name on the key in any case, as `pseudonym set` does:
'pseudonym set maria X' replaced Maria's entry, but 'pseudonym remove maria' said
'maria' was not on the key while `pseudonym list` showed her (hostile50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


@pytest.fixture
def keyed(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.db")
    project.add_coder("lena", role="lead")
    project.act_as("lena", "lena")
    project.set_pseudonym("Maria Berg", "X1", "lena")
    project.set_pseudonym("Åsa", "X2", "lena")
    return project


@pytest.mark.parametrize("typed", ["maria berg", "MARIA BERG", " Maria Berg "])
def test_a_name_typed_in_another_case_is_removed(keyed: Project, typed: str) -> None:
    removed = keyed.remove_pseudonym(typed, "lena")
    assert (removed.real, removed.pseudonym) == ("Maria Berg", "X1")
    assert [p.real for p in keyed.store.pseudonyms.list()] == ["Åsa"]


def test_a_name_not_on_the_key_is_still_refused(keyed: Project) -> None:
    with pytest.raises(QualcodeError, match="not on the pseudonym key"):
        keyed.remove_pseudonym("Maria", "lena")
    assert len(keyed.store.pseudonyms.list()) == 2

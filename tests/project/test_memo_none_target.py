"""A script's memo with None where a name or text goes gets a one-line refusal, and a
project memo may name no target at all.

``add_memo("project", None, ...)`` ended in an AttributeError (pseudo43's report): the
project is the one target that has no name, so None is the natural way to write it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import project_with


def _project(tmp_path: Path) -> Project:
    project = project_with(tmp_path / "p.db", ("aby_01.txt", "I: Hur går det?\n\nIP: Bra.\n"))
    project.act_as("lena")
    return project


def test_a_project_memo_may_name_no_target(tmp_path: Path) -> None:
    with _project(tmp_path) as project:
        memo = project.add_memo("project", None, "lena", "Ta upp uppdraget i nästa möte.")
        assert [m.id for m in project.memos("project")] == [memo.id]


@pytest.mark.parametrize(
    ("kind", "target", "text"),
    [
        ("document", None, "en anteckning"),
        ("code", 7, "en anteckning"),
        ("project", "project", None),
    ],
)
def test_none_or_a_number_is_refused_in_one_line(
    tmp_path: Path, kind: str, target: Any, text: Any
) -> None:
    with _project(tmp_path) as project:
        with pytest.raises(ValidationError) as refused:
            project.add_memo(kind, target, "lena", text)
        assert "\n" not in str(refused.value)
        assert project.memos() == []

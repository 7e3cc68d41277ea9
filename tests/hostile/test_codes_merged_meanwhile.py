"""A code merged, or renamed, from two of the lead's windows at once. merge_codes and
rename_code looked the codes up before the write lock, so while one window merged B into
C, the other's merge of A into B went on after it: A's codings moved onto B, retired by
then, and showed in no list, report or export. Two opposite merges (A into B, B into A)
left both codes retired and every coding of either on one of them. The codes are looked
up under the lock; the second window is told the code is gone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing


def _coded(path: Path) -> None:
    """Codes a, b and c, karin's coding of the first unit with each."""
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        for key in ("a", "b", "c"):
            made.add_code(key, {"sv": key.upper()})
        unit = made.units(doc)[0]
        made.act_as("karin")
        for key in ("a", "b", "c"):
            made.add_coding(doc, unit.start, unit.end, key, "karin")


def _race(path: Path, first: Callable[[Any], object], second: Callable[[Project], object]) -> Any:
    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return second(project)

    with Project.open(path) as other:
        other.act_as("lena")
        return racing(action, other, first)[1]


def _codes_of_live_codings(path: Path) -> list[str]:
    with Project.open(path) as project:
        project.act_as("lena")
        live = {c.key for c in project.codebook()}
        return sorted(c.code if c.code in live else f"retired {c.code}" for c in project.codings())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("b", "c"), ("a", "b")),  # a into b while b goes into c
        (("b", "a"), ("a", "b")),  # opposite merges
    ],
)
def test_a_merge_into_a_code_merged_meanwhile_is_refused(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> None:
    path = tmp_path / "p.db"
    _coded(path)
    raised = _race(path, lambda p: p.merge_codes(*first), lambda p: p.merge_codes(*second))
    assert isinstance(raised, NotFoundError), raised
    # karin's coding with b went into the code merged into (coded with it already), and
    # her codings with a and c stay on live codes
    assert _codes_of_live_codings(path) == ["a", "c"]


def test_a_code_renamed_from_two_windows_is_renamed_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _coded(path)
    raised = _race(path, lambda p: p.rename_code("a", "x"), lambda p: p.rename_code("a", "y"))
    assert isinstance(raised, NotFoundError), raised
    with Project.open(path) as project:
        assert len(project.audit("code.rename", real_names=True, viewer="lena")) == 1
        assert "x" in {c.key for c in project.codebook()}

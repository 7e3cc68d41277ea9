"""A coding removed, changed or restored from two windows at once is acted on once. The
coding was looked up and checked (removed yet? whose?) before the write lock, so while
karin's other window held the lock removing or changing it, the second went through after
it: two 'coding.remove' lines, or two live codings where one was changed twice (one per
window's new code), or a coding changed after it was removed, alive again under a new code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing


def _karins_coding(path: Path) -> str:
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.add_code("systems", {"sv": "System"})
        made.add_code("integration", {"sv": "Integrering"})
        unit = made.units(doc)[0]
        made.act_as("karin")
        return made.add_coding(doc, unit.start, unit.end, "mission", "karin").id


def _race(
    path: Path, first: Callable[[Any], object], second: Callable[[Project], object]
) -> BaseException | None:
    def action() -> object:
        with Project.open(path) as project:
            project.act_as("karin")
            return second(project)

    with Project.open(path) as other:
        other.act_as("karin")
        _, raised = racing(action, other, first)
    return raised


def _live(path: Path) -> list[str]:
    with Project.open(path) as project:
        project.act_as("karin")
        return sorted(c.code for c in project.codings(viewer="karin"))


def _audit(path: Path, action: str) -> int:
    with Project.open(path) as project:
        return len(project.audit(action, real_names=True, viewer="lena"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("remove", "remove"),
        ("change", "change"),
        ("remove", "change"),
        ("change", "remove"),
    ],
)
def test_a_coding_acted_on_from_two_windows_at_once(
    tmp_path: Path, first: str, second: str
) -> None:
    path = tmp_path / "p.db"
    ref = _karins_coding(path)
    acts: dict[str, Callable[[Any], object]] = {
        "remove": lambda p: p.remove_coding(ref, "karin"),
        "change": lambda p: p.change_coding(ref, "systems", "karin"),
    }
    other_acts: dict[str, Callable[[Any], object]] = {
        "remove": lambda p: p.remove_coding(ref, "karin"),
        "change": lambda p: p.change_coding(ref, "integration", "karin"),
    }
    raised = _race(path, acts[first], other_acts[second])
    assert isinstance(raised, QualcodeError), raised
    assert "removed" in str(raised), raised
    assert _live(path) == ([] if first == "remove" else ["systems"])
    assert _audit(path, "coding.remove") == (1 if first == "remove" else 0)
    assert _audit(path, "coding.change") == (1 if first == "change" else 0)


def test_a_coding_restored_from_two_windows_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    ref = _karins_coding(path)
    with Project.open(path) as project:
        project.act_as("karin")
        project.remove_coding(ref, "karin")
    raised = _race(
        path, lambda p: p.restore_coding(ref, "karin"), lambda p: p.restore_coding(ref, "karin")
    )
    assert isinstance(raised, QualcodeError), raised
    assert _live(path) == ["mission"]
    assert _audit(path, "coding.restore") == 1

"""A coder's package merged while the lead's other window changes the project. The
package's documents, codes and coder were looked up before the write lock: a code the other
window merged into another meanwhile took karin's codings onto the retired code (shown in no
list), and the same package merged from two windows at once was refused the second time
as 'coder already exists' instead of being found already here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from qualcode import Project
from qualcode.project.exchange import MergeReport
from tests.hostile.hostile_kit import racing
from tests.hostile.package_kit import team_and_laptop


def _saras_package(tmp_path: Path) -> tuple[Path, Path]:
    """The team's file (codes mission and systems) and the package of a new coder, sara,
    who coded one passage with mission on a copy of it."""
    team, laptop, doc = team_and_laptop(tmp_path, "systems", "System")
    with Project.open(laptop) as p:
        p.add_coder("sara")
        p.act_as("sara")
        unit = p.units(doc)[0]
        p.add_coding(doc, unit.start, unit.end, "mission", "sara")
        return team, p.export_coder("sara", tmp_path / "sara.json")


def _merge(
    team: Path, package: Path, first: Callable[[Any], object]
) -> tuple[object, BaseException | None]:
    def action() -> object:
        with Project.open(team) as project:
            project.act_as("lena")
            return project.merge_package(package)

    with Project.open(team) as other:
        other.act_as("lena")
        return racing(action, other, first)


def test_codings_follow_a_code_merged_meanwhile(tmp_path: Path) -> None:
    team, package = _saras_package(tmp_path)
    _, raised = _merge(team, package, lambda p: p.merge_codes("mission", "systems"))
    assert raised is None, raised
    with Project.open(team) as project:
        project.act_as("lena")
        assert [(c.code, c.coder) for c in project.codings()] == [("systems", "sara")]


def test_one_package_merged_from_two_windows_at_once_is_merged_once(tmp_path: Path) -> None:
    team, package = _saras_package(tmp_path)
    report, raised = _merge(team, package, lambda p: p.merge_package(package))
    assert raised is None, raised
    assert isinstance(report, MergeReport)
    assert (report.added, report.unchanged) == (0, 1)
    with Project.open(team) as project:
        project.act_as("lena")
        assert [c.coder for c in project.codings()] == ["sara"]

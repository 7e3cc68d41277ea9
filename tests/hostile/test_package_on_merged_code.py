"""A coder's package merged after the lead merged one of its codes into another. The
package names the old code by id, which the project still holds (retired, merged_into
the other), so karin's codings went onto the retired code: merged, counted as added, and
shown in no codebook, list or report by code. They now follow the merge, as the
project's own codings did; a passage she coded with both codes stays coded once. A code
the lead deleted since (unused in her file) refuses the package in one line, where it
went onto the retired code too, until a code of that key is added again."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.hostile.package_kit import team_and_laptop


def _package(tmp_path: Path, keys: tuple[str, ...]) -> tuple[Path, Path]:
    """The team's file (codes mission and dialogue) and karin's package, made on a copy,
    of the first unit coded with each of ``keys``."""
    team, laptop, doc = team_and_laptop(tmp_path, "dialogue", "Dialog")
    with Project.open(laptop) as p:
        p.act_as("karin")
        unit = p.units(doc)[0]
        for key in keys:
            p.add_coding(doc, unit.start, unit.end, key, "karin")
        return team, p.export_coder("karin", tmp_path / "karin.json")


def test_codings_follow_a_merge_made_since(tmp_path: Path) -> None:
    team, package = _package(tmp_path, ("mission",))
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_codes("mission", "dialogue")
        p.merge_package(package)
        assert [(c.code, c.coder) for c in p.codings()] == [("dialogue", "karin")]
        assert p.code_counts() == {"dialogue": 1}


def test_a_passage_coded_with_both_merged_codes_stays_coded_once(tmp_path: Path) -> None:
    team, package = _package(tmp_path, ("mission", "dialogue"))
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_codes("mission", "dialogue")
        p.merge_package(package)
        assert [(c.code, c.coder) for c in p.codings()] == [("dialogue", "karin")]
        p.merge_package(package)  # again: nothing new
        assert len(p.codings()) == 1


def test_a_code_deleted_since_refuses_the_package_until_it_is_back(tmp_path: Path) -> None:
    team, package = _package(tmp_path, ("dialogue",))
    with Project.open(team) as p:
        p.act_as("lena")
        p.delete_code("dialogue")  # unused in the team's file
        with pytest.raises(ValidationError, match="was deleted from this project's codebook"):
            p.merge_package(package)
        assert p.codings() == []
        p.add_code("dialogue", {"sv": "Dialog"})  # back, under a new id
        p.merge_package(package)
        assert [(c.code, c.coder) for c in p.codings()] == [("dialogue", "karin")]

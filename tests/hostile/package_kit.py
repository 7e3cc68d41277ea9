"""A lead's project with one coder package merged, for the cases on what a later package
brings: his memo edits, his clock set ahead, a time written another way. Four test files
built this set-up each (test_package_memo_edits, test_package_times,
test_package_clock_caught_up and, without the merge, test_package_restored_codings); each
case then opened his copy to change one thing and export his next package (``in_his_copy``).
The rejection cases (test_package_rejections, _rejection_merged_code, _reaccepted) each
had johan reject his engine's first suggestion in his copy (``rejected_in_his_copy``); the
merged-code cases copied the team's file whole as a coder's laptop (``team_and_laptop``)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qualcode import Project
from qualcode.model import Coding, Suggestion
from tests.conftest import MISSION_TEXT, team_project


def johans_handout(tmp_path: Path) -> tuple[Path, Path, str]:
    """The team's file (lena the lead, karin, johan; the code mission; ip1.txt) and the
    copy lena handed johan, nothing coded yet; with the document's id."""
    team = tmp_path / "team.db"
    made, doc = team_project(team, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.act_as("lena")
        made.handout("johan", tmp_path / "johan.db")
    return team, tmp_path / "johan.db", doc


def code_first_unit(copy: Project, doc: str) -> Coding:
    """Johan codes the document's first unit ``mission`` in his copy."""
    unit = copy.units(doc)[0]
    return copy.add_coding(doc, unit.start, unit.end, "mission", "johan")


def first_merge(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """The team's file after merging johan's first package from his copy: one coding with
    a memo. With his copy, the coding's id and the memo's."""
    team, copy, doc = johans_handout(tmp_path)
    with Project.open(copy) as p:
        p.act_as("johan")
        coding = code_first_unit(p, doc)
        memo = p.add_memo("coding", coding.id, "johan", "first thought")
        package = p.export_coder("johan", tmp_path / "one.json")
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_package(package)
    return team, copy, coding.id, memo.id


def rewrite(package: Path, section: str, field: str, value: Any) -> None:
    """The package's first row of ``section`` given ``value`` for ``field``, as by hand."""
    data = json.loads(package.read_text(encoding="utf-8"))
    data[section][0][field] = value
    package.write_text(json.dumps(data), encoding="utf-8")


def in_his_copy(copy: Path, change: Callable[[Project], object], name: str = "two.json") -> Path:
    """Johan's next package: ``change`` made in his copy as him, then exported beside the
    copy as ``name``."""
    with Project.open(copy) as p:
        p.act_as("johan")
        change(p)
        return p.export_coder("johan", copy.parent / name)


def rejected_in_his_copy(
    blind_team: tuple[Project, str], tmp_path: Path
) -> tuple[Path, Path, Suggestion]:
    """The team's file and johan's package (johan.json) from his handout copy (johan.db),
    in which he rejected the first suggestion his own engine made on the interview and
    coded nothing; with that suggestion."""
    team, doc = blind_team
    with team:
        team.act_as("lena")
        team.handout("johan", tmp_path / "johan.db")
    with Project.open(tmp_path / "johan.db") as copy:
        copy.act_as("johan")
        made = copy.suggest([doc], coder="johan", min_score=0.0)[0]
        copy.reject_suggestions([made.id], "johan")
        return team.path, copy.export_coder("johan", tmp_path / "johan.json"), made


def team_and_laptop(tmp_path: Path, key: str, name: str) -> tuple[Path, Path, str]:
    """The team's file (team.db: codes ``mission`` and ``key``, named ``name`` in Swedish)
    and a coder's laptop (laptop.db), the file copied whole, not handed out; with the
    document's id."""
    team = tmp_path / "team.db"
    made, doc = team_project(team, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.add_code(key, {"sv": name})
    laptop = tmp_path / "laptop.db"
    shutil.copy(team, laptop)
    return team, laptop, doc

"""A memo the coder edits or removes in her own copy after a merge reaches the lead.

The merge took a memo it already held as done, so a memo johan rewrote in his handout
copy (``e`` in the memo list) after the lead's first merge kept its first text in the
lead's project for good, and one he removed stayed, without a word. A lead's edit made
after his is not undone by his older text.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.package_kit import first_merge, in_his_copy


def _texts(team: Path) -> list[str]:
    with Project.open(team) as p:
        p.act_as("lena")
        return [m.text for m in p.memos()]


def test_an_edit_in_her_copy_comes_in(tmp_path: Path) -> None:
    team, copy, _, memo = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: p.edit_memo(memo, "second thought, better", "johan"))
    with Project.open(team) as p:
        p.act_as("lena")
        assert p.merge_package(package).memos == 1
        assert p.merge_package(package).memos == 0  # idempotent
    assert _texts(team) == ["second thought, better"]


def test_a_removal_in_her_copy_comes_in(tmp_path: Path) -> None:
    team, copy, _, memo = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: p.remove_memo(memo, "johan"))
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_package(package)
    assert _texts(team) == []


def test_a_leads_later_edit_stays(tmp_path: Path) -> None:
    team, copy, _, memo = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: p.edit_memo(memo, "his second thought", "johan"))
    with Project.open(team) as p:
        p.act_as("lena")
        p.edit_memo(memo, "the lead's words, later", "lena")
        p.merge_package(package)
    assert _texts(team) == ["the lead's words, later"]

"""A coding the coder removed and brought back in her own copy between two merges.

The merge marks a removal (the package says deleted) but took a coding it held removed as
done: johan removed a coding in his handout copy, the lead merged that, he undid the
removal (``u``, or ``code restore``: the same id), and the next merge left it removed in
the lead's project, counted nowhere, without a word. It comes back now, when he brought it
back after the removal the project holds.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.hostile.package_kit import code_first_unit, johans_handout


def test_a_coding_brought_back_after_a_merged_removal_comes_back(tmp_path: Path) -> None:
    team, copy, doc = johans_handout(tmp_path)
    with Project.open(copy) as p:
        p.act_as("johan")
        coding = code_first_unit(p, doc)
        p.remove_coding(coding.id, actor="johan")
        removed = p.export_coder("johan", tmp_path / "one.json")
        p.restore_coding(coding.id, actor="johan")
        back = p.export_coder("johan", tmp_path / "two.json")
    with Project.open(team) as p:
        p.act_as("lena")
        p.merge_package(removed)
        assert p.codings() == []
        report = p.merge_package(back)
        assert [c.id for c in p.codings()] == [coding.id]
        assert report.restored == 1
        assert p.merge_package(back).restored == 0  # idempotent
        p.merge_package(removed)  # the older package again: the removal is older
        assert [c.id for c in p.codings()] == [coding.id]

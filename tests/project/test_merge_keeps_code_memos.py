"""Merging a code takes its memos along. They stayed on the retired code: the theme
summary printed them under no code, and the code that now holds the passages showed none
of what was written about them."""

from __future__ import annotations

from pathlib import Path

from qualcode.project import Project


def test_a_merged_codes_memos_move_to_the_code_it_went_into(
    project: Project, tmp_path: Path
) -> None:
    project.act_as("lena")
    caseload = project.store.codes.id_for_key("caseload")
    integration = project.store.codes.id_for_key("integration")
    project.add_coding("aby_01.txt", 0, 20, "caseload", "lena")
    project.add_memo("code", "caseload", "lena", "the caseload notes")
    project.add_memo("code", "integration", "lena", "the integration notes")
    project.merge_codes("caseload", "integration", actor="lena")
    assert {m.text for m in project.memos("code", integration)} == {
        "the caseload notes",
        "the integration notes",
    }
    assert project.memos("code", caseload) == []
    (entry,) = [e for e in project.audit() if e.action == "code.merge"]
    assert len(entry.payload["memos"]) == 1
    summary = project.export_summary(tmp_path / "s.md", layer="coder")
    assert "the caseload notes" in summary.read_text(encoding="utf-8")

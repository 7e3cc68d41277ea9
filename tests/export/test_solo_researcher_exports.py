"""A researcher coding alone, as in NVivo or MAXQDA, never reconciles: the refusals she
meets on her way to a report for a paper say what she can write instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import ValidationError
from qualcode.project import Project


def test_an_empty_consensus_names_the_coders_layer(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    project.add_coding("aby_01.txt", 0, 20, "integration", "lena")
    with pytest.raises(ValidationError, match="or summarise layer coder") as refused:
        project.export_summary(tmp_path / "s.docx")
    assert "nothing written" in str(refused.value)
    assert not (tmp_path / "s.docx").exists()
    project.export_summary(tmp_path / "s.docx", layer="coder")  # as it says
    assert (tmp_path / "s.docx").stat().st_size > 0


def test_no_codings_at_all_only_says_reconcile_first(project: Project, tmp_path: Path) -> None:
    project.act_as("lena")
    with pytest.raises(ValidationError, match=r"no codings \(reconcile first\);"):
        project.export_summary(tmp_path / "s.md")


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
def test_codings_as_a_document_to_read_point_to_the_summary(
    project: Project, tmp_path: Path, suffix: str
) -> None:
    project.act_as("lena")
    project.add_coding("aby_01.txt", 0, 20, "integration", "lena")
    target = tmp_path / f"codings{suffix}"
    with pytest.raises(ValidationError, match=r"choose \.csv or \.xlsx .*theme summary"):
        project.export_codings(target)
    assert not target.exists()

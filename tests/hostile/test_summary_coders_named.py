"""`export summary --coders` measures the team the lead names, or says why not (red team 16).

The summary swallowed any failure to measure agreement (meant for a project with one coder),
so `--coders karin,johann` (a misspelt name) or `--coders karin` (one coder) wrote the
summary with no agreement section and no word why: a lead sent a co-author a summary she
believed held the agreement she asked for. A team named is now measured or refused in one
line, before any file is written; without --coders a project of one coder is as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError


@pytest.fixture
def coded(blind_team: tuple[Project, str]) -> Path:
    project, doc = blind_team
    unit = project.units(doc)[0]
    for coder in ("karin", "johan"):
        project.add_coding(doc, unit.start, unit.end, "integration", coder)
        project.set_status(doc, coder, "done")
    path = Path(str(project.path))
    project.close()
    return path


@pytest.mark.parametrize(
    ("coders", "said"),
    [(["karin", "johann"], "unknown coder 'johann'"), (["karin"], "needs 2 different coders")],
)
def test_a_team_that_cannot_be_measured_is_refused(
    coded: Path, tmp_path: Path, coders: list[str], said: str
) -> None:
    target = tmp_path / "summary.md"
    lena = Project.open(coded).act_as("lena")
    with lena, pytest.raises(QualcodeError, match=said) as refused:
        lena.export_summary(target, layer="coder", coders=coders)
    assert "\n" not in str(refused.value)
    assert not target.exists()


def test_the_named_team_is_measured(coded: Path, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    with Project.open(coded).act_as("lena") as lena:
        lena.export_summary(target, layer="coder", coders=["karin", "johan"])
        lena.export_summary(tmp_path / "default.md", layer="coder")
    assert "pooled alpha of 1.000" in target.read_text(encoding="utf-8")


def test_a_blind_coder_naming_a_team_is_refused(coded: Path, tmp_path: Path) -> None:
    with Project.open(coded).act_as("karin") as karin:
        with pytest.raises(QualcodeError, match="blind coding: karin cannot see"):
            karin.export_summary(tmp_path / "k.md", layer="coder", coders=["karin", "johan"])
        karin.export_summary(tmp_path / "own.md", layer="coder")  # her own, as before

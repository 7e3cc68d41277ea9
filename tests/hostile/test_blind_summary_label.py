"""A blind coder's theme summary says whose codings it holds (red team, round 2): karin's
summary of the default layer read 'Layer: all coders' and '... with codings in this layer
(all coders)' while it held her codings alone, so a co-author could take one coder's
counts for the team's. While blind, a coder's 'coder' layer is her own, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project


@pytest.fixture
def project(blind_team: tuple[Project, str]) -> Path:
    p, doc = blind_team
    with p:
        p.add_coding(doc, 30, 80, "mission_dialogue", "karin")
        p.add_coding(doc, 30, 95, "mission_dialogue", "johan")
    return p.path


def test_a_blind_coders_summary_names_her(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as opened:
        karin = opened.act_as("karin", "karin")
        out = karin.export_summary(tmp_path / "karin.md", layer="coder", lang="en")
    text = out.read_text(encoding="utf-8")
    assert "all coders" not in text and "karin" in text


def test_the_leads_summary_still_pools_all_coders(project: Path, tmp_path: Path) -> None:
    with Project.open(project) as opened:
        lena = opened.act_as("lena", "lena")
        out = lena.export_summary(tmp_path / "team.md", layer="coder", lang="en")
    assert "all coders" in out.read_text(encoding="utf-8")

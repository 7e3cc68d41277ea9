"""A blind coder's suggestions learn only from her own work, also when the API is called
without `coder=` (red team, round 2): karin, acting as herself, called
`project.suggest([doc])` and got the engine the lead had fitted on every coder's codings
(kept in the file under no coder's name), so johan's coding showed through her suggestions;
and an engine she fitted herself was kept under that shared name for the lead. Nobody
named means the blind coder who acts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qualcode import Project


@pytest.fixture
def project(blind_team: tuple[Project, str]) -> Path:
    p, doc = blind_team
    with p:
        p.add_coding(doc, 30, 80, "mission_dialogue", "johan")
        p.add_coding(doc, 100, 140, "caseload", "karin")
    return p.path


def _kept(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT coder FROM suggest_models")}


def test_a_blind_coder_never_gets_the_teams_engine(project: Path) -> None:
    with Project.open(project) as opened:
        lena = opened.act_as("lena", "lena")
        lena.suggest([lena.documents()[0].id])
    assert _kept(project) == {""}  # the lead's engine, fitted on everyone's codings
    with Project.open(project) as opened:
        karin = opened.act_as("karin", "karin")
        karin.suggest([karin.documents()[0].id])  # no coder= given
    assert _kept(project) == {"", "karin"}  # her own engine, kept under her name


def test_a_blind_coders_engine_is_not_kept_as_the_teams(project: Path) -> None:
    with Project.open(project) as opened:
        karin = opened.act_as("karin", "karin")
        karin.suggest([karin.documents()[0].id])
    assert _kept(project) == {"karin"}

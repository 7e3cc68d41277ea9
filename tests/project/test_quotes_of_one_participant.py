"""`report quotes --participant IP1b`: what one participant said, code by code, as NVivo
opens a case's coded references; --per-code counts hers, not the longest quotes of
everyone, of which hers might be none. A name no quote is cited by is one line naming
those that are (study46)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import team_project
from tests.project.team_kit import lines_coded

TEXT = (
    "Intervjuare: Hur ser veckan ut?\n\n"
    "Vendela Rask: Fredagarna planerar vi tillsammans i hela arbetslaget varje vecka.\n\n"
    "Gustav Ek: Barngrupperna har vuxit.\n\n"
    "Vendela Rask: Ingen frågade oss om barngruppernas storlek i höstas.\n"
)


def _study(path: Path) -> None:
    project, doc = team_project(path, document=("par.txt", TEXT))
    with project:
        lines_coded(project, doc, TEXT, ("Fredagarna", "Barngrupperna", "Ingen frågade"))


def test_the_quotes_of_one_participant(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    with Project.open(path) as project:
        project.act_as("karin")
        hers = project.report_quotes(per_code=1, participant="ip1b")  # as cited, any case
        all_of_a = project.report_quotes(participant="IP1a")
    assert hers["text"].tolist() == ["Barngrupperna har vuxit."]  # the shortest quote
    assert hers["participant"].tolist() == ["IP1b"]
    assert len(all_of_a) == 2 and set(all_of_a["participant"]) == {"IP1a"}


def test_a_participant_quoted_nowhere_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _study(path)
    got = CliRunner().invoke(
        app,
        ["-p", str(path), "report", "quotes", "--participant", "IP12"],
        env={"QUALCODE_CODER": "karin"},
    )
    assert got.exit_code == 1 and not got.stdout
    assert got.stderr.strip() == (
        "error: --participant: no quote of 'IP12' (participants quoted: IP1a, IP1b)"
    )

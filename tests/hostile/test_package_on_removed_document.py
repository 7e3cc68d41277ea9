"""A coder's package merged after the lead took one of its documents out. Karin coded on
her laptop; meanwhile the lead removed the interview (imported with the wrong language) and
imported the same file again. The package names the old document's id, so its codings
went onto the removed copy: merged, counted as added, and read by nothing, while the live
copy of the same text showed none of her work. A document removed and not imported again
keeps the codings with it (nothing is lost) and the merge says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from qualcode import Project
from tests.conftest import MISSION_TEXT, team_project


def _karins_package(tmp_path: Path) -> tuple[Path, Path]:
    """The team's file and karin's package of one coding on ip1, made on a copy."""
    team = tmp_path / "team.db"
    made, _ = team_project(team, document=("ip1.txt", MISSION_TEXT))
    made.close()
    laptop = tmp_path / "laptop.db"
    shutil.copy(team, laptop)
    with Project.open(laptop) as p:
        p.act_as("karin")
        doc = p.documents()[0].id
        unit = p.units(doc)[0]
        p.add_coding(doc, unit.start, unit.end, "mission", "karin")
        return team, p.export_coder("karin", tmp_path / "karin.json")


def test_codings_go_to_the_live_copy_of_a_removed_document(tmp_path: Path) -> None:
    team, package = _karins_package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        p.remove_document("ip1.txt", "imported with the wrong language")
        again = p.import_text("ip1.txt", MISSION_TEXT, lang="sv").id
        report = p.merge_package(package)
        assert report.added == 1
        assert [(c.document_id, c.coder) for c in p.codings()] == [(again, "karin")]


def test_codings_on_a_removed_document_stay_with_it_and_the_merge_says_so(
    tmp_path: Path,
) -> None:
    team, package = _karins_package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        p.remove_document("ip1.txt", "not an interview")
        report = p.merge_package(package)
        assert report.added == 1 and report.on_removed == 1
        assert p.codings() == []  # read by nothing while the document is out
        p.restore_document("ip1.txt")
        assert [c.coder for c in p.codings()] == ["karin"]


def test_the_merge_command_says_where_the_codings_went(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from qualcode.cli import app

    team, package = _karins_package(tmp_path)
    with Project.open(team) as p:
        p.act_as("lena")
        p.remove_document("ip1.txt", "not an interview")
    env = {"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"}
    got = CliRunner().invoke(app, ["-p", str(team), "merge", str(package)], env=env)
    assert got.exit_code == 0, got.output
    assert "1 coding on documents taken out of the project" in got.output

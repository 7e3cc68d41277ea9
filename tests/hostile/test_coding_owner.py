"""A coder removes, restores or changes only her own codings (red team, round 4): once the
lead turned blind coding off, karin saw johan's codings and `qualcode code remove ID`
(Project.remove_coding) removed them, and change_coding gave them another code; nothing
asked whose they were. A coding is its coder's and the leads', blind or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import team_project

runner = CliRunner()


def _two_codings(tmp_path: Path) -> tuple[Path, str, str]:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        unit = project.units(doc)[0]
        ids = {}
        for coder in ("johan", "karin"):
            project.act_as(coder)
            ids[coder] = project.add_coding(doc, unit.start, unit.end, "mission", coder).id
        project.act_as("lena")
        project.set_blind(False, "lena")
    return tmp_path / "p.db", ids["johan"], ids["karin"]


@pytest.mark.parametrize("act", ["remove", "change", "restore"])
def test_a_coder_cannot_touch_a_colleagues_coding(tmp_path: Path, act: str) -> None:
    from qualcode import Project

    path, johans, _ = _two_codings(tmp_path)
    with Project.open(path) as project:
        if act == "restore":
            project.act_as("johan")
            project.remove_coding(johans, "johan")  # his own: allowed
        project.act_as("karin")
        with pytest.raises(QualcodeError, match="only a lead or johan may") as refused:
            if act == "remove":
                project.remove_coding(johans, "karin")
            elif act == "change":
                project.change_coding(johans, "mission", "karin")
            else:
                project.restore_coding(johans, "karin")
        assert "\n" not in str(refused.value)
        project.act_as("lena")
        live = {c.id for c in project.codings()}
    assert (johans in live) == (act != "restore")


def test_her_own_and_the_leads_still_work(tmp_path: Path) -> None:
    from qualcode import Project

    path, johans, karins = _two_codings(tmp_path)
    with Project.open(path) as project:
        project.act_as("karin")
        project.remove_coding(karins, "karin")
        project.restore_coding(karins, "karin")
        with pytest.raises(QualcodeError, match="cannot remove a coding as johan"):
            project.remove_coding(karins, "johan")  # her own, in his name
        project.act_as("lena")
        project.remove_coding(johans, "lena")
        assert {c.id for c in project.codings()} == {karins}


def test_the_cli_refuses_in_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, johans, _ = _two_codings(tmp_path)
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    before = runner.invoke(app, ["-p", str(path), "audit", "--format", "csv"]).stdout
    result = runner.invoke(app, ["-p", str(path), "code", "remove", johans[:8]])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "only a lead or johan may" in result.stderr
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    listed = runner.invoke(app, ["-p", str(path), "code", "list", "--format", "csv"]).stdout
    assert johans in listed
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    assert runner.invoke(app, ["-p", str(path), "audit", "--format", "csv"]).stdout == before

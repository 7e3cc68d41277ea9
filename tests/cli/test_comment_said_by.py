"""`qualcode reconcile comment --text "johan: ..."` records what johan said, as the TUI's
`c` does (Project.said_by): the comment is johan's words, the audit names the lead who
typed them, for johan. Before, the CLI kept "johan: ..." as the lead's own comment."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import finish_first_unit, team_project


def _run(path: Path, who: str, *args: str) -> str:
    result = CliRunner(env={"QUALCODE_CODER": who}).invoke(app, ["-p", str(path), *args])
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout + result.stderr


def _one_case(path: Path) -> str:
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, coded_by=("karin",))
        return project.cases()[0].case.id


def test_a_lead_notes_what_johan_said(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    case = _one_case(path)
    out = _run(path, "lena", "reconcile", "comment", case[:8], "--text", "johan: läs meningen före")
    assert "lena noted what johan said" in out
    out = _run(path, "lena", "reconcile", "comment", case[:8], "--text", "Obs: två läsningar")
    assert "lena commented on" in out  # "Obs" is no coder: the lead's own words, whole
    with Project.open(path) as check:
        check.act_as("lena")
        view = next(v for v in check.cases() if v.case.id == case)
        said = [(c.author, c.text) for c in view.comments]
        entries = [e for e in check.audit() if e.action == "reconcile.comment"]
    assert said == [("johan", "läs meningen före"), ("lena", "Obs: två läsningar")]
    assert [(e.actor, e.payload.get("for")) for e in entries] == [("lena", "johan"), ("lena", None)]
    # the audit table says whose words they were, not only who typed them (eyes6)
    table = _run(path, "lena", "audit", "--action", "reconcile.comment")
    assert f"{case[:8]} johan: läs meningen före" in table
    assert f"{case[:8]}: Obs: två läsningar" in table


def test_a_coder_writing_a_name_and_a_colon_writes_her_own_words(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    case = _one_case(path)
    _run(path, "lena", "team", "unblind")
    _run(path, "karin", "reconcile", "comment", case[:8], "--text", "johan: ser det annorlunda")
    with Project.open(path) as check:
        check.act_as("lena")
        view = next(v for v in check.cases() if v.case.id == case)
    assert [(c.author, c.text) for c in view.comments] == [("karin", "johan: ser det annorlunda")]

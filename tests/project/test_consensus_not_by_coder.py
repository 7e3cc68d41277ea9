"""The consensus is split by document attributes, never by coder, wherever it is reported.
Its codings are recorded as the lead's who decided each case, so `report frequencies --by
coder --layer consensus` printed "lena 1" as the only coder, as though the lead had coded
every passage; the reports screen stopped offering it (6218088), the service now refuses
it for every face in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import finish_first_unit, team_project

runner = CliRunner(env={"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"})


@pytest.fixture(scope="module")
def confirmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """karin and johan agree on the document's first unit and lena confirms it."""
    path = tmp_path_factory.mktemp("consensus") / "p.db"
    project, doc = team_project(path)
    with project:
        finish_first_unit(project, doc, ("karin", "johan"))
        project.act_as("lena")
        assert project.confirm_agreements("lena") == 1
    return path


def test_the_service_refuses_the_consensus_by_coder(confirmed: Path) -> None:
    with Project.open(confirmed) as project:
        project.act_as("lena")
        with pytest.raises(QualcodeError, match="the consensus is no coder's"):
            project.report_frequencies(["coder"], "consensus")
        with pytest.raises(QualcodeError, match="the consensus is no coder's"):
            project.report_crosstab("coder", "consensus")
        by_coder = project.report_frequencies(["coder"], "coder")  # the coders' layer keeps it
        assert set(by_coder["coder"]) == {"karin", "johan"}
        assert len(project.report_frequencies(None, "consensus")) == 1


@pytest.mark.parametrize(
    "command",
    [
        ["report", "frequencies", "--by", "coder", "--layer", "consensus"],
        ["report", "crosstab", "coder", "--layer", "consensus"],
    ],
    ids=lambda c: c[1],
)
def test_the_cli_says_so_in_one_line(confirmed: Path, command: list[str]) -> None:
    result = runner.invoke(app, ["-p", str(confirmed), *command])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "the consensus is no coder's" in lines[0], result.stderr

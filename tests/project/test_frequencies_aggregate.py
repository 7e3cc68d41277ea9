"""A hierarchical codebook's parent code counted only the passages coded with it, never
those coded with its child codes: "caseload" under "integration" left the integration row
short of the talk it stands for, and a researcher used to NVivo's aggregate coding read it
as all of it. ``aggregate`` (`report frequencies --aggregate`) counts a child's passages
under every parent too; one coder's passage coded with both is one segment."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import add_plain_document, coding_team

SENTENCES = ["Ärendena blev för många.", "Arbetsmiljön var tung.", "Vi hann inte med."]


def _coded(path: Path) -> None:
    with coding_team(path) as project:
        doc = add_plain_document(project, "aby_01.txt", SENTENCES, turn_each=True)
        units = project.units(doc)
        for unit, key in ((0, "caseload"), (1, "integration"), (2, "caseload"), (2, "integration")):
            project.add_coding(doc, units[unit].start, units[unit].end, key, "karin")


def _counts(project: Project, aggregate: bool) -> dict[str, int]:
    frame = project.report_frequencies(aggregate=aggregate)
    return dict(zip(frame["code"], frame["segments"], strict=True))


def test_a_parent_counts_its_childrens_passages_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _coded(path)
    with Project.open(path) as project:
        project.act_as("lena")
        assert _counts(project, aggregate=False) == {"caseload": 2, "integration": 2}
        assert _counts(project, aggregate=True) == {"caseload": 2, "integration": 3}
    got = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "lena", "report", "frequencies", "--aggregate"]
    )
    assert got.exit_code == 0, got.output
    assert "parent codes count their child codes' passages" in got.stdout
    row = next(line for line in got.stdout.splitlines() if line.startswith("integration"))
    assert row.split()[1] == "3"


def test_crosstab_and_quotes_aggregate_too(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _coded(path)
    with Project.open(path) as project:
        project.act_as("lena")
        table = project.report_crosstab("coder", aggregate=True, lang="en")
        assert table.loc["integration", "total"] == 3
        plain = project.report_quotes("integration")
        assert sorted(plain["text"]) == ["Arbetsmiljön var tung.", "Vi hann inte med."]
        quoted = project.report_quotes("integration", aggregate=True)
        assert sorted(quoted["text"]) == sorted(SENTENCES)
        assert set(quoted["code"]) == {"integration"}

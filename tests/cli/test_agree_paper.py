"""`qualcode agree` as a methods section uses it: the paragraph in the paper's language,
and against an unfinished consensus, how much of it is still undecided."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def _run(project: Path, *args: str, code: int = 0) -> str:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == code, result.output + result.stderr
    return result.stderr if code else result.stdout


def test_the_paragraph_comes_in_swedish_and_a_third_language_is_refused(demo: Path) -> None:
    out = json.loads(_run(demo, "agree", "--bootstrap", "0", "--lang", "sv", "-f", "json"))
    assert out["methods"].startswith("Samtliga")
    assert "Interbedömarreliabiliteten bedömdes på" in out["methods"]
    table = _run(demo, "agree", "--bootstrap", "0", "--lang", "sv")
    assert table.rstrip().endswith(out["methods"])
    error = _run(demo, "agree", "--lang", "de", code=1)
    assert len(error.strip().splitlines()) == 1 and "'de': use en or sv" in error


def test_against_an_unfinished_consensus_the_paragraph_says_how_much_is_open(
    demo: Path,
) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        first = project.cases()[0].case
        project.decide(first.id, "union", "both hold", "lena")
        project.confirm_agreements("lena")
        report = project.agreement(layer="consensus", bootstrap=0)
        still = project.open_cases([c for c in report.coders if c != "consensus"])
    assert report.open_cases > 0
    out = json.loads(_run(demo, "agree", "--before-after", "--bootstrap", "0", "-f", "json"))
    said = f"The consensus was not finished: {report.open_cases} disagreement cases"
    assert said in out["methods"]
    assert still is not None and report.open_cases <= still
    among = json.loads(_run(demo, "agree", "--bootstrap", "0", "-f", "json"))["methods"]
    assert "not finished" not in among  # among the coders there is no consensus to finish

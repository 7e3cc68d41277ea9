"""The audit trail as a reviewer asks for it: one family of actions, one person's, and a
decision read by its verdict, who took part and its rationale."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def _run(project: Path, *args: str, who: str = "lena", code: int = 0) -> str:
    result = CliRunner(env={"QUALCODE_CODER": who}).invoke(app, ["-p", str(project), *args])
    assert result.exit_code == code, result.output + result.stderr
    return result.stderr if code else result.stdout


def _decide(demo: Path) -> str:
    with Project.open(demo) as project:
        project.act_as("lena")
        case = next(v.case for v in project.cases() if v.case.kind == "code")
        project.comment(case.id, "lena", "johan: the sentence before sets it up")
        project.decide(case.id, "union", "both readings hold", "lena", participants=["johan"])
        project.reopen(case.id, "lena", "mira was away")
        return case.id


def test_the_reconcile_family_reads_as_decisions_with_rationales(demo: Path) -> None:
    case = _decide(demo)
    table = _run(demo, "audit", "--action", "reconcile")
    assert f"{case[:8]} union with johan: both readings hold" in table
    assert f"{case[:8]}: johan: the sentence before sets it up" in table
    assert f"{case[:8]}: mira was away" in table
    assert "coding.add" not in table and "status.set" not in table
    rows = [
        json.loads(line)
        for line in _run(demo, "audit", "--action", "reconcile.decide", "-f", "jsonl").splitlines()
    ]
    assert [r["action"] for r in rows] == ["reconcile.decide"]
    assert rows[0]["payload"]["rationale"] == "both readings hold"


def test_one_persons_entries_and_blind_coders_still_see_only_their_own(demo: Path) -> None:
    karin = json.loads(_run(demo, "audit", "--actor", "karin", "-f", "json"))
    assert karin and {r["actor"] for r in karin} == {"karin"}
    own = json.loads(_run(demo, "audit", "--action", "status", "-f", "json", who="karin"))
    assert own and {(r["actor"], r["action"]) for r in own} == {("karin", "status.set")}
    assert _run(demo, "audit", "--actor", "johan", who="karin").strip() == "no entries"


def test_a_misspelt_person_or_an_empty_action_is_one_line(demo: Path) -> None:
    assert _run(demo, "audit", "--actor", "karn", code=1).count("\n") == 1
    assert "unknown coder 'karn'" in _run(demo, "audit", "--actor", "karn", code=1)
    error = _run(demo, "audit", "--action", " ", code=1)
    assert error.strip() == "error: --action needs a name, such as reconcile or coding.add"

"""Where the team stands: the lead's `qualcode team progress`, per person and per document."""

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


def test_the_lead_sees_each_persons_documents_and_codings(demo: Path) -> None:
    rows = {r["coder"]: r for r in json.loads(_run(demo, "team", "progress", "-f", "json"))}
    assert set(rows) == {"johan", "karin", "mira"}  # lena coded nothing: not listed
    with Project.open(demo) as project:
        project.act_as("lena")
        for name, row in rows.items():
            statuses = list(project.statuses(name).values())
            assert row["done"] == statuses.count("done")
            assert row["done"] + row["in_progress"] + row["todo"] == len(statuses)
            assert row["codings"] == len(project.codings(coder=name)) > 0
            assert row["counted"] is True
    assert rows["mira"]["done"] < rows["karin"]["done"]  # mira joined later, fewer done


def test_a_status_set_shows_at_once_per_document(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("mira")
        project.set_status("ekstad_02", "mira", "in_progress")
    table = _run(demo, "team", "progress", "--by-document", "-f", "json")
    rows = {r["document"]: r for r in json.loads(table)}
    assert rows["ekstad_02_utvecklingsstrateg.md"]["mira"] == "in_progress"
    assert rows["ekstad_02_utvecklingsstrateg.md"]["johan"] == "-"
    assert rows["aby_01_socialsekreterare.txt"] == {
        "document": "aby_01_socialsekreterare.txt",
        "johan": "done",
        "karin": "done",
        "mira": "done",
    }
    people = {r["coder"]: r for r in json.loads(_run(demo, "team", "progress", "-f", "json"))}
    assert people["mira"]["in_progress"] == 1


def test_a_coder_is_refused_the_teams_progress_while_blind(demo: Path) -> None:
    error = _run(demo, "team", "progress", who="karin", code=1)
    assert error.strip().splitlines() == [
        "error: blind coding: karin cannot see the team's progress until a lead turns "
        "blind coding off (`qualcode team unblind`)"
    ]

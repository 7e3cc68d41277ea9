"""`qualcode audit` and `qualcode agree` fit a terminal of 80 columns.

At their natural width the audit log's table was 165 columns wide and agree's per-code
table 112, so a lead reading them over SSH at 80 saw each row wrap through the next
(eyes40). Narrower than a table, a terminal gets shorter column names with a legend, an
interval as 0.617–0.806, times to the second and the widest column wrapped; `--wide`
keeps the natural layout, and `--format csv` and `json` are the same at any width."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

RATIONALE = "both readings hold once the team talked the passage through with karin"


@pytest.fixture
def decided(demo: Path) -> Path:
    """The demo with one decision whose rationale is longer than a narrow column."""
    with Project.open(demo) as project:
        project.act_as("lena")
        case = next(v.case for v in project.cases() if v.case.kind == "presence")
        project.decide(case.id, "union", RATIONALE, "lena")
    return demo


def run(path: Path, args: list[str], columns: str | None) -> str:
    runner = CliRunner(env={"QUALCODE_CODER": "lena", "COLUMNS": columns})
    got = runner.invoke(app, ["-p", str(path), *args])
    assert got.exit_code == 0, got.output
    return got.stdout


def tables_of(agree: str) -> list[str]:
    """The lines of agree's tables: from the counted line to the methods page."""
    lines = agree.splitlines()
    return lines[: lines.index("")]


def test_agree_fits_80_columns_with_every_figure(decided: Path) -> None:
    shown = run(decided, ["agree"], "80")
    assert all(len(line) <= 80 for line in tables_of(shown)), shown
    table = run(decided, ["agree", "--format", "csv"], "80").lstrip("\ufeff")
    per_code = csv.DictReader(io.StringIO(table))
    wide = run(decided, ["agree", "--wide"], "80")
    for row in per_code:
        if row["scope"] != "code":
            continue
        low, high = float(row["alpha_low"]), float(row["alpha_high"])
        interval = f"{low:.3f}–{high:.3f}"  # each code's alpha interval, as a paper cites it
        assert interval in shown
        assert f"{low:.3f} to {high:.3f}" in wide
        assert f"{float(row['unitizing_alpha']):.3f}" in shown
    assert "B-P: Brennan-Prediger" in shown  # the legend of the shorter names
    assert "brennan_prediger" in wide and max(len(line) for line in tables_of(wide)) > 80


def test_agree_machine_formats_do_not_depend_on_the_width(decided: Path) -> None:
    for fmt in ("csv", "json"):
        narrow = run(decided, ["agree", "--format", fmt, "--bootstrap", "50"], "80")
        natural = run(decided, ["agree", "--format", fmt, "--bootstrap", "50"], None)
        assert narrow == natural


def test_audit_fits_80_columns_and_keeps_the_rationale(decided: Path) -> None:
    shown = run(decided, ["audit", "--action", "reconcile"], "80")
    lines = shown.splitlines()
    assert all(len(line) <= 80 for line in lines), shown
    assert lines[0].startswith("at (UTC)")
    # the rationale, wrapped within its column, reads whole when its lines are joined
    payload = lines[0].index("payload")
    assert RATIONALE in " ".join(line[payload:].strip() for line in lines[2:])
    wide = run(decided, ["audit", "--action", "reconcile", "--wide"], "80")
    assert RATIONALE in wide and "+00:00" in wide and max(map(len, wide.splitlines())) > 80


def test_a_pipe_keeps_whole_rows(decided: Path) -> None:
    """No width known (a pipe, a file): one line per row, as grep and sort read it."""
    shown = run(decided, ["audit", "--action", "reconcile"], None)
    assert any(RATIONALE in line and "+00:00" in line for line in shown.splitlines())

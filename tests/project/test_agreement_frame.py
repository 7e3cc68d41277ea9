"""The agreement frame's ``coders`` column is tidy (helper "loose6"): it held the raters as
one joined string ("johan, karin"), so a methods person filtering a notebook table by
coder had to split it, and a substring test took "karin" for "karina". Now each row holds
its raters as a tuple; the CLI still prints them joined."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def test_filter_and_explode_by_coder(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        report = project.agreement(bootstrap=0)
    table = report.frame()
    assert all(isinstance(c, tuple) for c in table["coders"])
    raters = set(report.coders)
    assert {"karin", "johan", "mira"} <= raters
    karins_pairs = table[(table["scope"] == "pair") & table["coders"].map(lambda c: "karin" in c)]
    pairs = {r.coders for r in report.rows if r.scope == "pair" and "karin" in r.coders}
    assert set(karins_pairs["coders"]) == pairs and len(pairs) == 2
    per_coder = table.explode("coders")
    assert set(per_coder["coders"]) == raters  # one row per coder, names whole
    assert len(per_coder) == sum(len(r.coders) for r in report.rows)


def test_the_cli_still_prints_the_names_joined(demo: Path) -> None:
    result = CliRunner(env={"QUALCODE_CODER": "lena"}).invoke(
        app, ["-p", str(demo), "agree", "--bootstrap", "0", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    pair = next(r for r in rows if r["scope"] == "pair")
    assert ", " in pair["coders"] and len(pair["coders"].split(", ")) == 2

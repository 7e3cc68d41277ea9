"""`codebook show` lists a child code under its parent, as the TUI's codebook and the
codebook export do: a child added after the codebook was loaded was listed below every
top-level code, where an NVivo or MAXQDA user looks for it under its parent (study46)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qualcode.cli import app
from tests.cli.cli_kit import nested_turning_points


def _run(path: Path, *args: str) -> str:
    got = CliRunner().invoke(app, ["-p", str(path), *args], env={"QUALCODE_CODER": "lena"})
    assert got.exit_code == 0, got.stderr
    return got.stdout


def test_a_child_is_listed_under_its_parent(tmp_path: Path) -> None:
    path = nested_turning_points(tmp_path, "mission_dialogue")
    shown = json.loads(_run(path, "codebook", "show", "-f", "json"))
    assert [(c["key"], c["parent"]) for c in shown] == [
        ("mission_dialogue", None),
        ("workload", "mission_dialogue"),
        ("caseload", "workload"),
        ("systems_perspective", None),
        ("integration", None),
        ("long_term_economics", None),
    ]


def test_the_help_names_the_columns_a_csv_listing_has(tmp_path: Path) -> None:
    """The help said '--format json/csv: every field', but the CSV has six columns and
    `codebook load` refuses it as a listing (review48): the help names what each gives."""
    path = nested_turning_points(tmp_path, "mission_dialogue")
    header = _run(path, "codebook", "show", "-f", "csv").lstrip("\ufeff").splitlines()[0].split(",")
    shown = json.loads(_run(path, "codebook", "show", "-f", "json"))
    helped = " ".join(_run(path, "codebook", "show", "--help").replace("│", " ").split())
    assert "parts" in shown[0] and "parts" not in header
    assert "csv: " + ", ".join(header) in helped
    assert "codebook export" in helped

"""A document without the attribute a report splits by is counted under "not given" on
the command line, as the reports screen and the summary say it: `report crosstab role`
printed a column headed "?" and `report frequencies --by role` a row with an empty role
cell (eyes21)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.cli_kit import CODEBOOK, code_add, ok
from tests.conftest import SV_TEXT


def _project(tmp_path: Path) -> Path:
    """One interview with a role, one policy without: both coded by karin."""
    path = tmp_path / "p.db"
    ok(path, "init")
    (tmp_path / "tiny.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(tmp_path / "tiny.yaml"))
    ok(path, "coder", "add", "lena", "--role", "lead")
    ok(path, "coder", "add", "karin")
    (tmp_path / "aby_01.txt").write_text(SV_TEXT, encoding="utf-8")
    (tmp_path / "policy.txt").write_text("Policy.\n\n" + SV_TEXT, encoding="utf-8")
    ok(path, "import", str(tmp_path / "aby_01.txt"), "--attr", "role=politiker")
    ok(path, "import", str(tmp_path / "policy.txt"))
    for doc in ("aby_01", "policy"):
        code_add(path, doc, 0, 40, "mission", "--coder", "karin")
    return path


def test_crosstab_heads_the_column_not_given(tmp_path: Path) -> None:
    project = _project(tmp_path)
    out = ok(project, "--coder", "lena", "report", "crosstab", "role", "-f", "csv")
    header = next(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert header == ["code", "not given", "politician", "total"]  # in the CLI's words (minor46b)


def test_frequencies_name_the_missing_role(tmp_path: Path) -> None:
    project = _project(tmp_path)
    out = ok(project, "--coder", "lena", "report", "frequencies", "--by", "role", "-f", "json")
    assert sorted(r["role"] for r in json.loads(out)) == ["not given", "politician"]
    table = ok(project, "--coder", "lena", "report", "frequencies", "--by", "role")
    assert "not given" in table and "?" not in table

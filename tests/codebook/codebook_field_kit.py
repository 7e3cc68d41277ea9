"""What the tests of a codebook field added since (further examples, a code's parts)
share. An older project file meeting it: the file opens with every code having none, gains
the field's table on opening, and keeps what is applied afterwards. One walk for each new
field, so the two tests of it cannot drift apart (duplicates D1 of stop 47's reading). And
the codebook as `codebook show --format json` gives it once the field is applied (D2 of
stop 48's)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.model import Codebook

# a project written at schema 12, before either table
OLD = Path(__file__).parents[1] / "project" / "old_projects" / "schema12_aa10b368.db"


def older_project_gains(tmp_path: Path, table: str, field: str, value: Any) -> None:
    """Copy the old file, check it lacks ``table``, open it (every code has no ``field``),
    apply ``value`` to its first code as its lead and read it back from a fresh opening."""
    path = tmp_path / "study.db"
    shutil.copyfile(OLD, path)
    old = sqlite3.connect(path)
    tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    old.close()
    assert table not in tables  # the fixture is from before
    with Project.open(path) as project:
        codes = project.codebook()
        assert codes and all(getattr(c, field) == {} for c in codes)
        lead = next(p.name for p in project.coders() if p.role == "lead")
        project.act_as(lead)
        spec = next(s for s in project.codebook_specs() if s.key == codes[0].key)
        project.apply_codebook(Codebook("old", (replace(spec, **{field: value}),)))
    with Project.open(path) as project:
        again = next(c for c in project.codebook() if c.key == codes[0].key)
        assert getattr(again, field) == value


def shown_as_json(project: Project, codebook: Codebook) -> list[dict[str, Any]]:
    """``codebook`` applied to ``project`` by lena, its lead, and the codes as the CLI's
    `codebook show --format json` lists them (the project is closed first, as a
    notebook's would be before a colleague's command)."""
    project.act_as("lena")
    project.apply_codebook(codebook)
    db = str(project.store.path)
    project.close()
    result = CliRunner().invoke(
        app, ["-p", db, "codebook", "show", "--format", "json", "--coder", "lena"]
    )
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = yaml.safe_load(result.output)
    return rows

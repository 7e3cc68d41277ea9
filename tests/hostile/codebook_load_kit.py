"""What the cases on a codebook file that leaves a field out share: the last load's audit
entry, and the note `codebook load` prints to the lead. The cases on a code's parts and on
the other fields each wrote both out (duplicates, stop 48)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app


def last_load(project: Project) -> dict[str, Any]:
    """The payload of the project's last ``codebook.load`` audit entry."""
    entries = [e for e in project.audit() if e.action == "codebook.load"]
    assert entries, "no codebook load in the audit log"
    payload: dict[str, Any] = entries[-1].payload
    return payload


def load_note(project: Path, codebook: Path) -> str:
    """The ``note:`` line `codebook load` prints as lena, loading ``codebook`` into
    ``project`` through the real CLI (semantic tier off); the load must succeed."""
    got = CliRunner().invoke(
        app,
        ["-p", str(project), "codebook", "load", str(codebook)],
        env={"QUALCODE_CODER": "lena", "QUALCODE_SEMANTIC": "off"},
    )
    assert got.exit_code == 0, got.output
    return next(line for line in got.stderr.splitlines() if line.startswith("note: "))

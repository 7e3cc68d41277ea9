"""A person on a `qualcode serve` link replaces no file on the server (red team, round 4):
the TUI each link runs writes its exports (reports screen: s, c, x) on the serving
machine's disk as the serving user, and after a yes to "replace?" it replaced any file
there, a coder's link over the lead's own thesis.docx or codings sheet. A served session
writes new files only; the lead at her own terminal still replaces with --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.cli.web import sessions
from qualcode.errors import OutputError
from qualcode.project.output_targets import SERVED_VARIABLE
from tests.conftest import team_project


def test_every_link_runs_a_served_tui(tmp_path: Path) -> None:
    for session in sessions(tmp_path / "p.db", ["karin", "johan"], "sv"):
        assert session.command.startswith(f"{SERVED_VARIABLE}=1 ")
        assert f"QUALCODE_CODER={session.coder} " in session.command


def test_a_served_export_never_replaces_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    thesis = tmp_path / "thesis.xlsx"
    thesis.write_bytes(b"the lead's own work")
    project, doc = team_project(tmp_path / "p.db")
    with project:
        unit = project.units(doc)[0]
        project.act_as("karin")
        project.add_coding(doc, unit.start, unit.end, "mission", "karin")
        monkeypatch.setenv(SERVED_VARIABLE, "1")
        with pytest.raises(OutputError, match="served session never replaces") as refused:
            project.export_codings(thesis, force=True)  # the TUI's yes to "replace?"
        assert "\n" not in str(refused.value)
        assert thesis.read_bytes() == b"the lead's own work"
        written = project.export_codings(tmp_path / "new.xlsx")  # a new file: written
        assert written.exists()
        monkeypatch.delenv(SERVED_VARIABLE)
        project.export_codings(thesis, force=True)  # at her own terminal, as before
    assert thesis.read_bytes() != b"the lead's own work"

"""`qualcode suggest --help` names the ranked list's floor as the service sets it
(``NO_SIGNAL``): it wrote a literal 0.05, which would have gone on saying 0.05 after the
floor moved (eyes43)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import qualcode.project
from qualcode.cli import app


def _help() -> str:
    result = CliRunner().invoke(app, ["suggest", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.replace("│", " ").split())


def test_the_help_says_the_floor_the_service_has() -> None:
    assert f"none scoring under one in twenty ({qualcode.project.NO_SIGNAL:g})" in _help()


def test_the_help_follows_the_floor_when_it_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qualcode.project, "NO_SIGNAL", 0.07)
    said = _help()
    assert "one in twenty (0.07)" in said and "0.05" not in said
    monkeypatch.undo()
    assert "one in twenty (0.05)" in _help()  # asked again, it reads the floor again

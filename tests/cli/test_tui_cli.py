"""`qualcode`, `qualcode tui`: options are checked, and a broken keymap file is one clear
line, before the terminal UI takes over the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

runner = CliRunner()


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """A project holding karin: a name it does not know is a stranger's, refused, where in
    a project holding nobody it is the first person's, who joins (Project.join_first)."""
    path = tmp_path / "t.db"
    with Project.create(path) as project:
        project.add_coder("karin")
    return path


@pytest.mark.parametrize("command", [[], ["tui"]])
def test_unknown_interface_language(project_file: Path, command: list[str]) -> None:
    result = runner.invoke(app, ["-p", str(project_file), *command, "--ui-lang", "fi"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --ui-lang 'fi': use en or sv"


def test_broken_keymap_file_is_named(project_file: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[coding]\nundo = "z"\nundo = "y"\n', encoding="utf-8")  # a duplicate key
    result = runner.invoke(app, ["-p", str(project_file), "tui"], env={"QUALCODE_KEYS": str(keys)})
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith(f"error: {keys}: not a valid TOML keymap") and "\n" not in line


def test_missing_keymap_file_named_by_the_variable(project_file: Path, tmp_path: Path) -> None:
    gone = tmp_path / "nowhere.toml"
    result = runner.invoke(app, ["-p", str(project_file)], env={"QUALCODE_KEYS": str(gone)})
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {gone}: keymap file not found (from $QUALCODE_KEYS)"


@pytest.fixture
def broken_keys(tmp_path: Path) -> dict[str, str]:
    """A keymap the TUI refuses: reaching it shows the options before it were read (or not)."""
    keys = tmp_path / "broken.toml"
    keys.write_text('[coding]\nundo = "z"\nundo = "y"\n', encoding="utf-8")
    return {"QUALCODE_KEYS": str(keys), "QUALCODE_CODER": ""}


def test_coder_before_the_subcommand_is_honoured(
    project_file: Path, broken_keys: dict[str, str]
) -> None:
    """`qualcode --coder X tui` opens as X: an unknown X is refused before the screen opens."""
    result = runner.invoke(
        app, ["-p", str(project_file), "--coder", "nobody", "tui"], env=broken_keys
    )
    assert result.exit_code == 1
    assert "nobody" in result.stderr and "keymap" not in result.stderr
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    result = runner.invoke(
        app, ["-p", str(project_file), "--coder", "lena", "tui"], env=broken_keys
    )
    assert "keymap" in result.stderr  # lena is known: it went on to the keymap


def test_ui_lang_before_the_subcommand_is_honoured(
    project_file: Path, broken_keys: dict[str, str]
) -> None:
    result = runner.invoke(
        app, ["-p", str(project_file), "--ui-lang", "fi", "tui"], env=broken_keys
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --ui-lang 'fi': use en or sv"


def test_coder_before_any_command_names_who_acts(project_file: Path) -> None:
    result = runner.invoke(app, ["-p", str(project_file), "--coder", "lena", "docs", "list"])
    assert result.exit_code == 1 and "unknown coder 'lena'" in result.stderr  # it was read
    runner.invoke(app, ["-p", str(project_file), "coder", "add", "lena", "--role", "lead"])
    result = runner.invoke(app, ["-p", str(project_file), "--coder", "lena", "team", "whoami"])
    assert result.exit_code == 0 and result.stdout.startswith("lena (lead)")


@pytest.mark.parametrize("option", [["--ui-lang", "sv"]])
def test_tui_options_before_another_command_are_refused(
    project_file: Path, option: list[str]
) -> None:
    result = runner.invoke(app, ["-p", str(project_file), *option, "docs", "list"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith(f"error: {option[0]} before a command is read only by tui and serve")
    assert "\n" not in line

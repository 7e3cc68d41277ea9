"""What README.md shows but does not run: the commands it names in running text and in the
tour's commented-out lines (`qualcode handout NAME -o FILE`, `# qualcode code import ...`),
the commands it names in passing without `qualcode` (`team blind`, `agree --docs`), and the
keymap file it gives as an example. The tour test runs the tour's block and the API
test the Python block; nothing checked these, so a command renamed or an option dropped
would leave the README telling a researcher to type something qualcode refuses."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from qualcode.cli import app
from tests.e2e.readme_kit import named_commands, readme_block, readme_text

runner = CliRunner(env={"QUALCODE_CODER": None, "QUALCODE_PROJECT": None})


def test_the_readme_names_commands_outside_the_tour() -> None:
    named = named_commands()
    assert "qualcode handout NAME -o FILE" in named  # running text
    assert "qualcode code import highlights.csv --coder karin" in named  # a commented line
    assert len(named) >= 15


@pytest.mark.parametrize("command", named_commands())
def test_a_command_the_readme_names_exists_with_its_options(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked for help, the command parses every word it is shown with: an unknown command
    or option is refused (exit 1) before help is printed. Nothing is run or written."""
    monkeypatch.chdir(tmp_path)
    words = shlex.split(command)
    assert words[0] == "qualcode"
    result = runner.invoke(app, [*words[1:], "--help"])
    assert result.exit_code == 0, f"`{command}`: {result.output}"
    assert "Usage:" in result.output
    assert list(tmp_path.iterdir()) == []  # help makes no project file


def commands_in_passing() -> list[str]:
    """What README names in backticks as a command without ``qualcode`` before it (`docs
    show`, `team blind`, `agree --docs`, `sets rename OLD NEW`): backticked words whose first
    is one of the CLI's commands. ``named_commands`` holds the ones written out whole."""
    commands = set(get_command(app).commands)  # type: ignore[attr-defined]
    spans = re.findall(r"(?<!`)`([^`\n]+)`(?!`)", readme_text())
    return [s for s in dict.fromkeys(spans) if s.split()[0] in commands]


def test_the_readme_names_commands_in_passing() -> None:
    named = commands_in_passing()
    assert {"team blind", "docs show", "agree --docs"} <= set(named), named
    assert len(named) >= 15


@pytest.mark.parametrize("command", commands_in_passing())
def test_a_command_named_in_passing_exists_and_its_help_names_its_options(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`team blind` closing what `qualcode team unblind` opened is a command a reader types
    with `qualcode` before it; an option named with it (`agree --docs`, `suggest DOC
    --ranked`) is one the command's help lists. Asked for help only: an option that takes a
    value would take the word --help as its value."""
    monkeypatch.chdir(tmp_path)
    words = shlex.split(command)
    group, path = get_command(app), []
    for word in words:
        sub = getattr(group, "commands", {}).get(word)
        if sub is None:
            break
        group, path = sub, [*path, word]
    rest = words[len(path) :]
    if hasattr(group, "commands") and rest and not rest[0].startswith("-"):
        # after a group only a placeholder (DOC) is no command of it: `team blinds` is none
        assert rest[0].isupper(), f"`qualcode {' '.join(path)}` has no command {rest[0]!r}"
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, f"`qualcode {command}`: {result.output}"
    for option in (w for w in rest if w.startswith("-")):
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", result.output), (
            f"`qualcode {' '.join(path)} --help` never names {option}"
        )
    assert list(tmp_path.iterdir()) == []  # help makes no project file


def test_the_readme_keymap_names_bindings_the_coding_screen_has(tmp_path: Path) -> None:
    from qualcode.tui.keys import load_keymap
    from qualcode.tui.screens.coding import CodingScreen

    example = "\n".join(readme_block("Keys can be remapped", "toml")) + "\n"
    (tmp_path / "keys.toml").write_text(example, encoding="utf-8")
    keymap = load_keymap(tmp_path / "keys.toml")
    ids = {
        binding.id
        for kind in CodingScreen.__mro__
        for binding in vars(kind).get("BINDINGS", [])
        if hasattr(binding, "id")
    }
    assert len(keymap) == 3 and set(keymap) <= ids, set(keymap) - ids

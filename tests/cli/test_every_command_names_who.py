"""Every command that works on a project takes --coder (README: "Every command acts as
someone: --coder NAME"). `qualcode coder list --coder lena`, the lead of a team of five
checking who is who, was refused with "No such option: --coder" (eyes9)."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from qualcode.cli import app

# no project to act in yet: init makes one, demo builds one
NO_PROJECT = {"init", "demo"}


def leaves(command: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    subs = getattr(command, "commands", None)
    if not subs:
        return [(path, command)]
    return [leaf for name, sub in subs.items() for leaf in leaves(sub, (*path, name))]


def test_every_project_command_takes_coder() -> None:
    missing = [
        " ".join(path)
        for path, command in leaves(get_command(app))
        if " ".join(path) not in NO_PROJECT
        and "--coder" not in {o for p in command.params for o in (p.opts or [])}  # type: ignore[attr-defined]
    ]
    assert missing == []


def test_coder_list_as_the_lead(team_of_five: Path) -> None:
    listed = CliRunner().invoke(
        app, ["-p", str(team_of_five), "coder", "list", "--coder", "lena", "-f", "csv"]
    )
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.count(",coder,") == 4
    assert "lena,lead" in listed.stdout

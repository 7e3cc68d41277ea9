"""Commands for who sees what: blind coding on and off, and who is acting."""

from __future__ import annotations

from typing import Annotated

import typer

from qualcode.cli.base import CoderOpt, FormatOpt, app, login, open_project, say, who_acts
from qualcode.cli.output import Format, emit
from qualcode.cli.said import said
from qualcode.errors import QualcodeError

team_app = typer.Typer(
    help="Blind coding: coders see only their own work until the lead opens the project.",
    no_args_is_help=True,
)
app.add_typer(team_app, name="team")


@team_app.command("unblind")
def unblind(coder: CoderOpt = None) -> None:
    """Open the project (a lead only): every coder sees everyone's work from now on."""
    with open_project(coder) as project:
        project.set_blind(False, who_acts(project, "team unblind"))
    say("blind coding is off: every coder sees everyone's work")


@team_app.command("blind")
def blind(coder: CoderOpt = None) -> None:
    """Close the project again (a lead only): each coder sees only their own work."""
    with open_project(coder) as project:
        project.set_blind(True, who_acts(project, "team blind"))
    say("blind coding is on: each coder sees only their own work")


@team_app.command("whoami")
def whoami(coder: CoderOpt = None) -> None:
    """Who commands act as here, and whether blind coding holds."""
    with open_project(coder) as project:
        who = project.acting
        blind_on = project.is_blind()
    name = f"{who.name} ({who.role})" if who else f"nobody named (login {login()})"
    print(f"{name}; blind coding {'on' if blind_on else 'off'}")


@team_app.command("progress")
def progress(
    by_document: Annotated[
        bool, typer.Option("--by-document", help="Each document with every person's status.")
    ] = False,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Where the team stands (the lead's while blind): documents done, in progress and to
    do and codings per person, and who the team's reports count now."""
    with open_project(coder) as project:
        people, documents = project.progress()
        try:
            counted = f"Counted: {project.team_scope(minimum=1).describe()}"
        except QualcodeError as error:
            counted = f"Counted: nobody yet ({said(error)})"
    say(counted)
    if by_document:
        emit(documents, fmt, empty="no documents yet")
    else:
        emit(people, fmt, empty="no coders yet; add one with `qualcode coder add NAME`")

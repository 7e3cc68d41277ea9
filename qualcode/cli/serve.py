"""`qualcode serve`: the TUI in a browser, only for the people holding a secret link.

The server itself (``cli/web.py``: aiohttp, asyncio, textual-serve) loads only when this
command runs, so that every other command starts without it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from qualcode.cli.base import app, project_path, say, state
from qualcode.errors import ValidationError

DEFAULT_HOST = "127.0.0.1"


@app.command()
def serve(
    coder: Annotated[
        list[str] | None,
        typer.Option(
            "--coder",
            help="Who may use it; repeat for several people, each gets their own secret link.",
        ),
    ] = None,
    ui_lang: Annotated[str | None, typer.Option("--ui-lang", help="sv or en.")] = None,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; anything but 127.0.0.1 is reachable by others."),
    ] = DEFAULT_HOST,
    password: Annotated[
        bool,
        typer.Option(
            "--password",
            help="A login form instead of printed links; the password is asked for "
            "(never on the command line) or read from $QUALCODE_SERVE_PASSWORD.",
        ),
    ] = False,
) -> None:
    """Serve the TUI in a browser: one secret link per person, on 127.0.0.1 unless --host."""
    import os

    secret = _password(password)

    from qualcode.cli.web import GuardedServer, sessions
    from qualcode.project import Project

    people = list(coder or [])
    if not people and (state.coder or os.environ.get("QUALCODE_CODER")):
        people = [state.coder or os.environ["QUALCODE_CODER"]]
    ui_lang = ui_lang or state.ui_lang
    from qualcode.texts import LANGUAGES

    if ui_lang is not None and ui_lang not in LANGUAGES:
        raise ValidationError(f"--ui-lang {ui_lang!r}: use {' or '.join(LANGUAGES)}")
    if not 0 < port < 65536:
        raise ValidationError(f"--port {port}: use 1-65535")
    path = project_path().resolve()
    with Project.open(path) as project:
        # one link per person; an unknown coder, or someone a coder may not act as, fails
        # here in one line
        people = project.people_to_serve(people)
    links = sessions(path, people, ui_lang)
    if host != DEFAULT_HOST:
        say(
            f"warning: listening on {host}, not only this machine: anyone who can reach it "
            "and has a link acts as that person; share links only in private"
        )

    def announce(_: str) -> None:
        shown = host if ":" not in host else f"[{host}]"
        if secret:
            print(f"qualcode serve: open http://{shown}:{port}/ and give the password")
        else:
            print("qualcode serve: open your link in a browser; each is a secret, like a password")
            for link in links:
                print(f"  {link.coder or 'anyone'}: http://{shown}:{port}/s/{link.token}")
        print("Ctrl+C stops the server", flush=True)

    GuardedServer(links, host, port, secret).run(announce)


def _password(asked: bool) -> str | None:
    """The login password: $QUALCODE_SERVE_PASSWORD, else (with --password) typed at a
    prompt that does not echo; never an argument, which `ps` shows to every user."""
    import os
    import sys

    from qualcode.cli.web_login import MINIMUM, PASSWORD_VARIABLE

    secret = os.environ.get(PASSWORD_VARIABLE)
    if secret is None and asked:
        if not sys.stdin.isatty():
            raise ValidationError(
                f"--password: no terminal to type it on; set ${PASSWORD_VARIABLE} instead"
            )
        import getpass

        secret = getpass.getpass("password for the login form: ")
    if secret is not None and len(secret) < MINIMUM:
        raise ValidationError(f"the serve password needs at least {MINIMUM} characters")
    return secret

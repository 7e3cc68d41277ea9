"""`qualcode tui` (and bare `qualcode`): open the project in the terminal UI."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.base import app, project_path
from qualcode.errors import ValidationError

CoderOpt = Annotated[
    str | None, typer.Option("--coder", envvar="QUALCODE_CODER", help="Who is coding.")
]
LangOpt = Annotated[str | None, typer.Option("--ui-lang", help="sv or en (default: locale).")]


def open_tui(path: Path, coder: str | None, ui_lang: str | None) -> None:
    """Run the TUI on a project; the coder must be known (first run: pass --coder)."""
    from qualcode.tui.app import build_app

    if not coder:
        raise ValidationError("who is coding? start with --coder NAME (or set QUALCODE_CODER)")
    if ui_lang not in (None, "sv", "en"):
        raise ValidationError(f"--ui-lang {ui_lang!r}: use sv or en")
    build_app(path, coder, ui_lang).run()


@app.command()
def tui(coder: CoderOpt = None, ui_lang: LangOpt = None) -> None:
    """Open the project in the terminal UI."""
    open_tui(project_path(), coder or os.environ.get("QUALCODE_CODER"), ui_lang)


@app.command()
def serve(
    coder: CoderOpt = None,
    ui_lang: LangOpt = None,
    port: Annotated[int, typer.Option(help="Port on localhost.")] = 8000,
) -> None:
    """Serve the TUI in a browser on localhost (textual-serve); nothing leaves the machine."""
    import shlex
    import sys

    from textual_serve.server import Server

    name = coder or os.environ.get("QUALCODE_CODER")
    if not name:
        raise ValidationError("who is coding? start with --coder NAME (or set QUALCODE_CODER)")
    command = [
        sys.executable,
        "-m",
        "qualcode",
        "-p",
        str(project_path().resolve()),
        "tui",
        "--coder",
        name,
        *(["--ui-lang", ui_lang] if ui_lang else []),
    ]
    Server(shlex.join(command), host="localhost", port=port, title="qualcode").serve()

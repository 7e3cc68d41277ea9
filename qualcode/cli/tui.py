"""`qualcode tui` (and bare `qualcode`): open the project in the terminal UI."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.base import app, project_path, state
from qualcode.errors import ValidationError

CoderOpt = Annotated[
    str | None, typer.Option("--coder", envvar="QUALCODE_CODER", help="Who is coding.")
]
LangOpt = Annotated[str | None, typer.Option("--ui-lang", help="sv or en (default: locale).")]


def open_tui(path: Path, coder: str | None, ui_lang: str | None) -> None:
    """Run the TUI on a project.

    Without a coder (``--coder`` or ``$QUALCODE_CODER``) the TUI takes the one this login
    chose last time in this project, or asks. Keys are remapped from the keymap file.
    """
    from qualcode.texts import LANGUAGES
    from qualcode.tui.app import build_app
    from qualcode.tui.keys import load_keymap

    if ui_lang is not None and ui_lang not in LANGUAGES:
        raise ValidationError(f"--ui-lang {ui_lang!r}: use {' or '.join(LANGUAGES)}")
    tui_app = build_app(path, coder, ui_lang)  # an unknown coder fails here, in one line
    # a broken keymap file fails here, before the screen takes over
    tui_app.set_keymap(load_keymap())
    tui_app.run()
    if tui_app.fatal is not None:  # what stopped it, one line and exit 1 (app.py)
        raise tui_app.fatal


@app.command()
def tui(coder: CoderOpt = None, ui_lang: LangOpt = None) -> None:
    """Open the project in the terminal UI.

    ``qualcode --coder lena tui`` works as ``qualcode tui --coder lena``; given in both
    places, the one after ``tui`` wins.
    """
    who = coder or state.coder or os.environ.get("QUALCODE_CODER")
    open_tui(project_path(), who, ui_lang or state.ui_lang)

"""`qualcode export memos`: every memo one may read, as a document for co-authors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.base import CoderOpt, ForceOpt, RealNamesOpt, open_project, say, who_acts
from qualcode.cli.export import FileArg, _written, export_app, note_off_key


@export_app.command("memos")
def export_memos(
    file: FileArg = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=".md or .docx")] = None,
    lang: Annotated[
        str, typer.Option(help="Language of headings and code names: sv or en.")
    ] = "en",
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
) -> None:
    """Every memo you may read (blind: your own) as a document for co-authors: the
    project's, each code's, each document's with the passage quoted, author and date
    (names on the pseudonym key as their pseudonyms)."""
    output = _written(file, output, "qualcode export memos")
    with open_project(coder) as project:
        project.export_memos(
            output,
            who_acts(project, "export memos"),
            lang,
            force=force,
            real_names=real_names,
        )
        say(f"wrote {output}")
        note_off_key(project, real_names, memos="memos")

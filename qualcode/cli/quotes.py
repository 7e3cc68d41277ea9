"""`qualcode code pin` and `qualcode code translate`: quotes for papers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.base import acting_name, code_app, open_project, say

WhoOpt = Annotated[
    str | None,
    typer.Option("--coder", "--as", "--by", envvar="QUALCODE_CODER", help="Who does it."),
]


@code_app.command("pin")
def code_pin(
    coding: Annotated[str, typer.Argument(help="Coding id (or unique prefix).")],
    unpin: Annotated[bool, typer.Option("--unpin", help="Take the pin off.")] = False,
    coder: WhoOpt = None,
) -> None:
    """Pin a coding as an exemplar quote of its theme (a lead's choice; first in summaries)."""
    with open_project(coder) as project:
        pinned = project.pin_exemplar(coding, acting_name(project), unpin=unpin)
    say(f"{'unpinned' if unpin else 'pinned'} {pinned.id[:8]} ({pinned.code})")


@code_app.command("translate")
def code_translate(
    coding: Annotated[str, typer.Argument(help="Coding id (or unique prefix).")],
    lang: Annotated[str, typer.Option("--lang", help="The translation's language: sv or en.")],
    text: Annotated[str, typer.Option("--text", help="The passage, translated.")],
    coder: WhoOpt = None,
) -> None:
    """Keep a translation of a coded passage; a summary in that language quotes it."""
    with open_project(coder) as project:
        done = project.translate_coding(coding, lang, text, acting_name(project))
    say(f"translated {done.id[:8]} ({done.code}) into {lang}")


@code_app.command("translations")
def code_translations(
    file: Annotated[
        Path,
        typer.Argument(help="A .csv or .xlsx with id and translation columns (export codings)."),
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="The translations' language (default: the translation_language column, "
            "else the other language of each passage).",
        ),
    ] = None,
    coder: WhoOpt = None,
) -> None:
    """Read translations back from a sheet a translator filled in (the codings table that
    `export codings` writes); every row is checked before any is written."""
    with open_project(coder) as project:
        report = project.import_translations(file, acting_name(project), lang)
    say(
        f"{file.name}: {report.translated} translated, {report.unchanged} unchanged, "
        f"{report.skipped} left empty"
    )


@code_app.command("import")
def code_import(
    file: Annotated[Path, typer.Argument(help="A CSV of quotes: document, code, text[, coder].")],
    coder: WhoOpt = None,
) -> None:
    """Import codings from a CSV of quotes (as Taguette exports highlights); every row is
    checked before any is written."""
    with open_project(coder) as project:
        # without a coder column or --coder, whoever acts (the service's rule)
        report = project.import_quotes_csv(file, coder)
    already = f", {report.already} coded so already" if report.already else ""
    say(f"{file.name}: {report.codings} codings ({', '.join(report.coders)}){already}")

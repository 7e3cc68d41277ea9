"""`qualcode docs set` and `qualcode docs attributes`: document attributes after import."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.base import CoderOpt, docs_app, open_project, say, who_acts
from qualcode.cli.output import plural
from qualcode.errors import ValidationError


@docs_app.command("set")
def docs_set(
    doc: Annotated[str, typer.Argument(help="Document id, id prefix or name.")],
    pairs: Annotated[list[str], typer.Argument(help="KEY=VALUE, one or more.")],
    coder: CoderOpt = None,
) -> None:
    """Set (add or change) a document's attributes; the others stay (a lead's, or the
    importing coder's; the audit log keeps what each was)."""
    values: dict[str, str] = {}
    for item in pairs:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError(f"{item!r}: write it as KEY=VALUE")
        if key.strip() in values:
            raise ValidationError(f"{key.strip()!r} is given twice; give it once")
        values[key.strip()] = value.strip()
    with open_project(coder) as project:
        who = who_acts(project, "docs set")
        project.set_attributes(doc, values, who)
        name = project.document(doc).name
    say(f"{name}: " + ", ".join(f"{k}={v}" for k, v in values.items()))


@docs_app.command("attributes")
def docs_attributes(
    sheet: Annotated[
        Path,
        typer.Argument(
            help="A CSV sheet: file name first, then one column per attribute "
            "(as import --attributes reads).",
            readable=False,
        ),
    ],
    coder: CoderOpt = None,
) -> None:
    """Set the attributes of documents already imported from a sheet; every row is checked
    before any is written."""
    with open_project(coder) as project:
        who = who_acts(project, "docs attributes")
        done = project.load_attribute_sheet(sheet, who)
    say(f"set the attributes of {plural(len(done), 'document')} from {sheet.name}")

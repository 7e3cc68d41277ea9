"""Commands for the codebook: load, show, export, rename, merge."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.base import (
    FormatOpt,
    codebook_app,
    open_project,
    say,
)
from qualcode.errors import ValidationError
from qualcode.output import Format, emit

# -- codebook --------------------------------------------------------------------------


@codebook_app.command("load")
def codebook_load(file: Annotated[Path, typer.Argument(help="A YAML codebook.")]) -> None:
    """Create or update codes by key; codings are never dropped."""
    with open_project() as project:
        report = project.load_codebook(file)
    say(
        f"{file.name}: {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged"
    )


@codebook_app.command("show")
def codebook_show(
    lang: Annotated[str, typer.Option(help="Language of names and definitions.")] = "en",
    fmt: FormatOpt = Format.table,
) -> None:
    """List the codes with names, shortcuts and coding counts."""
    with open_project() as project:
        codes = project.codebook()
        counts = project.code_counts()
    keys = {c.id: c.key for c in codes}
    rows = [
        {
            "key": c.key,
            "parent": keys.get(c.parent_id or ""),
            "name": c.name(lang),
            "shortcut": c.shortcut,
            "color": c.color,
            "codings": counts.get(c.key, 0),
            "definition": c.definitions.get(lang, ""),
            "names": dict(c.names),
            "keywords": {k: list(v) for k, v in c.keywords.items()},
        }
        for c in codes
    ]
    emit(
        rows,
        fmt,
        columns=["key", "parent", "name", "shortcut", "codings", "definition"],
        empty="no codes yet; load a codebook with `qualcode codebook load FILE`",
    )


@codebook_app.command("export")
def codebook_export(file: Annotated[Path, typer.Argument(help="Where to write the YAML.")]) -> None:
    """Write the codebook as YAML (loadable again with `codebook load`)."""
    with open_project() as project:
        project.export_codebook(file)
    say(f"wrote {file}")


@codebook_app.command("rename")
def codebook_rename(
    key: Annotated[str, typer.Argument(help="The code's current key.")],
    new_key: Annotated[str | None, typer.Argument(help="Its new key.")] = None,
    name_sv: Annotated[str | None, typer.Option(help="New Swedish name.")] = None,
    name_en: Annotated[str | None, typer.Option(help="New English name.")] = None,
) -> None:
    """Rename a code's key and/or names; codings stay with it."""
    names = {k: v for k, v in (("sv", name_sv), ("en", name_en)) if v}
    if not new_key and not names:
        raise ValidationError("give a new key, --name-sv or --name-en")
    with open_project() as project:
        code = project.rename_code(key, new_key, names=names)
    say(f"renamed {key} -> {code.key}")


@codebook_app.command("merge")
def codebook_merge(
    source: Annotated[str, typer.Argument(help="Code to merge away.")],
    target: Annotated[str, typer.Argument(help="Code that receives its codings.")],
) -> None:
    """Move every coding of SOURCE to TARGET and retire SOURCE (history kept)."""
    with open_project() as project:
        moved = project.merge_codes(source, target)
    say(f"merged {source} into {target}: {len(moved)} codings moved")

"""Commands for the project file and its documents: init, import, docs, demo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from qualcode.cli.base import (
    CoderOpt,
    FormatOpt,
    app,
    docs_app,
    open_project,
    project_path,
    say,
    state,
)
from qualcode.cli.output import Format, TextFormat, emit, json_text, printable
from qualcode.cli.said import flag
from qualcode.cli.search import SetOpt
from qualcode.errors import ValidationError, one_line
from qualcode.stamps import minute

# -- project ---------------------------------------------------------------------------


@app.command()
def init() -> None:
    """Create a new, empty project file.

    The first person named in it (--coder, $QUALCODE_CODER or the TUI's first question)
    joins it as its lead, on the login that owns the file.
    """
    path = project_path()
    from qualcode.project import Project

    Project.create(path).close()
    say(
        f"created {path}; next: `qualcode -p {path} codebook load FILE` and `qualcode import`; "
        "the first person named in it (--coder NAME or $QUALCODE_CODER) joins it as its lead"
    )


@app.command("import")
def import_(
    files: Annotated[
        list[Path],
        # readable=False: an unreadable file is reported by the reader and the others import
        typer.Argument(
            help="Transcripts: .txt .md .docx .odt .rtf .pdf .vtt .srt .html", readable=False
        ),
    ],
    lang: Annotated[str, typer.Option(help="sv, en or auto (guess per file).")] = "auto",
    attr: Annotated[
        list[str] | None, typer.Option(help="KEY=VALUE attribute for every file.")
    ] = None,
    attributes: Annotated[
        Path | None,
        typer.Option(help="CSV of attributes keyed by file name.", readable=False),
    ] = None,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Import transcripts; a failing file is reported and the others still import."""
    pairs = _parse_attrs(attr or [])
    with open_project(coder) as project:
        report = project.import_files(
            files,
            lang=lang,
            attributes=pairs,
            attributes_csv=attributes,
        )
    rows = [_doc_row(d) for d in report.imported]
    if fmt is Format.table:  # the short id `docs list` prints and every command accepts
        for row in rows:
            row["id"] = row["id"][:8]
    # every file refused: "nothing to show" above the errors read as if the files were
    # empty, or the import had gone on without them
    emit(
        rows,
        fmt,
        columns=["id", "name", "lang", "words", "attributes"],
        title="Imported",
        empty="nothing imported",
    )
    for name, note in report.notes:
        say(f"note: {one_line(name)}: {note}")
    if (unapplied := report.unapplied_rows_line()) is not None:
        say(f"note: {unapplied}")
    for name, reason in report.failures(flag):
        say(f"error: {one_line(name)}: {reason}")  # a file name may hold "\n"
    if report.failed:
        raise typer.Exit(1)


def _parse_attrs(items: list[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError(f"--attr {item!r}: write it as KEY=VALUE")
        pairs[key.strip()] = value.strip()
    return pairs


def _doc_row(doc: Any) -> dict[str, Any]:
    return {
        "id": doc.id,
        "name": doc.name,
        "lang": doc.lang,
        "words": doc.words,
        "imported_at": doc.imported_at,
        "attributes": dict(doc.attributes),
    }


@docs_app.command("list")
def docs_list(
    fmt: FormatOpt = Format.table,
    removed: Annotated[
        bool, typer.Option("--removed", help="The removed documents instead (docs restore).")
    ] = False,
    doc_set: SetOpt = None,
    coder: CoderOpt = None,
) -> None:
    """List documents with language, word count and attributes."""
    if removed and doc_set is not None:
        raise ValidationError("docs list: --removed and --set do not go together")
    with open_project(coder) as project:
        found = project.removed_documents() if removed else project.documents(doc_set)
        rows = [_doc_row(d) for d in found]
        # when, by whom and why each was taken out: what a lead weighs before restoring
        when = ["removed_at", "removed_by", "reason"] if removed else []
        if removed:
            removals = project.removals()
            for row in rows:
                entry = removals.get(row["id"])
                row["removed_at"] = entry.at if entry else ""
                row["removed_by"] = entry.actor if entry else ""
                row["reason"] = str(entry.payload.get("reason", "")) if entry else ""
    columns = ["id", "name", *when, "lang", "words", "attributes"]
    if fmt in (Format.table, Format.csv):
        # one column per attribute, like a classification sheet; JSON keeps the mapping
        keys = sorted({k for row in rows for k in row["attributes"]})
        for row in rows:
            row.update({k: row["attributes"].get(k, "") for k in keys})
            if fmt is Format.table:
                row["id"] = row["id"][:8]
                row["removed_at"] = minute(row.get("removed_at", ""))
        columns = ["id", "name", *when, "lang", "words", *keys]
    emit(
        rows,
        fmt,
        columns=columns,
        empty="no removed documents"
        if removed
        else "no documents yet; add some with `qualcode import FILE...`",
    )


@docs_app.command("remove")
def docs_remove(
    doc: Annotated[str, typer.Argument(help="Document id, id prefix or name.")],
    reason: Annotated[str, typer.Option("--reason", help="Why, for the audit log.")],
    coder: CoderOpt = None,
) -> None:
    """Take a document out (a lead's act): its codings stay in the file, counted nowhere,
    until `docs restore`; the same file may then be imported again."""
    with open_project(coder) as project:
        gone = project.remove_document(doc, reason)
    say(
        f"removed {one_line(gone.name)} (id {gone.id[:8]}); its codings are kept but counted "
        f"nowhere; bring it back with `qualcode docs restore {gone.id[:8]}`"
    )


@docs_app.command("restore")
def docs_restore(
    doc: Annotated[str, typer.Argument(help="Removed document's id, prefix or name.")],
    coder: CoderOpt = None,
) -> None:
    """Bring a removed document back with its codings (a lead's act)."""
    with open_project(coder) as project:
        back = project.restore_document(doc)
    say(f"restored {one_line(back.name)} (id {back.id[:8]}) with its codings")


@docs_app.command("show")
def docs_show(
    doc: Annotated[str, typer.Argument(help="Document id, id prefix or name.")],
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.text,
    coder: CoderOpt = None,
) -> None:
    """Show a document's text (with speakers) or everything about it as JSON."""
    with open_project(coder) as project:
        document = project.document(doc)
        turns = project.turns(document.id)
        units = project.units(document.id)
    if fmt is TextFormat.json:
        payload = {
            "id": document.id,
            "name": document.name,
            "lang": document.lang,
            "attributes": dict(document.attributes),
            "sha256": document.sha256,
            "text": document.text,
            "turns": [
                {
                    "speaker": t.speaker,
                    "start": t.start,
                    "end": t.end,
                    "start_time": t.start_time,
                    "end_time": t.end_time,
                }
                for t in turns
            ],
            "units": [{"start": u.start, "end": u.end} for u in units],
        }
        print(json_text(payload, indent=2))
        return
    attrs = ", ".join(f"{k}={v}" for k, v in document.attributes.items())
    print(
        printable(
            f"# {document.name}  ({document.lang}, {document.word_count} words"
            f"{', ' + attrs if attrs else ''})\n"
        )
    )
    print(printable(document.text))


@app.command()
def demo(
    target: Annotated[Path | None, typer.Option(help="Where to build the demo project.")] = None,
    source: Annotated[
        Path | None, typer.Option(help="Folder holding corpora/ and codebooks/.")
    ] = None,
    fresh: Annotated[bool, typer.Option(help="Rebuild even if the demo project exists.")] = True,
    no_tui: Annotated[
        bool, typer.Option("--no-tui", help="Only print the summary; do not open the TUI.")
    ] = False,
) -> None:
    """Build the demo project from corpora/demo and codebooks/ and summarise it."""
    from qualcode.demo import build_demo, summarise

    path = target or state.project_path or Path("qualcode-demo.db")
    project = build_demo(path, source, fresh=fresh, progress=say)
    with project:
        print(summarise(project))
    if not no_tui and sys.stdout.isatty() and sys.stdin.isatty():
        from qualcode.cli.tui import open_tui

        open_tui(path, "lena", None)  # the demo opens as its lead, who sees everyone's work

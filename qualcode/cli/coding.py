"""Commands for coders, codings and memos."""

from __future__ import annotations

from typing import Annotated

import typer

from qualcode.cli.base import FormatOpt, app, code_app, coder_app, open_project, say
from qualcode.errors import ValidationError
from qualcode.output import Format, emit


@coder_app.command("add")
def coder_add(
    name: str,
    role: Annotated[str, typer.Option(help="coder or lead.")] = "coder",
) -> None:
    """Add a coder (the lead sees every coder's work)."""
    with open_project() as project:
        coder = project.add_coder(name, role)
    say(f"added {coder.role} {coder.name}")


@coder_app.command("list")
def coder_list(fmt: FormatOpt = Format.table) -> None:
    """List coders and roles."""
    with open_project() as project:
        rows = [{"id": c.id, "name": c.name, "role": c.role} for c in project.coders()]
    emit(rows, fmt, columns=["name", "role", "id"], empty="no coders yet")


# the keys of Project.coding_records, for the header of an empty CSV listing
CODING_FIELDS = (
    "id", "document", "document_name", "start", "end", "code", "coder", "layer", "origin",
    "created_at", "text",
)  # fmt: skip


@code_app.command("add")
def code_add(
    doc: Annotated[str, typer.Option("--doc", help="Document id, id prefix or name.")],
    start: Annotated[int, typer.Option(help="Start offset (characters).")],
    end: Annotated[int, typer.Option(help="End offset (exclusive).")],
    code: Annotated[str, typer.Option("--code", help="Code key.")],
    coder: Annotated[str, typer.Option(help="Coder name.")],
    memo: Annotated[str | None, typer.Option(help="A memo on this coding.")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Code the span START-END of a document."""
    with open_project() as project:
        coding = project.add_coding(doc, start, end, code, coder, memo=memo)
        rows = project.coding_records([coding])
    emit(rows, fmt, columns=["id", "document_name", "start", "end", "code", "coder", "text"])


@code_app.command("list")
def code_list(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
    coder: Annotated[str | None, typer.Option(help="Only this coder.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="Only this code key.")] = None,
    layer: Annotated[str | None, typer.Option(help="coder or consensus.")] = None,
    as_coder: Annotated[
        str | None,
        typer.Option(
            "--as",
            envvar="QUALCODE_CODER",
            help="Who is looking: a coder sees only their own codings (blind).",
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List codings with their coded text."""
    with open_project() as project:
        codings = project.codings(doc, coder, code=code, layer=layer, viewer=as_coder)
        rows = project.coding_records(codings)
    if fmt is Format.table:
        for row in rows:
            row["id"] = row["id"][:8]
            row["text"] = _shorten(row["text"], 70)
    emit(
        rows,
        fmt,
        columns=["id", "document_name", "start", "end", "code", "coder", "layer", "text"]
        if fmt is Format.table
        else None,
        empty="no codings",
        fields=CODING_FIELDS,
    )


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@code_app.command("remove")
def code_remove(
    ids: Annotated[list[str], typer.Argument(help="Coding ids or id prefixes.")],
) -> None:
    """Remove codings (soft: they stay in the file and the audit log)."""
    with open_project() as project:
        for ref in ids:
            coding = project.remove_coding(ref)
            say(f"removed {coding.id[:8]} ({coding.code}, {coding.coder})")


memo_app = typer.Typer(
    help="Write and read memos on documents, codings and codes.", no_args_is_help=True
)
app.add_typer(memo_app, name="memo")


@memo_app.command("add")
def memo_add(
    text: Annotated[str, typer.Argument(help="The memo.")],
    author: Annotated[str, typer.Option(help="Who writes it (a coder).")],
    doc: Annotated[str | None, typer.Option("--doc", help="On this document.")] = None,
    coding: Annotated[str | None, typer.Option(help="On this coding (id or prefix).")] = None,
    code: Annotated[str | None, typer.Option("--code", help="On this code (key).")] = None,
) -> None:
    """Add a memo to a document, a coding, a code, or (with none given) the project."""
    targets = [(k, v) for k, v in (("document", doc), ("coding", coding), ("code", code)) if v]
    if len(targets) > 1:
        raise ValidationError("give one of --doc, --coding or --code")
    kind, target = targets[0] if targets else ("project", "project")
    with open_project() as project:
        memo = project.add_memo(kind, target, author, text)
    say(f"memo {memo.id[:8]} on {kind} {target}")


@memo_app.command("list")
def memo_list(
    doc: Annotated[str | None, typer.Option("--doc", help="Only memos on this document.")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List memos, newest last."""
    with open_project() as project:
        target = project.document(doc).id if doc else None
        memos = project.memos("document" if doc else None, target)
    rows = [
        {
            "id": m.id,
            "target_kind": m.target_kind,
            "target": m.target_id,
            "author": m.author,
            "created_at": m.created_at,
            "text": m.text,
        }
        for m in memos
    ]
    emit(rows, fmt, columns=["created_at", "author", "target_kind", "text"], empty="no memos yet")

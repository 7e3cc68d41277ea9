"""Commands for coders, codings and memos."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from qualcode.cli.base import (
    AsOpt,
    CoderOpt,
    FormatOpt,
    app,
    code_app,
    coder_app,
    login,
    open_project,
    say,
    who_acts,
)
from qualcode.cli.output import Format, emit, shortened
from qualcode.errors import ValidationError
from qualcode.stamps import minute

if TYPE_CHECKING:
    from qualcode.project.memos import MemoView


@coder_app.command("add")
def coder_add(
    name: str,
    role: Annotated[str, typer.Option(help="coder or lead.")] = "coder",
    by: CoderOpt = None,
) -> None:
    """Add a coder (the lead sees every coder's work).

    The first lead added from a login that has not said who it is becomes who that login
    acts as (the person setting up a project leads it); --coder or $QUALCODE_CODER override.
    Named by them in a project that holds nobody yet, she joins it first, as its lead.
    """
    with open_project(by, unknown_ok=True, adding=name) as project:
        coder = project.add_coder(name, role)
        first = role == "lead" and project.remembered_coder(login()) is None
        if first:
            project.remember_coder(login(), coder.name)
    say(f"added {coder.role} {coder.name}" + (f" (this login acts as {name})" if first else ""))


@coder_app.command("role")
def coder_role(
    name: str,
    role: Annotated[str, typer.Argument(help="coder or lead.")],
    by: CoderOpt = None,
) -> None:
    """Make a coder a lead, or a lead a coder (a lead's; the last lead stays one)."""
    with open_project(by) as project:
        coder = project.set_role(name, role, who_acts(project, "coder role"))
    say(f"{coder.name} is now a {coder.role}")


@coder_app.command("list")
def coder_list(fmt: FormatOpt = Format.table, by: CoderOpt = None) -> None:
    """List coders and roles."""
    with open_project(by) as project:
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
    code: Annotated[str, typer.Option("--code", help="Code key.")],
    start: Annotated[int | None, typer.Option(help="Start offset (characters).")] = None,
    end: Annotated[int | None, typer.Option(help="End offset (exclusive).")] = None,
    quote: Annotated[
        str | None,
        typer.Option(help="The passage's words, instead of --start/--end (it must occur once)."),
    ] = None,
    coder: CoderOpt = None,
    memo: Annotated[str | None, typer.Option(help="A memo on this coding.")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Code the span START-END of a document, or the passage --quote gives, as the acting
    coder."""
    if (quote is None) == (start is None and end is None):  # neither, or both ways at once
        raise ValidationError("give --start and --end, or --quote")
    with open_project(coder) as project:
        who = who_acts(project, "code add")
        if quote is not None:
            start, end = project.locate_quote(doc, quote)
        elif start is None or end is None:
            raise ValidationError("give both --start and --end (or --quote)")
        coding = project.add_coding(doc, start, end, code, who, memo=memo)
        rows = project.coding_records([coding])
    if fmt is Format.table:  # as `code list` shows it: the short id, the passage on one line
        for row in rows:
            row["id"] = row["id"][:8]
            row["text"] = shortened(row["text"], 70)
    emit(rows, fmt, columns=["id", "document_name", "start", "end", "code", "coder", "text"])


@code_app.command("list")
def code_list(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
    of: Annotated[str | None, typer.Option("--of", help="Only this coder's codings.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="Only this code key.")] = None,
    layer: Annotated[str | None, typer.Option(help="coder or consensus.")] = None,
    coder: CoderOpt = None,
    as_coder: AsOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List codings with their coded text (blind: a coder sees only their own)."""
    with open_project(coder, as_coder) as project:
        codings = project.codings(doc, of, code=code, layer=layer)
        rows = project.coding_records(codings)
    if fmt is Format.table:
        for row in rows:
            row["id"] = row["id"][:8]
            row["text"] = shortened(row["text"], 70)
    emit(
        rows,
        fmt,
        columns=["id", "document_name", "start", "end", "code", "coder", "layer", "text"]
        if fmt is Format.table
        else None,
        empty="no codings",
        fields=CODING_FIELDS,
    )


@code_app.command("remove")
def code_remove(
    ids: Annotated[list[str], typer.Argument(help="Coding ids or id prefixes.")],
    coder: CoderOpt = None,
) -> None:
    """Remove codings (soft: they stay in the file and the audit log)."""
    with open_project(coder) as project:
        for coding in project.remove_codings(ids):
            said = f"removed {coding.id[:8]} ({coding.code}, {coding.coder})"
            if coding.suggestion_id and coding.suggestion_id in {
                s.id for s in project.suggestions(coding.document_id)
            }:  # an acceptance taken back: the suggestion is open again
                said += f"; suggestion {coding.suggestion_id[:8]} is pending again"
            say(said)


@code_app.command("restore")
def code_restore(
    ids: Annotated[list[str], typer.Argument(help="Removed codings' ids or id prefixes.")],
    coder: CoderOpt = None,
) -> None:
    """Bring removed codings back as they were (same id, their memos too): `code remove`
    undone."""
    with open_project(coder) as project:
        for coding in project.restore_codings(ids):
            say(f"restored {coding.id[:8]} ({coding.code}, {coding.coder})")


memo_app = typer.Typer(
    help="Write and read memos on documents, codings and codes.", no_args_is_help=True
)
app.add_typer(memo_app, name="memo")


@memo_app.command("add")
def memo_add(
    text: Annotated[str, typer.Argument(help="The memo.")],
    coder: CoderOpt = None,
    author: Annotated[str | None, typer.Option("--author", hidden=True)] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="On this document.")] = None,
    coding: Annotated[str | None, typer.Option(help="On this coding (id or prefix).")] = None,
    code: Annotated[str | None, typer.Option("--code", help="On this code (key).")] = None,
    start: Annotated[
        int | None,
        typer.Option(help="With --doc and --end: on the passage START-END (characters)."),
    ] = None,
    end: Annotated[int | None, typer.Option(help="The passage's end (exclusive).")] = None,
    quote: Annotated[
        str | None,
        typer.Option(help="With --doc: on the passage of these words (it must occur once)."),
    ] = None,
) -> None:
    """Add a memo to a document or a passage of it, a coding, a code, or (with none given)
    the project."""
    # given empty ("--doc \"$DOC\"" from a script) is given: the service refuses it, where
    # it was read as not given and the memo went on the project instead
    targets = [
        (k, v) for k, v in (("document", doc), ("coding", coding), ("code", code)) if v is not None
    ]
    if len(targets) > 1:
        raise ValidationError("give one of --doc, --coding or --code")
    if (start is None) != (end is None):
        raise ValidationError("a memo's passage needs both --start and --end")
    if quote is not None and (doc is None or start is not None):
        raise ValidationError("--quote goes with --doc, in place of --start and --end")
    kind, target = targets[0] if targets else ("project", "project")
    # a passage noted before it is coded, as the TUI's memo on a selection: the CLI had
    # only the whole document, and the note lost where it was about
    span = (start, end) if start is not None and end is not None else None
    with open_project(coder, author) as project:
        if quote is not None and doc is not None:  # by its words, as `code add --quote`
            span = start, end = project.locate_quote(doc, quote)
        memo = project.add_memo(kind, target, who_acts(project, "memo add"), text, span=span)
    where = f" {start}-{end}" if span else ""
    say(f"memo {memo.id[:8]} on {kind} {target}{where}")


def _about(view: MemoView) -> str:
    """What a memo is about, for the table: a coding's code and passage, a passage's or a
    document's name, a code's key, or the project."""
    memo = view.memo
    if memo.target_kind == "project":
        return "the project"
    if memo.target_kind == "code":
        return view.code or memo.target_id[:8]
    if view.document is None:  # a coding the viewer may no longer read (blind again)
        return f"a {memo.target_kind}"
    where = view.document
    if view.start is not None:
        where += f": {shortened(view.excerpt, 40)}"
    return f"{view.code} in {where}" if view.code else where


@memo_app.command("list")
def memo_list(
    doc: Annotated[str | None, typer.Option("--doc", help="Only memos on this document.")] = None,
    grep: Annotated[
        str | None,
        typer.Option(
            "--grep",
            help="Only memos whose text, passage, document or code holds this (any case); "
            "with --doc, also those on its passages and codings.",
        ),
    ] = None,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List memos, newest last (blind: a coder sees only their own)."""
    with open_project(coder) as project:
        if grep is not None:
            if not grep.strip():
                raise ValidationError("memo list --grep: give some text to look for")
            viewer = who_acts(project, "memo list --grep")
            found = project.memo_list(viewer, grep, doc=doc)
            views = sorted(found, key=lambda v: v.memo.created_at)
        else:
            # --doc "" is given (and refused by the resolver), not read as every document
            target = project.document(doc).id if doc is not None else None
            kind = "document" if doc is not None else None
            views = project.memo_views(project.memos(kind, target))
    rows = [
        {
            "id": v.memo.id,
            "target_kind": v.memo.target_kind,
            "target": v.memo.target_id,
            "start": v.memo.start,  # a memo on a passage: a document memo with its span
            "end": v.memo.end,
            "author": v.memo.author,
            "created_at": v.memo.created_at,
            "text": v.memo.text,
            # what it is about, by name: 'code' or 'coding' alone left one to guess which
            # (after the text: a script reading the columns in their old places still does)
            "document": v.document,
            "code": v.code,
            "passage": v.excerpt or None,
        }
        for v in views
    ]
    if fmt is Format.table:  # a passage memo said "document", as if about the whole of it
        for row, view in zip(rows, views, strict=True):
            if row["start"] is not None:
                row["target_kind"] = f"passage {row['start']}-{row['end']}"
            row["about"] = _about(view)
            row["created_at"] = minute(view.memo.created_at)
    fields = [
        "id",
        "created_at",
        "author",
        "target_kind",
        "target",
        "start",
        "end",
        "text",
        "document",
        "code",
        "passage",
    ]
    emit(
        rows,
        fmt,
        columns=["created_at", "author", "target_kind", "about", "text"],
        fields=fields,  # a script's CSV holds what its JSON holds: ids, targets, spans
        empty="no memos yet" if grep is None else f"no memo holds {grep.strip()!r}",
    )

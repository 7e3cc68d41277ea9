"""`qualcode sets`: named document sets (NVivo's sets, ATLAS.ti's document groups) made
and changed; `--set NAME` (cli/search.py) narrows search, queries, counts, agreement, exports."""

from __future__ import annotations

from typing import Annotated

import typer

from qualcode.cli.base import CoderOpt, FormatOpt, app, open_project, say, who_acts
from qualcode.cli.output import Format, emit, plural
from qualcode.cli.search import AttrOpt, attribute_options
from qualcode.stamps import minute

sets_app = typer.Typer(
    help="Named document sets: make, list, show, add to, remove from, rename, delete.",
    no_args_is_help=True,
)
app.add_typer(sets_app, name="sets")

DocsArg = Annotated[list[str] | None, typer.Argument(help="Documents: id, id prefix or name.")]


@sets_app.command("make")
def sets_make(
    name: Annotated[str, typer.Argument(help="The set's name.")],
    docs: DocsArg = None,
    attr: AttrOpt = None,
    coder: CoderOpt = None,
) -> None:
    """Make a document set of the documents named and of those with every --attr."""
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        made = project.make_document_set(
            name, who_acts(project, "sets make"), docs or [], attributes=attributes
        )
    say(f"made the set {made.name!r} of {plural(len(made.documents), 'document')}")


@sets_app.command("list")
def sets_list(coder: CoderOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Every document set with its size, who made it and when."""
    with open_project(coder) as project:
        found = project.document_sets()

    rows = [
        {
            "set": s.name,
            "documents": len(s.documents),
            "made_by": s.created_by,
            "made_at": minute(s.created_at) if fmt is Format.table else s.created_at,
        }
        for s in found
    ]
    emit(
        rows,
        fmt,
        columns=["set", "documents", "made_by", "made_at"],
        empty="no document sets yet; make one with `qualcode sets make NAME DOC...`",
    )


@sets_app.command("show")
def sets_show(
    name: Annotated[str, typer.Argument(help="The set's name.")],
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The documents of one set, with their attributes."""
    with open_project(coder) as project:
        found = project.document_set(name)
        docs = {d.id: d for d in project.documents()}
    rows = [
        {
            "id": d[:8] if fmt is Format.table else d,
            "name": docs[d].name,
            "lang": docs[d].lang,
            **docs[d].attributes,
        }
        for d in found.documents
        if d in docs
    ]
    keys = sorted({k for d in found.documents if d in docs for k in docs[d].attributes})
    emit(
        rows,
        fmt,
        columns=["id", "name", "lang", *keys],
        title=f"{found.name}: {plural(len(rows), 'document')}",
        empty=f"the set {found.name!r} is empty; `qualcode sets add` fills it",
    )


@sets_app.command("add")
def sets_add(
    name: Annotated[str, typer.Argument(help="The set's name.")],
    docs: DocsArg = None,
    attr: AttrOpt = None,
    coder: CoderOpt = None,
) -> None:
    """Add the documents named, and those with every --attr, to a set."""
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        added = project.add_to_document_set(
            name, who_acts(project, "sets add"), docs or [], attributes=attributes
        )
        size = len(project.document_set(name).documents)
    say(f"added {plural(len(added), 'document')} to {name!r} (now {size})")


@sets_app.command("remove")
def sets_remove(
    name: Annotated[str, typer.Argument(help="The set's name.")],
    docs: Annotated[list[str], typer.Argument(help="Documents: id, id prefix or name.")],
    coder: CoderOpt = None,
) -> None:
    """Take documents out of a set (the documents stay in the project)."""
    with open_project(coder) as project:
        taken = project.remove_from_document_set(name, who_acts(project, "sets remove"), docs)
        size = len(project.document_set(name).documents)
    say(f"took {plural(len(taken), 'document')} out of {name!r} (now {size})")


@sets_app.command("rename")
def sets_rename(
    name: Annotated[str, typer.Argument(help="The set's name now.")],
    new_name: Annotated[str, typer.Argument(help="Its new name.")],
    coder: CoderOpt = None,
) -> None:
    """Give a set a new name (its documents stay; the audit log keeps the old name)."""
    with open_project(coder) as project:
        renamed = project.rename_document_set(name, new_name, who_acts(project, "sets rename"))
    say(f"renamed the set {name!r} to {renamed.name!r}")


@sets_app.command("delete")
def sets_delete(
    name: Annotated[str, typer.Argument(help="The set's name.")],
    coder: CoderOpt = None,
) -> None:
    """Delete a set (its documents stay in the project; the audit log keeps the set)."""
    with open_project(coder) as project:
        project.delete_document_set(name, who_acts(project, "sets delete"))
    say(f"deleted the set {name!r}")

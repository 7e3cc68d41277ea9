"""Commands for team work: the audit log, document status, a coder's handout and package,
and merging packages (agreement is ``agree.py``, reconciliation ``reconcile.py``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer

from qualcode.cli.agree import WideOpt
from qualcode.cli.base import (
    CoderOpt,
    ForceOpt,
    FormatOpt,
    RealNamesOpt,
    acting_name,
    app,
    note_key_clash,
    open_project,
    say,
    who_acts,
)
from qualcode.cli.narrow_tables import emit_audit_table
from qualcode.cli.output import Format, emit, plural, terminal_width
from qualcode.cli.search import SetOpt


@app.command()
def audit(
    action: Annotated[
        str | None,
        typer.Option(help="Only this action, or a family: reconcile, coding.add, status ..."),
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Only what this person did.")] = None,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
    wide: WideOpt = False,
) -> None:
    """The append-only log: who did what, when (blind: a coder sees their own entries);
    names on the pseudonym key as their pseudonyms."""
    with open_project(coder) as project:
        viewer = acting_name(project)
        if fmt is Format.csv:  # for a spreadsheet: a column per field, not a cell of JSON,
            # and each entry's document by name as the audit screen gives it
            flat = project.audit_sheet(action, actor, real_names=real_names, viewer=viewer)
        else:
            entries = project.audit(action, actor, real_names=real_names, viewer=viewer)
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
    if fmt is Format.csv:
        emit(flat.rows, fmt, columns=flat.columns, fields=flat.columns, empty="no entries")
        return
    rows: list[dict[str, object]] = []
    for e in entries:
        payload: object = dict(e.payload)
        if fmt is Format.table:
            text = _brief(dict(e.payload))
            payload = text if len(text) < 100 else text[:99] + "…"
        rows.append({"at": e.at, "actor": e.actor, "action": e.action, "payload": payload})
    columns = ["at", "actor", "action", "payload"]
    if fmt is Format.table:
        emit_audit_table(rows, columns, None if wide else terminal_width())
        return
    emit(rows, fmt, columns=columns, empty="no entries")


def _brief(payload: Mapping[str, object]) -> str:
    """A decision as a reviewer reads it (case, verdict, who took part, the rationale),
    a comment or reopening by what was said; any other entry as its JSON. --format json
    gives every field."""
    from qualcode.project.reconcile import shown_case  # not at start-up: the service

    if "verdict" in payload and "rationale" in payload:
        who = payload.get("participants") or []
        with_ = f" with {', '.join(map(str, who))}" if isinstance(who, list) and who else ""
        case = shown_case(str(payload.get("case", "")))
        return f"{case} {payload['verdict']}{with_}: {payload['rationale']}"
    for said in ("text", "reason"):  # a comment, a reopening: what was said
        if "case" in payload and isinstance(payload.get(said), str):
            # and by whom, when the lead noted a coder's words: without it the table read
            # as the lead's own opinion (eyes6)
            speaker = f" {payload['for']}" if isinstance(payload.get("for"), str) else ""
            return f"{shown_case(str(payload['case']))}{speaker}: {payload[said]}"
    return json.dumps(payload, ensure_ascii=False)


@app.command()
def status(
    doc: Annotated[str, typer.Argument(help="Document id, prefix or name.")],
    value: Annotated[str, typer.Argument(help="todo, in_progress or done.")],
    coder: CoderOpt = None,
) -> None:
    """Set the acting coder's status on a document (blind coding progress)."""
    with open_project(coder) as project:
        who = who_acts(project, "status")
        project.set_status(doc, who, value)
        waiting = project.undecided_suggestions(doc) if value == "done" else 0
    say(f"{doc}: {who} {value}")
    if waiting:  # marked all the same: a script must not hang on a question
        say(
            f"note: {plural(waiting, 'suggestion')} on {doc} still undecided "
            "(qualcode suggest accept|reject ID)"
        )


@app.command()
def handout(
    name: Annotated[str, typer.Argument(help="The coder the copy is for.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The project file to write.")],
    doc_set: SetOpt = None,
    coder: CoderOpt = None,
    force: ForceOpt = False,
) -> None:
    """Write a coder's own project file (the lead's): the documents (--set: one set's),
    the codebook and the document sets, nobody's work; she codes in it and sends back an
    export-coder package."""
    import shlex

    from qualcode.project.file_names import file_word

    with open_project(coder) as project:
        made = project.handout(name, output, force=force, doc_set=doc_set)
    # commands to copy as they are: a coder named 'Anna Berg' or 'a/b' was told to send
    # `export-coder -o Anna Berg.json` (two words to a shell) or `-o a/b.json` (no folder a)
    copy, package = shlex.quote(output.name), shlex.quote(f"{file_word(made.coder)}.json")
    say(
        f"wrote {output}: {plural(made.documents, 'document')} and {plural(made.codes, 'code')} "
        f"for {made.coder}, nobody's work; {made.coder} codes with `qualcode -p {copy} tui`, "
        f"sends `qualcode -p {copy} export-coder -o {package}` back, "
        f"and you run `qualcode merge {package}`"
    )


@app.command("export-coder")
def export_coder(
    output: Annotated[Path, typer.Option("-o", "--output", help="The package file to write.")],
    coder: CoderOpt = None,
    force: ForceOpt = False,
) -> None:
    """Write the acting coder's codings, memos, statuses, translations and rejected
    suggestions as a package for the lead."""
    with open_project(coder) as project:
        project.export_coder(who_acts(project, "export-coder"), output, force=force)
    say(f"wrote {output}; the lead merges it with `qualcode merge {output.name}`")


@app.command()
def merge(
    files: Annotated[list[Path], typer.Argument(help="Coder packages (from export-coder).")],
    coder: CoderOpt = None,
    lead_work: Annotated[
        bool,
        typer.Option(
            "--lead-work",
            help="A package under a lead's name is that lead's own work (refused without "
            "it: nothing in a package proves where it was written, and a copy never writes "
            "as the lead).",
        ),
    ] = False,
) -> None:
    """Bring coder packages into this project (as the lead; all of each package or nothing)."""
    with open_project(coder) as project:
        for path in files:
            report = project.merge_package(path, lead_work=lead_work)
            say(
                f"{path.name}: {report.coder}: {plural(report.added, 'coding')} added, "
                f"{report.removed} removed, "
                + (f"{report.restored} restored, " if report.restored else "")
                + f"{report.unchanged} already here, "
                + (f"{report.kept_removed} kept removed, " if report.kept_removed else "")
                + f"{plural(report.memos, 'memo')}, {plural(report.statuses, 'status', 'statuses')}"
                + (f", {plural(report.translations, 'translation')}" if report.translations else "")
                + (
                    f", {plural(report.rejections, 'rejected suggestion')}"
                    if report.rejections
                    else ""
                )
                + (f", {report.reopened} taken back" if report.reopened else "")
                + (f", {report.accepted} accepted since" if report.accepted else "")
            )
            if report.copy_unnamed:
                say(
                    f"{path.name}: the package does not name whom its copy was for (written "
                    f"before packages did, or edited); merged as {report.coder}'s work"
                )
            if report.by_name:
                say(
                    f"{path.name}: {report.coder} is known here by name only (the package "
                    "carries another id: made in a project of its own, not this one or a "
                    f"copy of it, or edited); merged as {report.coder}'s work"
                )
            if report.clock_ahead:
                say(
                    f"{path.name}: {plural(report.clock_ahead, 'time')} in the package "
                    f"{'lies' if report.clock_ahead == 1 else 'lie'} ahead of this machine's "
                    "clock (is the coder's clock set right?); read as the time of the merge "
                    "that first met it"
                )
            if report.on_removed:
                say(
                    f"{path.name}: {plural(report.on_removed, 'coding')} on documents taken out "
                    "of the project, kept with them and read nowhere until they are restored "
                    "(`qualcode docs list --removed`)"
                )

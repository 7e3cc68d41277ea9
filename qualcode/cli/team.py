"""Commands for team work: agreement, reconciliation, document status and the audit log."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer

from qualcode.agreement.report import AFTER, CONSENSUS
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
from qualcode.cli.narrow_tables import emit_agree_tables, emit_audit_table, fitted
from qualcode.cli.output import Format, emit, json_text, plural, terminal_width
from qualcode.cli.search import SetOpt
from qualcode.model import BOOTSTRAP_RESAMPLES
from qualcode.texts import LANGUAGES


def _names(value: str | None, setting: str) -> list[str] | None:
    """A comma-separated option's names; given but naming nothing, refused (the service's
    rule, ``named_list``)."""
    from qualcode.project.scope import named_list

    return named_list(value, setting)


CodersOpt = Annotated[
    str | None, typer.Option("--coders", help="Coder names, parted by commas or semicolons.")
]
DocsOpt = Annotated[str | None, typer.Option("--docs", help="Comma-separated documents.")]
WideOpt = Annotated[
    bool,
    typer.Option(
        "--wide",
        help="Tables at their full width with their full column names, whatever the "
        "terminal's width (narrower than a table, it gets a narrow layout).",
    ),
]

_AGREE_COLUMNS = [
    "scope",
    "code",
    "document",
    "coders",
    "units",
    "decisions",
    "percent",
    "cohen",
    "scott",
    "fleiss",
    "alpha",
    "alpha_ci",
    "ac1",
    "brennan_prediger",
    "unitizing_alpha",
    # last: a script reading the columns before them by position keeps working
    "alpha_low",
    "alpha_high",
    "name",
]


@app.command()
def agree(
    coders: CodersOpt = None,
    codes: Annotated[str | None, typer.Option("--codes", help="Comma-separated code keys.")] = None,
    docs: DocsOpt = None,
    doc_set: SetOpt = None,
    layer: Annotated[
        str,
        typer.Option(
            help="coder: among coders; consensus: before and after reconciliation "
            "(as --before-after)."
        ),
    ] = "coder",
    before_after: Annotated[
        bool,
        typer.Option(
            "--before-after",
            help="The coders among themselves before reconciliation, and each coder "
            "against the consensus after it (the consensus is never counted as a coder).",
        ),
    ] = False,
    bootstrap: Annotated[
        int, typer.Option(help="Bootstrap resamples for alpha's interval (seeded).")
    ] = BOOTSTRAP_RESAMPLES,
    lang: Annotated[str, typer.Option(help="The methods paragraph's language: sv or en.")] = "en",
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
    wide: WideOpt = False,
) -> None:
    """Intercoder agreement per code, coder pair, document, overall and, among three coders
    or more, per coder (the lead's); documents and coders named through the pseudonym key."""
    if lang not in LANGUAGES:
        raise typer.BadParameter(f"{lang!r}: use {' or '.join(LANGUAGES)}", param_hint="--lang")
    with open_project(coder) as project:
        report = project.agreement(
            _names(coders, "coders"),
            _names(codes, "codes"),
            _names(docs, "docs"),
            layer="consensus" if before_after else layer,
            bootstrap=bootstrap,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            lang=lang,  # a coder's automatic label in the methods paragraph's words
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
    rows = [r.as_dict() for r in report.rows]
    if fmt is Format.json:
        print(
            json_text(
                {
                    "coders": report.coders,
                    "codes": report.codes,
                    "unapplied": report.unapplied,
                    "documents": report.documents,
                    "units": report.units,
                    "bootstrap": report.bootstrap,
                    "prevalence": None if math.isnan(report.prevalence) else report.prevalence,
                    "rows": rows,
                    "scope": report.scope,
                    "methods": report.methods_paragraph(lang),
                    "reconciliation": report.reconciled.get(lang) or None,
                },
                indent=2,
            )
        )
        return
    # a methods table is built from these: the code's name in --lang beside its key, and
    # the interval's ends as two numbers a spreadsheet can format (alpha_ci is text)
    names = getattr(report, "code_names", {}).get(lang, {})
    for row, source in zip(rows, report.rows, strict=True):
        row["coders"] = ", ".join(source.coders)
        row["alpha_ci"] = _interval(source.alpha_low, source.alpha_high, source.resamples)
        row["name"] = names.get(source.code, source.code) if source.code else None
    if fmt is not Format.table:
        emit(rows, fmt, columns=_AGREE_COLUMNS)
        return
    width = None if wide else terminal_width()
    # the lines above the tables fit the terminal as they do (the methods page below is
    # left whole: a paragraph copied from it into a paper keeps no line breaks)
    print(fitted(f"Counted: {report.scope}", width))
    if not report.units:
        # no unit counted: every coefficient is undefined, and some sixty lines of
        # 'undefined' buried the two lines saying why and whom to name (eyes31)
        print()
        print(report.methods_paragraph(lang))
        return
    against = layer == CONSENSUS or before_after
    if against:
        print(
            fitted(
                "Compared: before reconciliation, the coders among themselves (overall, per "
                "code, per document, coder pairs); after it, each coder against the consensus "
                "(pairs with the consensus, and the last table). The consensus is not counted "
                "as a coder.",
                width,
            )
        )
    tables = []
    for scope, title, shown in (*_AGREE_TABLES, *(_AFTER_TABLE if against else ())):
        # without resamples there is no interval: a missing column, not an undefined one
        columns = [c for c in shown if report.bootstrap or c != "alpha_ci"]
        chosen = [r for r in rows if r["scope"] == scope]
        if not chosen:
            # the per-coder table exists among three coders or more: with two, a bare
            # "nothing to show" stood under the per-document table, as if one were lost
            continue
        for row in chosen:
            for key in columns:
                if row.get(key) is None and key not in ("code", "document"):
                    row[key] = "undefined"
        tables.append((title, chosen, columns))
    emit_agree_tables(tables, width)
    print()
    print(report.methods_page(lang))


# Each table shows only the coefficients that apply to its scope, so "undefined" means
# undefined (no variation), never "not computed here".
_AGREE_TABLES = (
    (
        "overall",
        "Overall (all codes pooled)",
        ["units", "percent", "fleiss", "alpha", "alpha_ci", "ac1", "brennan_prediger"],
    ),
    (
        "code",
        "Per code",
        [
            "code",
            "units",
            "percent",
            "fleiss",
            "alpha",
            "alpha_ci",
            "ac1",
            "brennan_prediger",
            "unitizing_alpha",
        ],
    ),
    ("pair", "Per coder pair", ["code", "coders", "percent", "cohen", "scott", "alpha"]),
    (
        "document",
        "Per document (codes pooled)",
        ["document", "units", "percent", "alpha", "ac1"],
    ),
    (
        "coder",
        "Per coder (codes pooled): mean percent and Cohen's kappa with each other coder, "
        "alpha among the others without her",
        ["coders", "percent", "cohen", "alpha_without"],
    ),
)


_AFTER_TABLE = (
    (
        AFTER,
        "After reconciliation: each coder against the consensus (all codes pooled)",
        ["coders", "units", "percent", "cohen", "scott", "alpha"],
    ),
)


def _interval(low: float, high: float, resamples: int) -> str | None:
    """The interval as text; 'no interval' where it was bootstrapped and none can be
    given (the methods paragraph says why), None where it was not bootstrapped."""
    if math.isnan(low) or math.isnan(high):
        return "no interval" if resamples else None
    return f"{low:.3f} to {high:.3f}"


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
        entries = project.audit(action, actor, real_names=real_names, viewer=acting_name(project))
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
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
    if "verdict" in payload and "rationale" in payload:
        who = payload.get("participants") or []
        with_ = f" with {', '.join(map(str, who))}" if isinstance(who, list) and who else ""
        case = str(payload.get("case", ""))[:8]
        return f"{case} {payload['verdict']}{with_}: {payload['rationale']}"
    for said in ("text", "reason"):  # a comment, a reopening: what was said
        if "case" in payload and isinstance(payload.get(said), str):
            # and by whom, when the lead noted a coder's words: without it the table read
            # as the lead's own opinion (eyes6)
            speaker = f" {payload['for']}" if isinstance(payload.get("for"), str) else ""
            return f"{str(payload['case'])[:8]}{speaker}: {payload[said]}"
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
        f"for {made.coder}, nobody's work; she codes with `qualcode -p {copy} tui`, "
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
) -> None:
    """Bring coder packages into this project (as the lead; all of each package or nothing)."""
    with open_project(coder) as project:
        for path in files:
            report = project.merge_package(path)
            say(
                f"{path.name}: {report.coder}: {plural(report.added, 'coding')} added, "
                f"{report.removed} removed, "
                + (f"{report.restored} restored, " if report.restored else "")
                + f"{report.unchanged} already here, "
                f"{plural(report.memos, 'memo')}, {plural(report.statuses, 'status', 'statuses')}"
                + (f", {plural(report.translations, 'translation')}" if report.translations else "")
                + (
                    f", {plural(report.rejections, 'rejected suggestion')}"
                    if report.rejections
                    else ""
                )
                + (f", {report.reopened} taken back" if report.reopened else "")
                + (f", {report.accepted} accepted since" if report.accepted else "")
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

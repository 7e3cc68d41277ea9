"""`qualcode report query`: the text coded with every one of some codes and none of others."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from qualcode.cli.base import (
    CoderOpt,
    FormatOpt,
    RealNamesOpt,
    note_key_clash,
    open_project,
    who_acts,
)
from qualcode.cli.output import Format, emit
from qualcode.cli.report import LangOpt, check_lang, report_app
from qualcode.cli.search import SetOpt, attribute_options


@report_app.command("query")
def query(
    codes: Annotated[list[str], typer.Argument(help="Codes the text must have, all of them.")],
    without: Annotated[
        list[str] | None,
        typer.Option("--not", help="A code the text must not overlap (repeatable)."),
    ] = None,
    of: Annotated[
        list[str] | None,
        typer.Option("--of", help="Only this coder's codings (repeatable; a lead's choice)."),
    ] = None,
    layer: Annotated[
        str | None, typer.Option("--layer", help="coder or consensus (default: both).")
    ] = None,
    attr: Annotated[
        list[str] | None,
        typer.Option(
            "--attr",
            help="KEY=VALUE: only documents with it (repeatable; one key twice: either value).",
        ),
    ] = None,
    doc_set: SetOpt = None,
    real_names: RealNamesOpt = False,
    lang: LangOpt = "en",
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Passages coded with every CODE by one coder (or in the consensus), where no --not
    code overlaps them: NVivo's coding query, MAXQDA's complex coding query. Speakers,
    names and text through the pseudonym key, as every report (a proposed place in
    --lang's words; the column names stay English, as a script reads them)."""
    from qualcode.project.report_titles import no_passages, passages_title

    check_lang(lang)
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        viewer = who_acts(project, "report query")
        found = project.report_query(
            codes,
            viewer,
            without=without or (),
            coder=of,
            layer=layer,
            attributes=attributes,
            doc_set=doc_set,
            real_names=real_names,
            names_in=lang,  # a proposed place in the report's words, as every report's
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
    rows = [_row(p, fmt) for p in found]
    emit(
        rows,
        fmt,
        columns=["document", "coder", "layer", "start", "end", "speaker", "text"],
        title=passages_title(len(rows), lang),
        empty=no_passages(lang),
    )


def _row(passage: Any, fmt: Format) -> dict[str, Any]:
    text = " ".join(passage.text.split()) if fmt is Format.table else passage.text
    return {
        "document": passage.document,
        "coder": passage.coder,
        "layer": passage.layer,
        "start": passage.start,
        "end": passage.end,
        "speaker": passage.speaker or "",
        "text": text,
    }

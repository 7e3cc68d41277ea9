"""`qualcode report ...`: the analysis tables (frequencies, crosstabs, co-occurrence, quotes),
each titled with whose codings it counts and the document set it counts within."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from qualcode.cli.base import (
    CoderOpt,
    FormatOpt,
    RealNamesOpt,
    acting_name,
    app,
    note_key_clash,
    open_project,
)
from qualcode.cli.output import Format, emit
from qualcode.cli.search import AttrOpt, SetOpt, attribute_options
from qualcode.texts import LANGUAGES

report_app = typer.Typer(
    help="Analysis tables: frequencies, crosstabs, co-occurrence, quotes.", no_args_is_help=True
)
app.add_typer(report_app, name="report")

LayerOpt = Annotated[str, typer.Option(help="coder, coder:NAME or consensus.")]
# frequencies and crosstab count a parent's passages alike (duplicates, stop 48)
AggregateOpt = Annotated[
    bool, typer.Option(help="A parent code counts its child codes' passages too.")
]


# a report's places, roles, "not given" and title in one language, as the codings sheet's;
# the column names a script reads (segments, words) stay English
LangOpt = Annotated[
    str, typer.Option(help="Language of places, roles and the table's words: sv or en.")
]


def check_lang(lang: str) -> None:
    """Refused before the project is opened."""
    if lang not in LANGUAGES:
        raise typer.BadParameter(f"{lang!r}: use {' or '.join(LANGUAGES)}", param_hint="--lang")


def _in_set(project: Any, doc_set: str | None, real_names: bool, lang: str = "en") -> str:
    """What a report's title adds when it counts one document set's documents (its name
    through the pseudonym key, by the service; a proposed place in English, as the rows,
    unless the report is asked in another ``lang``)."""
    return project.report_in_set(
        doc_set, real_names=real_names, viewer=acting_name(project), names_in=lang, lang=lang
    )


def _emit_frame(frame: Any, fmt: Format, title: str) -> None:
    flat = frame.reset_index() if frame.index.name or frame.columns.name else frame
    rows = json.loads(flat.to_json(orient="records", force_ascii=False))
    emit(rows, fmt, columns=[str(c) for c in flat.columns], title=title)


@report_app.command("frequencies")
def frequencies(
    by: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated: document attributes, coder, participant (who said it), document."
        ),
    ] = None,
    layer: LayerOpt = "coder",
    doc_set: SetOpt = None,
    aggregate: AggregateOpt = False,
    real_names: RealNamesOpt = False,
    lang: LangOpt = "en",
    fmt: FormatOpt = Format.table,
    coder: CoderOpt = None,
) -> None:
    """Coded segments, coded words and documents per code (and attribute): a coder's
    overlapping codings of one code in one document count as one (their union), each
    coder's codings count for themselves; --aggregate counts a child code's passages
    under its parents too."""
    from qualcode.project.report_titles import counts_title
    from qualcode.project.scope import named_list  # the service loads when a command runs

    check_lang(lang)
    with open_project(coder) as project:
        frame = project.report_frequencies(
            named_list(by, "by"),  # --by "" names nothing: refused, not read as no split
            layer,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            lang=lang,  # a document without the attribute: "not given", not an empty cell
            names_in=lang,  # a proposed place pseudonym in the CLI's words (eyes32)
            aggregate=aggregate,
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
        title = counts_title(
            project,
            layer,
            lang,
            viewer=acting_name(project),
            doc_set=doc_set,
            real_names=real_names,
            aggregate=aggregate,
        )
    _emit_frame(frame, fmt, title)


@report_app.command("crosstab")
def crosstab(
    attribute: Annotated[
        str,
        typer.Argument(
            help="A document attribute (municipality), coder, participant (who said it), document."
        ),
    ],
    layer: LayerOpt = "coder",
    doc_set: SetOpt = None,
    aggregate: AggregateOpt = False,
    real_names: RealNamesOpt = False,
    lang: LangOpt = "en",
    fmt: FormatOpt = Format.table,
    coder: CoderOpt = None,
) -> None:
    """Coded segments per code and attribute value, counted as in frequencies."""
    from qualcode.project.report_titles import counts_title

    check_lang(lang)
    with open_project(coder) as project:
        frame = project.report_crosstab(
            attribute,
            layer,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            lang=lang,  # as frequencies: "not given" ("ej angivet")
            names_in=lang,  # "Municipality A", as the English summary names it
            aggregate=aggregate,
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
        title = counts_title(
            project,
            layer,
            lang,
            attribute=attribute,
            viewer=acting_name(project),
            doc_set=doc_set,
            real_names=real_names,
            aggregate=aggregate,
        )
    _emit_frame(frame, fmt, title)


@report_app.command("cooccurrence")
def cooccurrence(
    layer: LayerOpt = "coder",
    within: Annotated[
        str, typer.Option(help="overlap (the same passage) or turn (the same speaker turn).")
    ] = "overlap",
    attr: AttrOpt = None,
    doc_set: SetOpt = None,
    real_names: RealNamesOpt = False,
    lang: LangOpt = "en",
    fmt: FormatOpt = Format.table,
    coder: CoderOpt = None,
) -> None:
    """How often two codes meet: on overlapping passages or within the same turn, in one
    coder's codings (two coders' codes on one sentence do not meet)."""
    from qualcode.project.report_titles import cooccurrence_title

    check_lang(lang)
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        frame = project.report_cooccurrence(
            layer,
            within,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            attributes=attributes,
            names_in=lang,  # a proposed place in the report's words, as every report's
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
        in_set = _in_set(project, doc_set, real_names, lang)
    frame.index.name = "code"  # a column a script reads: English in every language
    _emit_frame(frame, fmt, cooccurrence_title(within, layer, lang, in_set))


@report_app.command("quotes")
def quotes(
    code: Annotated[str | None, typer.Option("--code", help="Only this code.")] = None,
    per_code: Annotated[int, typer.Option(help="How many per code.")] = 5,
    keyword: Annotated[
        str | None, typer.Option("--keyword", help="Only passages containing this word.")
    ] = None,
    layer: LayerOpt = "coder",
    doc_set: SetOpt = None,
    aggregate: Annotated[
        bool, typer.Option(help="A parent code's quotes include its child codes' passages.")
    ] = False,
    participant: Annotated[
        str | None,
        typer.Option(help="Only what this participant said, as cited (IP2); --per-code of hers."),
    ] = None,
    real_names: RealNamesOpt = False,
    lang: LangOpt = "en",
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Coded passages with their source: document, municipality, participant (pseudonym)
    and role, turn and character position (places and roles in --lang's words, as the
    codings sheet of that language; the table's headings too, while a CSV's or JSON's
    column names stay English, as a script reads them)."""
    from qualcode.project.quote_sources import quotes_table
    from qualcode.project.report_titles import quotes_title

    check_lang(lang)
    with open_project(coder) as project:
        frame = project.report_quotes(
            code,
            per_code,
            layer,
            keyword,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            aggregate=aggregate,
            participant=participant,
            lang=lang,  # "Municipality A" in English, as frequencies and crosstab name it
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
        in_set = _in_set(project, doc_set, real_names, lang)
    if fmt == Format.table:  # a terminal has room for the passage and where it was said
        frame = quotes_table(frame, lang)
    _emit_frame(frame, fmt, quotes_title(lang, in_set))


def _source(row: dict[str, Any], lang: str = "en") -> str:
    """Where a quote was said, as the table cites it (``quote_sources.quote_source``)."""
    from qualcode.project.quote_sources import quote_source

    return quote_source(row, lang)

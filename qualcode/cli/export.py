"""`qualcode report ...` (analysis tables) and `qualcode export ...` (files for papers)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from qualcode.cli.base import (
    CoderOpt,
    ForceOpt,
    FormatOpt,
    RealNamesOpt,
    acting_name,
    app,
    open_arriving,
    open_project,
    project_path,
    say,
)
from qualcode.cli.output import Format, emit, plural
from qualcode.cli.search import AttrOpt, SetOpt, attribute_options
from qualcode.errors import ValidationError

report_app = typer.Typer(
    help="Analysis tables: frequencies, crosstabs, co-occurrence, quotes.", no_args_is_help=True
)
export_app = typer.Typer(
    help="Files for papers: theme summaries and coding tables.", no_args_is_help=True
)
app.add_typer(report_app, name="report")
app.add_typer(export_app, name="export")

LayerOpt = Annotated[str, typer.Option(help="coder, coder:NAME or consensus.")]
# the file an export writes, named as `codebook export FILE` names it, or with -o: a new
# coder who had just written `qualcode codebook export book.docx` typed `export summary
# sum.md` and was told "Missing option '-o'" (eyes11)
FileArg = Annotated[
    Path | None, typer.Argument(help="The file to write (or -o FILE).", show_default=False)
]


def _written(file: Path | None, output: Path | None, command: str) -> Path:
    """The one file named, as FILE or as -o FILE."""
    if file is not None and output is not None and file != output:
        raise ValidationError(f"{command}: name the file to write once, as FILE or as -o FILE")
    chosen = file or output
    if chosen is None:
        raise ValidationError(f"{command}: name the file to write: {command} FILE (or -o FILE)")
    return chosen


def _layer_said(layer: str, project: Any) -> str:
    """Whose codings a count is of: pooled coders count a passage once per coder. A coder
    under blind coding sees only her own: the title says so, not 'every coder's'."""
    kind, _, name = layer.partition(":")
    me = project.restricted_to()
    if me is not None and kind != "consensus" and name in ("", me.name):
        return f"{me.name}'s codings (blind coding: only your own)"
    if kind == "consensus":
        return "the consensus"
    if name:
        return f"{name}'s codings"
    return "every coder's codings pooled (a passage counts once per coder who coded it)"


def _in_set(project: Any, doc_set: str | None, real_names: bool) -> str:
    """What a report's title adds when it counts one document set's documents (its name
    through the pseudonym key, by the service)."""
    return project.report_in_set(doc_set, real_names=real_names, viewer=acting_name(project))


def _emit_frame(frame: Any, fmt: Format, title: str) -> None:
    flat = frame.reset_index() if frame.index.name or frame.columns.name else frame
    rows = json.loads(flat.to_json(orient="records", force_ascii=False))
    emit(rows, fmt, columns=[str(c) for c in flat.columns], title=title)


@report_app.command("frequencies")
def frequencies(
    by: Annotated[str | None, typer.Option(help="Comma-separated attributes.")] = None,
    layer: LayerOpt = "coder",
    doc_set: SetOpt = None,
    real_names: RealNamesOpt = False,
    fmt: FormatOpt = Format.table,
    coder: CoderOpt = None,
) -> None:
    """Coded segments, coded words and documents per code (and attribute): a coder's
    overlapping codings of one code in one document count as one (their union), each
    coder's codings count for themselves."""
    with open_project(coder) as project:
        frame = project.report_frequencies(
            by.split(",") if by else None,
            layer,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            lang="en",  # a document without the attribute: "not given", not an empty cell
        )
        in_set = _in_set(project, doc_set, real_names)
        title = f"Frequencies: {_layer_said(layer, project)}{in_set}"
    _emit_frame(frame, fmt, title)


@report_app.command("crosstab")
def crosstab(
    attribute: Annotated[str, typer.Argument(help="A document attribute, e.g. municipality.")],
    layer: LayerOpt = "coder",
    doc_set: SetOpt = None,
    real_names: RealNamesOpt = False,
    fmt: FormatOpt = Format.table,
    coder: CoderOpt = None,
) -> None:
    """Coded segments per code and attribute value, counted as in frequencies."""
    with open_project(coder) as project:
        frame = project.report_crosstab(
            attribute,
            layer,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            lang="en",  # as frequencies: "not given", said as the CLI says everything
        )
        in_set = _in_set(project, doc_set, real_names)
        title = f"Coded segments by {attribute}: {_layer_said(layer, project)}{in_set}"
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
    fmt: FormatOpt = Format.table,
    coder: CoderOpt = None,
) -> None:
    """How often two codes meet: on overlapping passages or within the same turn."""
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        frame = project.report_cooccurrence(
            layer,
            within,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            attributes=attributes,
        )
        in_set = _in_set(project, doc_set, real_names)
    frame.index.name = "code"
    what = "overlapping passages" if within == "overlap" else "speaker turns"
    _emit_frame(frame, fmt, f"Co-occurrence ({what}){in_set}")


@report_app.command("quotes")
def quotes(
    code: Annotated[str | None, typer.Option("--code", help="Only this code.")] = None,
    per_code: Annotated[int, typer.Option(help="How many per code.")] = 5,
    keyword: Annotated[
        str | None, typer.Option("--keyword", help="Only passages containing this word.")
    ] = None,
    layer: LayerOpt = "coder",
    doc_set: SetOpt = None,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Coded passages with their source: document, municipality, participant (pseudonym)
    and role, turn and character position."""
    with open_project(coder) as project:
        frame = project.report_quotes(
            code,
            per_code,
            layer,
            keyword,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
        )
        in_set = _in_set(project, doc_set, real_names)
    if fmt == Format.table:  # a terminal has room for the passage and where it was said
        frame = frame.assign(source=[_source(row) for row in frame.to_dict("records")])
        translated = "translation" in frame and frame["translation"].notna().any()
        columns = ["coding", "code", "source", "text", *(["translation"] if translated else [])]
        frame = frame[columns]
    _emit_frame(frame, fmt, f"Quotes{in_set}")


def note_off_key(
    project: Any, real_names: bool, speakers_in: str | None = None, doc_set: str | None = None
) -> None:
    """Say which municipalities an export printed as written, off the pseudonym key, and,
    for one that prints turns (``speakers_in`` says where: a .qdpx's transcripts, an
    agenda's contexts), which interviewees' speaker labels: its citations and cases say
    IP<n>, its turns the label (Project.places_off_key, Project.speakers_off_key)."""
    if real_names:
        return
    viewer = acting_name(project)
    off = project.places_off_key(viewer, doc_set)  # those of the set's documents, with --set
    if off:
        say(
            f"note: {plural(len(off), 'municipality', 'municipalities')} not on the pseudonym "
            f"key, printed as written: {', '.join(off)} "
            "(`qualcode pseudonym suggest --apply --kinds place` puts them on it)"
        )
    labels = project.speakers_off_key(viewer, doc_set) if speakers_in else []
    if labels:
        say(
            f"note: {plural(len(labels), 'speaker label', 'speaker labels')} not on the "
            f"pseudonym key, printed as written in {speakers_in}: {', '.join(labels)} "
            "(cited as IP<n> elsewhere; `qualcode pseudonym suggest --apply` puts them on it)"
        )


def _source(row: dict[str, Any]) -> str:
    """'aby_01, IP1 socialsekreterare, turn 4' ('aby_01, IP1, turn 4' without a role); a
    document without speakers (a plan, a policy) has no participant and is cited by
    paragraph: 'plan, paragraph 2', with its role attribute if it has one ('handlingsplan,
    plan, paragraph 23')."""
    where = str(row["document_name"]).rsplit(".", 1)[0]
    who, role = row.get("participant"), row.get("speaker_role")
    role = role if isinstance(role, str) else None
    if not isinstance(who, str) or not who:  # the interviewer, or nobody: a plan's text
        # a plan's role attribute ("plan") once read "plan, turn 23": a plan has paragraphs
        said = "interviewer, turn" if role == "interviewer" else f"{role}, paragraph"
        return f"{where}, {said if role else 'paragraph'} {row['turn']}"
    return f"{where}, {who}{' ' + role if role else ''}, turn {row['turn']}"


@export_app.command("summary")
def export_summary(
    file: FileArg = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=".md, .docx, .xlsx or .html")
    ] = None,
    layer: Annotated[
        str | None,
        typer.Option(
            help="coder, coder:NAME or consensus (default: consensus; a blind coder's own).",
            show_default=False,
        ),
    ] = None,
    codes: Annotated[str | None, typer.Option("--codes", help="Comma-separated keys.")] = None,
    lang: Annotated[str, typer.Option(help="sv or en.")] = "en",
    quotes: Annotated[int, typer.Option(help="Quotes per theme.")] = 3,
    per_participant: Annotated[
        int, typer.Option(help="At most this many quotes per participant and theme.")
    ] = 1,
    allow_empty: Annotated[
        bool, typer.Option("--allow-empty", help="Write a summary of a layer without codings.")
    ] = False,
    appendix: Annotated[
        bool,
        typer.Option("--appendix", help="Every reconciliation decision, traceable, at the end."),
    ] = False,
    coders: Annotated[
        str | None,
        typer.Option("--coders", help="Whose agreement it reports, comma-separated (as agree)."),
    ] = None,
    doc_set: SetOpt = None,
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
) -> None:
    """A theme summary for papers: definitions, counts, charts, quotes, agreement.
    Names on the pseudonym key are printed as their pseudonyms (--set: of one document
    set's documents)."""
    output = _written(file, output, "qualcode export summary")
    with open_project(coder) as project:
        project.export_summary(
            output,
            layer,
            codes.split(",") if codes else None,
            lang,
            quotes,
            force=force,
            real_names=real_names,
            viewer=acting_name(project),
            per_participant=per_participant,
            allow_empty=allow_empty,
            appendix=appendix,
            coders=coders.split(",") if coders else None,
            doc_set=doc_set,
        )
        say(f"wrote {output}")
        note_off_key(project, real_names, doc_set=doc_set)


@export_app.command("codings")
def export_codings(
    file: FileArg = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=".csv or .xlsx")] = None,
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    doc_set: Annotated[
        str | None, typer.Option("--set", help="Only the documents of this document set.")
    ] = None,
    coder: CoderOpt = None,
) -> None:
    """Every coding with its text, participant, memos and language, as CSV or Excel
    (names on the pseudonym key as their pseudonyms)."""
    output = _written(file, output, "qualcode export codings")
    with open_project(coder) as project:
        project.export_codings(
            output,
            force=force,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
        )
        say(f"wrote {output}")
        note_off_key(project, real_names, doc_set=doc_set)


@export_app.command("qdpx")
def export_qdpx(
    file: FileArg = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="The .qdpx file to write.")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of code names: sv or en.")] = "en",
    doc_set: SetOpt = None,
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
) -> None:
    """The whole project for NVivo, ATLAS.ti, MAXQDA or QualCoder (REFI-QDA); texts
    through the pseudonym key, participants as cases, document sets as sets (--set: one
    set's documents only)."""
    output = _written(file, output, "qualcode export qdpx")
    with open_project(coder) as project:
        project.export_qdpx(
            output,
            lang,
            force=force,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
        )
        say(f"wrote {output}")
        note_off_key(project, real_names, "the transcripts' turns", doc_set)


@export_app.command("qdc")
def export_qdc(
    file: FileArg = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="The .qdc file to write.")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of code names: sv or en.")] = "en",
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
) -> None:
    """The codebook as a REFI-QDA .qdc (names on the pseudonym key as their pseudonyms)."""
    output = _written(file, output, "qualcode export qdc")
    with open_project(coder) as project:
        project.export_qdc(
            output, lang, force=force, real_names=real_names, viewer=acting_name(project)
        )
    say(f"wrote {output}")


@app.command("import-qdpx")
def import_qdpx(
    file: Annotated[Path, typer.Argument(help="A .qdpx from another QDA tool.")],
    coder: CoderOpt = None,
) -> None:
    """Import a REFI-QDA project: documents, codes, coders, codings and notes.

    With no project file yet, it is created first. Documents already in the project (the
    same content) refuse the whole import, so nothing is ever there twice."""
    from qualcode.project import Project

    target = project_path()
    created = False
    if not target.exists():
        if not file.is_file():
            raise ValidationError(f"{file.name}: no such file; no project created")
        Project.create(target).close()
        created = True
    try:
        project, arriving = open_arriving(coder)
        with project:  # a name the project does not know yet: the service says if it may
            report = project.import_qdpx(file, arriving=arriving)
    except BaseException:
        if created:  # a refused import leaves no empty project behind (made just now)
            Project.discard_new(target)
        raise
    if created:
        say(f"created {target}")
    say(
        f"{file.name}: {plural(len(report.documents), 'document')}, "
        f"{plural(report.codes, 'code')}, {plural(report.codings, 'coding')}"
        + (f", {len(report.skipped)} skipped" if report.skipped else "")
    )
    if report.unknown_user_line():
        say(f"  {report.unknown_user_line()}")
    for line in report.renamed:
        say(f"  {line}")
    for reason in report.skipped[:10]:
        say(f"  skipped {reason}")

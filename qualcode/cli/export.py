"""`qualcode export ...` (files for papers) and `qualcode import-qdpx`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from qualcode.cli import report as _report  # noqa: F401  (`report` is listed before `export`)
from qualcode.cli.base import (
    CoderOpt,
    ForceOpt,
    RealNamesOpt,
    acting_name,
    app,
    note_key_clash,
    open_arriving,
    open_project,
    project_path,
    say,
)
from qualcode.cli.output import plural
from qualcode.cli.search import SetOpt
from qualcode.errors import ValidationError

export_app = typer.Typer(
    help="Files for papers: theme summaries and coding tables.", no_args_is_help=True
)
app.add_typer(export_app, name="export")

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


def note_off_key(
    project: Any,
    real_names: bool,
    speakers_in: str | None = None,
    doc_set: str | None = None,
    memos: str | None = None,
    docs: list[str] | None = None,
) -> None:
    """Say which municipalities an export printed as written, off the pseudonym key, and,
    for one that prints turns (``speakers_in`` says where: a .qdpx's transcripts, an
    agenda's contexts), which interviewees' speaker labels: its citations and cases say
    IP<n>, its turns the label (Project.places_off_key, Project.speakers_off_key); for
    one that prints memos (``memos``: the export's name), how many hold a name off the key
    (Project.memos_off_key); and the names in the transcripts' talk off the key
    (Project.names_off_key)."""
    note_key_clash(project, real_names)
    if real_names:
        return
    viewer = acting_name(project)
    off = project.places_off_key(viewer, doc_set, docs)  # of the set's or chosen documents
    if off:
        say(
            f"note: {plural(len(off), 'municipality', 'municipalities')} not on the pseudonym "
            f"key, printed as written: {', '.join(off)} "
            "(`qualcode pseudonym suggest --apply --kinds place` puts them on it)"
        )
    labels = project.speakers_off_key(viewer, doc_set, docs) if speakers_in else []
    if labels:
        say(
            f"note: {plural(len(labels), 'speaker label', 'speaker labels')} not on the "
            f"pseudonym key, printed as written in {speakers_in}: {', '.join(labels)} "
            "(cited as IP<n> elsewhere; `qualcode pseudonym suggest --apply` puts them on it)"
        )
    talk = project.names_off_key(viewer, doc_set, docs)
    if talk:
        say(
            f"note: {plural(len(talk), 'name', 'names')} in what the transcripts say not on "
            f"the pseudonym key, printed as written wherever quoted: {', '.join(talk)} "
            "(`qualcode pseudonym suggest` lists them; `qualcode pseudonym suggest --apply "
            "--kinds person,other,place,workplace` puts them on it)"
        )
    named = project.memos_off_key(viewer, memos, doc_set, docs) if memos else 0
    if named:
        say(
            f"note: {plural(named, 'memo holds', 'memos hold')} names not on the pseudonym "
            "key, printed as written (`qualcode pseudonym suggest` lists them; `qualcode "
            "pseudonym suggest --apply --kinds person,other,place,workplace` puts them on it)"
        )


@export_app.command("summary")
def export_summary(
    file: FileArg = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help=".md, .docx, .xlsx or .html")
    ] = None,
    layer: Annotated[
        str | None,
        typer.Option(
            help=(
                "coder, coder:NAME or consensus (default: the consensus once reconciliation is "
                "finished, else all coders; a blind coder's own)."
            ),
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
        typer.Option(
            "--coders",
            help="Whose agreement it reports, parted by commas or semicolons (as agree).",
        ),
    ] = None,
    doc_set: SetOpt = None,
    docs: Annotated[
        str | None,
        typer.Option("--docs", help="Comma-separated documents it covers (as agree)."),
    ] = None,
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
) -> None:
    """A theme summary for papers: definitions, counts, charts, quotes, agreement.
    Names on the pseudonym key are printed as their pseudonyms (--set: of one document
    set's documents)."""
    output = _written(file, output, "qualcode export summary")
    with open_project(coder) as project:
        from qualcode.project.scope import named_list

        chosen = named_list(docs, "docs")
        project.export_summary(
            output,
            layer,
            named_list(codes, "codes"),
            lang,
            quotes,
            force=force,
            real_names=real_names,
            viewer=acting_name(project),
            per_participant=per_participant,
            allow_empty=allow_empty,
            appendix=appendix,
            coders=named_list(coders, "coders"),
            doc_set=doc_set,
            docs=chosen,
        )
        say(f"wrote {output}")
        if project.summary_team_note:  # its methods section says agreement is undefined
            say(f"note: {project.summary_team_note}")
        viewer = acting_name(project)
        if layer is None and not chosen and viewer:  # the lead expected the consensus
            # as the export worked it out, before its audit entry changed the file
            under_way = project.summary_layer_note
            if under_way is None:
                under_way = project.report_layer_note(viewer, doc_set)
            if under_way:
                say(
                    f"note: of all coders' codings{under_way} "
                    "(--layer consensus: the consensus as far as it goes)"
                )
        note_off_key(project, real_names, doc_set=doc_set, memos="summary", docs=chosen)


@export_app.command("codings")
def export_codings(
    file: FileArg = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=".csv or .xlsx")] = None,
    lang: Annotated[
        str, typer.Option(help="Language of document, place and role names: sv or en.")
    ] = "en",
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    doc_set: SetOpt = None,
    coder: CoderOpt = None,
) -> None:
    """Every coding with its text, participant, memos and language, as CSV or Excel
    (names on the pseudonym key as their pseudonyms; documents, places and roles in
    --lang's words, as the other exports of that language name them)."""
    output = _written(file, output, "qualcode export codings")
    with open_project(coder) as project:
        project.export_codings(
            output,
            force=force,
            real_names=real_names,
            viewer=acting_name(project),
            doc_set=doc_set,
            lang=lang,
        )
        say(f"wrote {output}")
        note_off_key(project, real_names, doc_set=doc_set, memos="codings")


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
        note_off_key(project, real_names, "the transcripts' turns", doc_set, "qdpx")


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
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym


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
        project, arriving = open_arriving(coder, joins=False)
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

"""The command line: a thin typer face over ``qualcode.Project``.

Commands parse arguments, call one ``Project`` method and print the result. User
mistakes arrive as ``QualcodeError`` and leave as one line on stderr with exit status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from qualcode import __version__
from qualcode.errors import QualcodeError, ValidationError
from qualcode.model import Coding
from qualcode.output import Format, TextFormat, emit
from qualcode.project import Project, default_project_path

app = typer.Typer(
    name="qualcode",
    help="Code interview transcripts in Swedish and English, offline, as a team.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
docs_app = typer.Typer(help="List and show imported documents.", no_args_is_help=True)
codebook_app = typer.Typer(help="Load, show, export and edit the codebook.", no_args_is_help=True)
coder_app = typer.Typer(help="Add and list coders.", no_args_is_help=True)
code_app = typer.Typer(help="Add, list and remove codings.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")
app.add_typer(codebook_app, name="codebook")
app.add_typer(coder_app, name="coder")
app.add_typer(code_app, name="code")

FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


class State:
    project_path: Path | None = None


state = State()


def _version(value: bool) -> None:
    if value:
        print(f"qualcode {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    project: Annotated[
        Path | None,
        typer.Option(
            "--project", "-p", help="Project file (default: $QUALCODE_PROJECT or ./qualcode.db)."
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    state.project_path = project


def _path() -> Path:
    return state.project_path or default_project_path()


def _open() -> Project:
    return Project.open(_path())


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# -- project ---------------------------------------------------------------------------


@app.command()
def init() -> None:
    """Create a new, empty project file."""
    path = _path()
    Project.create(path).close()
    _say(f"created {path}; next: `qualcode -p {path} codebook load FILE` and `qualcode import`")


@app.command("import")
def import_(
    files: Annotated[
        list[Path], typer.Argument(help="Transcripts: .txt .md .docx .odt .rtf .pdf .vtt .srt")
    ],
    lang: Annotated[str, typer.Option(help="sv, en or auto (guess per file).")] = "auto",
    attr: Annotated[
        list[str] | None, typer.Option(help="KEY=VALUE attribute for every file.")
    ] = None,
    attributes: Annotated[
        Path | None, typer.Option(help="CSV of attributes keyed by file name.")
    ] = None,
    allow_duplicate: Annotated[
        bool, typer.Option(help="Import content already in the project.")
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Import transcripts; a failing file is reported and the others still import."""
    pairs = _parse_attrs(attr or [])
    with _open() as project:
        report = project.import_files(
            files,
            lang=lang,
            attributes=pairs,
            attributes_csv=attributes,
            allow_duplicate=allow_duplicate,
        )
    rows = [_doc_row(d) for d in report.imported]
    emit(rows, fmt, columns=["id", "name", "lang", "words", "attributes"], title="Imported")
    for name, reason in report.failed:
        _say(f"error: {name}: {reason}")
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
def docs_list(fmt: FormatOpt = Format.table) -> None:
    """List documents with language, word count and attributes."""
    with _open() as project:
        rows = [_doc_row(d) for d in project.documents()]
    for row in rows:
        if fmt is Format.table:
            row["id"] = row["id"][:8]
    emit(
        rows,
        fmt,
        columns=["id", "name", "lang", "words", "attributes"],
        empty="no documents yet; add some with `qualcode import FILE...`",
    )


@docs_app.command("show")
def docs_show(
    doc: Annotated[str, typer.Argument(help="Document id, id prefix or name.")],
    fmt: Annotated[TextFormat, typer.Option("--format", "-f")] = TextFormat.text,
) -> None:
    """Show a document's text (with speakers) or everything about it as JSON."""
    import json

    with _open() as project:
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
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    attrs = ", ".join(f"{k}={v}" for k, v in document.attributes.items())
    print(
        f"# {document.name}  ({document.lang}, {document.word_count} words"
        f"{', ' + attrs if attrs else ''})\n"
    )
    print(document.text)


# -- codebook --------------------------------------------------------------------------


@codebook_app.command("load")
def codebook_load(file: Annotated[Path, typer.Argument(help="A YAML codebook.")]) -> None:
    """Create or update codes by key; codings are never dropped."""
    with _open() as project:
        report = project.load_codebook(file)
    _say(
        f"{file.name}: {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged"
    )


@codebook_app.command("show")
def codebook_show(
    lang: Annotated[str, typer.Option(help="Language of names and definitions.")] = "en",
    fmt: FormatOpt = Format.table,
) -> None:
    """List the codes with names, shortcuts and coding counts."""
    with _open() as project:
        codes = project.codebook()
        counts = project.store.codings.counts_by_code()
    keys = {c.id: c.key for c in codes}
    rows = [
        {
            "key": c.key,
            "parent": keys.get(c.parent_id or ""),
            "name": c.name(lang),
            "shortcut": c.shortcut,
            "color": c.color,
            "codings": counts.get(c.id, 0),
            "definition": c.definitions.get(lang, ""),
            "names": dict(c.names),
            "keywords": {k: list(v) for k, v in c.keywords.items()},
        }
        for c in codes
    ]
    emit(
        rows,
        fmt,
        columns=["key", "parent", "name", "shortcut", "codings", "definition"],
        empty="no codes yet; load a codebook with `qualcode codebook load FILE`",
    )


@codebook_app.command("export")
def codebook_export(file: Annotated[Path, typer.Argument(help="Where to write the YAML.")]) -> None:
    """Write the codebook as YAML (loadable again with `codebook load`)."""
    with _open() as project:
        project.export_codebook(file)
    _say(f"wrote {file}")


@codebook_app.command("rename")
def codebook_rename(
    key: Annotated[str, typer.Argument(help="The code's current key.")],
    new_key: Annotated[str | None, typer.Argument(help="Its new key.")] = None,
    name_sv: Annotated[str | None, typer.Option(help="New Swedish name.")] = None,
    name_en: Annotated[str | None, typer.Option(help="New English name.")] = None,
) -> None:
    """Rename a code's key and/or names; codings stay with it."""
    names = {k: v for k, v in (("sv", name_sv), ("en", name_en)) if v}
    if not new_key and not names:
        raise ValidationError("give a new key, --name-sv or --name-en")
    with _open() as project:
        code = project.rename_code(key, new_key, names=names)
    _say(f"renamed {key} -> {code.key}")


@codebook_app.command("merge")
def codebook_merge(
    source: Annotated[str, typer.Argument(help="Code to merge away.")],
    target: Annotated[str, typer.Argument(help="Code that receives its codings.")],
) -> None:
    """Move every coding of SOURCE to TARGET and retire SOURCE (history kept)."""
    with _open() as project:
        moved = project.merge_codes(source, target)
    _say(f"merged {source} into {target}: {len(moved)} codings moved")


# -- coders and codings ----------------------------------------------------------------


@coder_app.command("add")
def coder_add(
    name: str,
    role: Annotated[str, typer.Option(help="coder or lead.")] = "coder",
) -> None:
    """Add a coder (the lead sees every coder's work)."""
    with _open() as project:
        coder = project.add_coder(name, role)
    _say(f"added {coder.role} {coder.name}")


@coder_app.command("list")
def coder_list(fmt: FormatOpt = Format.table) -> None:
    """List coders and roles."""
    with _open() as project:
        rows = [{"id": c.id, "name": c.name, "role": c.role} for c in project.coders()]
    emit(rows, fmt, columns=["name", "role", "id"], empty="no coders yet")


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
    with _open() as project:
        coding = project.add_coding(doc, start, end, code, coder, memo=memo)
        rows = _coding_rows(project, [coding])
    emit(rows, fmt, columns=["id", "start", "end", "code", "coder", "text"])


@code_app.command("list")
def code_list(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document.")] = None,
    coder: Annotated[str | None, typer.Option(help="Only this coder.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="Only this code key.")] = None,
    layer: Annotated[str | None, typer.Option(help="coder or consensus.")] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List codings with their coded text."""
    with _open() as project:
        codings = project.codings(doc, coder, code=code, layer=layer)
        rows = _coding_rows(project, codings)
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
    )


def _coding_rows(project: Project, codings: list[Coding]) -> list[dict[str, Any]]:
    names = {d.id: d.name for d in project.documents()}
    return [
        {
            "id": c.id,
            "document": c.document_id,
            "document_name": names.get(c.document_id),
            "start": c.start,
            "end": c.end,
            "code": c.code,
            "coder": c.coder,
            "layer": c.layer,
            "origin": c.origin,
            "created_at": c.created_at,
            "text": text,
        }
        for c, text in zip(codings, project.coding_texts(codings), strict=True)
    ]


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@code_app.command("remove")
def code_remove(
    ids: Annotated[list[str], typer.Argument(help="Coding ids or id prefixes.")],
) -> None:
    """Remove codings (soft: they stay in the file and the audit log)."""
    with _open() as project:
        for ref in ids:
            coding = project.remove_coding(ref)
            _say(f"removed {coding.id[:8]} ({coding.code}, {coding.coder})")


@app.command()
def demo(
    target: Annotated[Path | None, typer.Option(help="Where to build the demo project.")] = None,
    source: Annotated[
        Path | None, typer.Option(help="Folder holding corpora/ and codebooks/.")
    ] = None,
    fresh: Annotated[bool, typer.Option(help="Rebuild even if the demo project exists.")] = True,
) -> None:
    """Build the demo project from corpora/demo and codebooks/ and summarise it."""
    from qualcode.demo import build_demo, summarise

    path = target or state.project_path or Path("qualcode-demo.db")
    project = build_demo(path, source, fresh=fresh, progress=_say)
    with project:
        print(summarise(project))


def main() -> None:
    """Entry point: user mistakes are one line on stderr and exit status 1."""
    try:
        app()
    except QualcodeError as exc:
        _say(f"error: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)

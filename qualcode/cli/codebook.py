"""Commands for the codebook: load, show, export, and add, edit, rename, move, merge, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from qualcode.cli.base import (
    CoderOpt,
    ForceOpt,
    FormatOpt,
    RealNamesOpt,
    acting_name,
    codebook_app,
    note_key_clash,
    open_project,
    say,
)
from qualcode.cli.output import Format, emit, plural, printable, terminal_width, wrapped
from qualcode.errors import ValidationError

# -- codebook --------------------------------------------------------------------------


@codebook_app.command("load")
def codebook_load(
    file: Annotated[
        Path, typer.Argument(help="A codebook: YAML, REFI-QDA .qdc, or a spreadsheet's .csv.")
    ],
    lang: Annotated[
        str | None,
        typer.Option(
            help="CSV: the language (sv or en) of columns without one in their header "
            "(default: sv for Swedish headers, else en)."
        ),
    ] = None,
    coder: CoderOpt = None,
) -> None:
    """Create or update codes by key; codings are never dropped.

    A CSV has one code a row and a header naming its columns: key, name, definition,
    inclusion, exclusion, examples (one a line), keywords, parent (a key or a name),
    each per language as name_sv, name (en) and so on."""
    with open_project(coder) as project:
        report = project.load_codebook(file, lang=lang)
    say(
        f"{file.name}: {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged"
    )
    if report.emptied:  # the file's fields replace the project's, left out ones too
        shown = "; ".join(
            f"{key}: {', '.join(_field(f) for f in fields)}"
            for key, fields in list(report.emptied.items())[:3]
        )
        more = len(report.emptied) - 3
        say(
            f"note: {file.name} leaves out what {plural(len(report.emptied), 'code')} held, "
            f"now emptied ({shown}{f'; {more} more' if more > 0 else ''}); "
            "`qualcode audit --action codebook.load --format json` keeps what they held"
        )


# a code's fields as a codebook file names them
_FIELD = {"names": "name", "definitions": "definition", "parent": "parent (now at the top)"}


def _field(emptied: str) -> str:
    """An emptied field ('names (en)') as a codebook file names it ('name (en)')."""
    name, _, langs = emptied.partition(" ")
    return f"{_FIELD.get(name, name)} {langs}".rstrip()


@codebook_app.command("show")
def codebook_show(
    lang: Annotated[str, typer.Option(help="Language of names and definitions.")] = "en",
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List the codes with names, shortcuts, coding counts, definitions and criteria, a
    child code under its parent (--format json: every field, for a script; csv: key, parent,
    name, shortcut, codings, definition, a listing `codebook load` refuses: to edit and load
    back, `codebook export FILE.yaml`)."""
    with open_project(coder) as project:
        codes = project.codebook_tree()  # a child under its parent, as in the TUI
        counts = project.code_counts()
    keys = {c.id: c.key for c in codes}
    rows = [
        {
            "key": c.key,
            "parent": keys.get(c.parent_id or ""),
            "name": c.name(lang),
            "shortcut": c.shortcut,
            "color": c.color,
            "codings": counts.get(c.key, 0),
            "definition": c.definitions.get(lang, ""),
            "names": dict(c.names),
            "keywords": {k: list(v) for k, v in c.keywords.items()},
            "examples": {k: list(v) for k, v in c.examples.items()},
            "further_examples": {k: list(v) for k, v in c.further_examples.items()},
            "parts": {k: [list(p) for p in v] for k, v in c.parts.items()},
        }
        for c in codes
    ]
    if fmt is not Format.table:
        emit(  # a script's formats as they were: every field, the CSV's columns these
            rows,
            fmt,
            columns=["key", "parent", "name", "shortcut", "codings", "definition"],
            empty=_NO_CODES,
        )
        return
    if not rows:
        print(_NO_CODES)
        return
    print("\n".join(code_blocks(codes, rows, lang, terminal_width() or 80)))


_NO_CODES = "no codes yet; load a codebook with `qualcode codebook load FILE`"
# how far a child's block stands in from its parent's, and a list item from its heading
_STEP = 2


def code_blocks(codes: list[Any], rows: list[dict[str, Any]], lang: str, width: int) -> list[str]:
    """The codebook as a coder reads it on a terminal: a block per code, its name, then
    key, shortcut and codings on one line, its definition wrapped to ``width`` and its
    inclusion and exclusion criteria as short lists (their clauses split at ';'), a child's
    block under its parent's and further in. One table row per code put each whole
    definition in a column some 600 characters wide, unreadable at 80 columns (user47)."""
    from qualcode.texts import FALLBACK, LANGUAGES, texts

    words = texts(lang if lang in LANGUAGES else FALLBACK, "summary")
    depth: dict[str, int] = {}
    lines: list[str] = []
    for code, row in zip(codes, rows, strict=True):
        depth[code.id] = depth.get(code.parent_id or "", -1) + 1
        indent = " " * (_STEP * depth[code.id])
        room = max(width - len(indent), 20)
        # in the block's language, as its criteria are: an English facts line under a
        # Swedish name and definition read as two languages in one block (parts47b)
        one, _, many = words["codebook_codings"].partition("||")
        facts = [
            row["key"],
            words["codebook_shortcut"].format(key=row["shortcut"]) if row["shortcut"] else "",
            words["codebook_under"].format(parent=row["parent"]) if row["parent"] else "",
            (one if row["codings"] == 1 else many or one).format(n=row["codings"]),
        ]
        block = [
            *wrapped(_flat(row["name"]), room),
            *wrapped(_flat(" · ".join(f for f in facts if f)), room),
            *(wrapped(_flat(row["definition"]), room) if row["definition"] else []),
        ]
        for heading, field in (
            ("codebook_inclusion", code.inclusion),
            ("codebook_exclusion", code.exclusion),
        ):
            if text := field.get(lang, ""):
                block.append(f"{words[heading]}:")
                for clause in (c for c in text.split(";") if c.strip()):
                    item = wrapped(_flat(clause), room - _STEP)
                    block += [f"- {item[0]}", *(f"  {rest}" for rest in item[1:])]
        lines += [*(f"{indent}{line}".rstrip() for line in block), ""]
    return lines[:-1]


def _flat(text: str) -> str:
    """``text`` on one line, its controls shown as U+FFFD rather than sent to the terminal."""
    return printable(" ".join(text.split()))


@codebook_app.command("export")
def codebook_export(
    file: Annotated[
        Path,
        typer.Argument(help="Where to write it: .md or .docx to read, .yaml to load again."),
    ],
    lang: Annotated[
        str, typer.Option(help=".md/.docx: the language of names and texts (sv or en).")
    ] = "en",
    force: ForceOpt = False,
    real_names: RealNamesOpt = False,
    coder: CoderOpt = None,
) -> None:
    """Write the codebook as YAML (loadable again with `codebook load`), or as a paper's
    appendix reads it (.md, .docx): each code with its definition, use, examples; every
    text through the pseudonym key (--real-names: a lead's lossless copy)."""
    with open_project(coder) as project:
        project.export_codebook(
            file, force=force, lang=lang, real_names=real_names, viewer=acting_name(project)
        )
        say(f"wrote {file}")
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym


@codebook_app.command("rename")
def codebook_rename(
    key: Annotated[str, typer.Argument(help="The code's current key.")],
    new_key: Annotated[str | None, typer.Argument(help="Its new key.")] = None,
    name_sv: Annotated[str | None, typer.Option(help="New Swedish name.")] = None,
    name_en: Annotated[str | None, typer.Option(help="New English name.")] = None,
    coder: CoderOpt = None,
) -> None:
    """Rename a code's key and/or names; codings stay with it."""
    names = {k: v for k, v in (("sv", name_sv), ("en", name_en)) if v}
    if not new_key and not names:
        raise ValidationError("give a new key, --name-sv or --name-en")
    with open_project(coder) as project:
        code = project.rename_code(key, new_key, names=names)
    say(f"renamed {key} -> {code.key}")


@codebook_app.command("merge")
def codebook_merge(
    source: Annotated[str, typer.Argument(help="Code to merge away.")],
    target: Annotated[str, typer.Argument(help="Code that receives its codings.")],
    coder: CoderOpt = None,
) -> None:
    """Move every coding of SOURCE to TARGET and retire SOURCE (history kept)."""
    with open_project(coder) as project:
        moved = project.merge_codes(source, target)
    say(f"merged {source} into {target}: {plural(len(moved), 'coding')} moved")


# -- editing one code ------------------------------------------------------------------

NameSv = Annotated[str | None, typer.Option(help="Swedish name.")]
NameEn = Annotated[str | None, typer.Option(help="English name.")]
DefSv = Annotated[str | None, typer.Option(help="Swedish definition.")]
DefEn = Annotated[str | None, typer.Option(help="English definition.")]
ColorOpt = Annotated[str | None, typer.Option(help="Hex colour like '#1f77b4' ('' clears).")]
PartsSv = Annotated[
    str | None,
    typer.Option(
        help="Parts (sv): stems separated by ',', parts by ';', e.g. 'budget, ekonomi; "
        "flerår, långsikt' (replaces; '' clears)."
    ),
]
PartsEn = Annotated[
    str | None,
    typer.Option(help="Parts (en), as --parts-sv: 'fund, cost; multi-year' ('' clears)."),
]
ShortcutOpt = Annotated[
    str | None, typer.Option(help="One key that applies the code in the TUI ('' clears).")
]


def _per_lang(sv: str | None, en: str | None) -> dict[str, str]:
    return {lang: v for lang, v in (("sv", sv), ("en", en)) if v is not None}


def _keywords(sv: str | None, en: str | None) -> dict[str, list[str]]:
    """Comma-separated keywords per language; an empty value clears that language."""
    return {
        lang: [w.strip() for w in v.split(",") if w.strip()]
        for lang, v in (("sv", sv), ("en", en))
        if v is not None
    }


def _parts(sv: str | None, en: str | None) -> dict[str, list[list[str]]]:
    """Each language's typed parts (``typed_parts``); checked where every edit is."""
    from qualcode.codebook.parts import typed_parts

    return {lang: typed_parts(v) for lang, v in (("sv", sv), ("en", en)) if v is not None}


@codebook_app.command("add")
def codebook_add(
    key: Annotated[str, typer.Argument(help="The new code's key (a-z, 0-9, _).")],
    parent: Annotated[str | None, typer.Option(help="Key of the parent code.")] = None,
    name_sv: NameSv = None,
    name_en: NameEn = None,
    definition_sv: DefSv = None,
    definition_en: DefEn = None,
    keywords_sv: Annotated[str | None, typer.Option(help="Comma-separated.")] = None,
    keywords_en: Annotated[str | None, typer.Option(help="Comma-separated.")] = None,
    parts_sv: PartsSv = None,
    parts_en: PartsEn = None,
    color: ColorOpt = None,
    shortcut: ShortcutOpt = None,
    coder: CoderOpt = None,
) -> None:
    """Add one code to the codebook (one transaction, audited); its keywords too, as
    `codebook edit` takes them: a new code's words were a second command away (user50b)."""
    with open_project(coder) as project:
        code = project.add_code(
            key,
            _per_lang(name_sv, name_en),
            _per_lang(definition_sv, definition_en),
            parent,
            color=color,
            shortcut=shortcut,
            parts=_parts(parts_sv, parts_en),
            keywords=_keywords(keywords_sv, keywords_en),
        )
    say(f"added {code.key}" + (f" under {parent}" if parent else ""))


@codebook_app.command("edit")
def codebook_edit(
    key: Annotated[str, typer.Argument(help="The code's key.")],
    name_sv: NameSv = None,
    name_en: NameEn = None,
    definition_sv: DefSv = None,
    definition_en: DefEn = None,
    inclusion_sv: Annotated[str | None, typer.Option(help="When to use it (sv).")] = None,
    inclusion_en: Annotated[str | None, typer.Option(help="When to use it (en).")] = None,
    exclusion_sv: Annotated[str | None, typer.Option(help="When not to use it (sv).")] = None,
    exclusion_en: Annotated[str | None, typer.Option(help="When not to use it (en).")] = None,
    keywords_sv: Annotated[str | None, typer.Option(help="Comma-separated (replaces).")] = None,
    keywords_en: Annotated[str | None, typer.Option(help="Comma-separated (replaces).")] = None,
    example_sv: Annotated[
        list[str] | None, typer.Option(help="An example passage; repeat (replaces all).")
    ] = None,
    example_en: Annotated[
        list[str] | None, typer.Option(help="An example passage; repeat (replaces all).")
    ] = None,
    parts_sv: PartsSv = None,
    parts_en: PartsEn = None,
    color: ColorOpt = None,
    shortcut: ShortcutOpt = None,
    coder: CoderOpt = None,
) -> None:
    """Change a code's texts, keywords, examples, parts, colour or shortcut; the rest stays."""
    fields: dict[str, Any] = {
        "names": _per_lang(name_sv, name_en),
        "definitions": _per_lang(definition_sv, definition_en),
        "inclusion": _per_lang(inclusion_sv, inclusion_en),
        "exclusion": _per_lang(exclusion_sv, exclusion_en),
        "keywords": _keywords(keywords_sv, keywords_en),
        "examples": {
            lang: list(v) for lang, v in (("sv", example_sv), ("en", example_en)) if v is not None
        },
        "parts": _parts(parts_sv, parts_en),
    }
    fields = {k: v for k, v in fields.items() if v}
    if color is not None:
        fields["color"] = color
    if shortcut is not None:
        fields["shortcut"] = shortcut
    if not fields:
        raise ValidationError(f"code {key!r}: nothing to change; see `codebook edit --help`")
    with open_project(coder) as project:
        project.update_code(key, **fields)
    say(f"edited {key}: {', '.join(fields)}")


@codebook_app.command("move")
def codebook_move(
    key: Annotated[str, typer.Argument(help="The code to move.")],
    parent: Annotated[
        str | None, typer.Argument(help="Its new parent; leave out to move it to the top.")
    ] = None,
    coder: CoderOpt = None,
) -> None:
    """Put a code under another one, or at the top level; codings stay with it."""
    with open_project(coder) as project:
        project.move_code(key, parent)
    say(f"moved {key} " + (f"under {parent}" if parent else "to the top level"))


@codebook_app.command("delete")
def codebook_delete(
    key: Annotated[str, typer.Argument(help="An unused code.")],
    coder: CoderOpt = None,
) -> None:
    """Retire a code nobody has used (kept in the file); use `merge` for used codes."""
    with open_project(coder) as project:
        project.delete_code(key)
    say(f"retired {key}")

"""`qualcode pseudonym ...`: the lead's key of real names to pseudonyms."""

from __future__ import annotations

from typing import Annotated

import typer

from qualcode.cli.base import FormatOpt, acting_name, app, open_project, say
from qualcode.cli.output import Format, emit

pseudonym_app = typer.Typer(
    help="The pseudonym key (lead only): real names and what every export prints instead.",
    no_args_is_help=True,
)
app.add_typer(pseudonym_app, name="pseudonym")

LeadOpt = Annotated[
    str | None,
    typer.Option("--coder", "--as", envvar="QUALCODE_CODER", help="Who asks (a lead)."),
]


@pseudonym_app.command("list")
def pseudonym_list(coder: LeadOpt = None, fmt: FormatOpt = Format.table) -> None:
    """The key: each real name, its pseudonym and kind. A coder's own pseudonym (kind
    coder) is printed as typed in every language; a label qualcode gave her (kind coder
    (automatic), "Kodare B") in each export's words ("Coder B" in English)."""
    with open_project(coder) as project:
        rows = [
            {"real": p.real, "pseudonym": p.pseudonym, "kind": p.kind}
            for p in project.pseudonyms(acting_name(project))
        ]
        # a coder's label qualcode gave reads in each export's words; a typed one as typed
        rows += [
            {"real": p.real, "pseudonym": p.pseudonym, "kind": "coder (automatic)"}
            for p in project.automatic_coder_labels(acting_name(project))
        ]
        note = project.key_clash_note(acting_name(project))
    if note:
        say(note)
    emit(rows, fmt, columns=["real", "pseudonym", "kind"], empty="the pseudonym key is empty")


@pseudonym_app.command("set")
def pseudonym_set(
    name: Annotated[str, typer.Argument(help="The real name, as written in the text.")],
    pseudonym: Annotated[str, typer.Argument(help="What exports print instead (e.g. IP3).")],
    kind: Annotated[
        str,
        typer.Option(
            help="speaker, person, workplace, place or other; coder: a coder's own "
            "pseudonym, apart from the participants' (agreement rows, the audit, coder columns)."
        ),
    ] = "person",
    coder: LeadOpt = None,
) -> None:
    """Put a name on the key (or change its pseudonym)."""
    with open_project(coder) as project:
        entry = project.set_pseudonym(name, pseudonym, acting_name(project), kind)
    say(f"{entry.kind} {entry.real!r} is printed as {entry.pseudonym!r}")


@pseudonym_app.command("remove")
def pseudonym_remove(
    name: Annotated[str, typer.Argument(help="The real name to take off the key.")],
    kind: Annotated[
        str, typer.Option(help="coder: take a coder's own pseudonym off the coders' key.")
    ] = "",
    coder: LeadOpt = None,
) -> None:
    """Take a name off the key."""
    with open_project(coder) as project:
        if kind == "coder":
            old = project.remove_coder_pseudonym(name, acting_name(project))
        else:
            old = project.remove_pseudonym(name, acting_name(project))
    say(f"removed {old.real!r} ({old.pseudonym})")


@pseudonym_app.command("suggest")
def pseudonym_suggest(
    apply: Annotated[
        bool,
        typer.Option(
            "--apply",
            help="Put the candidates of --kinds (speakers, unless told) not yet on the key on it.",
        ),
    ] = False,
    kinds: Annotated[
        str,
        typer.Option(
            help="With --apply: the kinds to put on the key, comma-separated "
            "(speaker, place, workplace, person, other).",
        ),
    ] = "speaker",
    coder: LeadOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Candidates from speaker labels, municipalities and capitalised names in the text."""
    wanted = [k.strip() for k in kinds.split(",") if k.strip()] if apply else None
    with open_project(coder) as project:
        # the service decides what is put and what the lead is told; this only shows it
        run = project.pseudonym_suggest_run(acting_name(project), wanted)
    for c in run.put:
        say(f"{c.kind} {c.real!r} is printed as {c.pseudonym!r}")
    for note in run.notes:
        say(note)
    rows = [
        {
            "real": c.real,
            "pseudonym": c.pseudonym,
            "kind": c.kind,
            "seen": c.seen,
            "where": c.where,
            "on_key": c.on_key,
            "also_word": c.also_word,
            "coder_name": c.coder_name,  # machine formats: the note says it to a reader
        }
        for c in run.found
    ]
    columns = ["real", "pseudonym", "kind", "seen", "where", "on_key", "also_word"]
    emit(rows, fmt, columns=columns)

"""Commands for reconciliation: list cases, discuss them, decide, reopen, the agenda."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from qualcode.cli.agree import CodersOpt, _names
from qualcode.cli.base import (
    ByOpt,
    CoderOpt,
    ForceOpt,
    FormatOpt,
    app,
    open_project,
    say,
    who_acts,
)
from qualcode.cli.export import note_off_key
from qualcode.cli.output import Format, emit, plural, shortened
from qualcode.cli.search import SetOpt

if TYPE_CHECKING:  # the service loads with the first command that needs it
    from qualcode.project import CaseView

reconcile_app = typer.Typer(
    help="Align coders' segments into cases, discuss and decide them.", no_args_is_help=True
)
app.add_typer(reconcile_app, name="reconcile")

DocOpt = Annotated[
    str | None,
    typer.Option("--doc", "--docs", help="Comma-separated documents (instead of the default)."),
]


CASE_FIELDS = (
    "id", "document", "document_name", "start", "end", "codes", "kind", "versions", "verdict",
    "rationale", "decided_by", "decided_at", "participants", "stale", "comments", "history",
    "text", "stamp",
)  # fmt: skip


def case_row(view: CaseView, name: str, text: str) -> dict[str, Any]:
    """One case as data: every coder's version with its codes, spans and their text."""
    case = view.case
    return {
        "id": case.id,
        "document": case.document_id,
        "document_name": name,
        "start": case.start,
        "end": case.end,
        "codes": list(case.codes),
        "kind": case.kind,
        "versions": {
            coder: {
                "codes": list(version.codes),
                "spans": [
                    {"code": code, "start": s, "end": e, "text": text[s:e]}
                    for code in version.codes
                    for s, e in version.spans[code]
                ],
                "text": " … ".join(text[s:e] for s, e in version.all_spans()),
            }
            for coder, version in case.versions.items()
        },
        "verdict": view.verdict,
        "rationale": view.rationale,
        "decided_by": view.decided_by,
        "decided_at": view.decided_at,
        "participants": list(view.participants),
        "stale": view.stale,
        "comments": [
            {"author": c.author, "at": c.created_at, "kind": c.kind, "text": c.text}
            for c in view.comments
        ],
        "history": [
            {
                "verdict": d.verdict,
                "rationale": d.rationale,
                "decided_by": d.decided_by,
                "decided_at": d.decided_at,
                "superseded_at": d.superseded_at,
            }
            for d in view.history
        ],
        "text": text[case.start : case.end],
        # the versions and the decision as listed: decide --seen takes it and refuses a
        # case changed, decided or reopened since
        "stamp": view.stamp,
    }


@reconcile_app.command("list")
def reconcile_list(
    coders: CodersOpt = None,
    docs: DocOpt = None,
    code: Annotated[
        str | None, typer.Option("--code", help="Only cases with these codes (comma-separated).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only these kinds: presence, code, boundary.")
    ] = None,
    agreements: Annotated[bool, typer.Option(help="Include passages the coders agree on.")] = False,
    only_open: Annotated[
        bool, typer.Option("--open", help="Only cases not decided (or changed since).")
    ] = False,
    doc_set: SetOpt = None,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Cases, one per passage: every coder's version, the decision and the discussion."""
    with open_project(coder) as project:
        team, chosen = _names(coders, "coders"), _names(docs, "docs")
        views = project.cases(  # first: a blind coder is refused the cases themselves
            team,
            chosen,
            include_agreements=agreements,
            codes=_names(code, "code"),
            kinds=_names(kind, "kind"),
            open_only=only_open,
            doc_set=doc_set,
        )
        scope = project.team_scope(team, chosen, doc_set=doc_set)
        absent = project.not_in_cases(team, chosen, doc_set=doc_set)
        names = {d.id: d.name for d in project.documents()}
        texts = project.document_texts({v.case.document_id for v in views})
    say(f"Counted: {scope.describe()}")
    if absent:  # "4 coders" over cases of two versions: say whose are not there, and why
        from qualcode.project.agenda import absences_said

        say(f"Not in these cases: {absences_said(absent)}")
    rows = [case_row(v, names[v.case.document_id], texts[v.case.document_id]) for v in views]
    if fmt is Format.table:
        from qualcode.project.reconcile import shown_case  # not at start-up: the service

        for row in rows:
            row["id"] = shown_case(row["id"])
            row["codes"] = " / ".join(row["codes"])
            row["who"] = _who(row["versions"])
            row["verdict"] = (row["verdict"] or "") + (" (changed since)" if row["stale"] else "")
            row["talk"] = len(row["comments"]) or ""
            row["text"] = shortened(row["text"], 50)
    emit(
        rows,
        fmt,
        columns=["id", "document_name", "codes", "kind", "who", "verdict", "talk", "stamp", "text"]
        if fmt is Format.table
        else None,
        empty="no disagreements",
        fields=CASE_FIELDS,
    )


@reconcile_app.command("decide")
def reconcile_decide(
    case: Annotated[str, typer.Argument(help="Case id or prefix (from `reconcile list`).")],
    verdict: Annotated[
        str,
        typer.Option(help="accept:CODER, union, intersection, reject or span:S-E[:CODE]."),
    ],
    rationale: Annotated[str, typer.Option(help="Why: this goes into the audit trail.")],
    coder: CoderOpt = None,
    by: ByOpt = None,
    took_part: Annotated[
        str | None,
        typer.Option(
            "--with",
            help="Who took part (commas or semicolons part names; default: lead + commenters).",
        ),
    ] = None,
    coders: CodersOpt = None,
    seen: Annotated[
        str | None,
        typer.Option(
            "--seen",
            help="The case's stamp as `reconcile list` printed it: refused if a coder "
            "changed the case, or a lead decided or reopened it, since.",
        ),
    ] = None,
) -> None:
    """Decide a case as the lead: writes consensus codings; the coders' own stay untouched."""
    with open_project(coder, by) as project:
        lead = who_acts(project, "reconcile decide")
        written = project.decide(
            case,
            verdict,
            rationale,
            lead,
            coders=_names(coders, "coders"),
            participants=_names(took_part, "with"),
            seen=seen.strip() if seen is not None else None,
        )
    say(f"decided {case}: {verdict} ({plural(len(written), 'consensus coding')})")


@reconcile_app.command("comment")
def reconcile_comment(
    case: Annotated[str, typer.Argument(help="Case id or prefix (from `reconcile list`).")],
    text: Annotated[str, typer.Option("--text", help="The comment.")],
    coder: CoderOpt = None,
) -> None:
    """Add a comment to a case's discussion (any team member, once cases are unblinded)."""
    with open_project(coder) as project:
        writer = who_acts(project, "reconcile comment")
        author, words = project.said_by(text, writer)  # "johan: ..." is what johan said
        project.comment(case, author, words)
    say(
        f"{writer} commented on {case}"
        if author == writer
        else f"{writer} noted what {author} said on {case}"
    )


@reconcile_app.command("reopen")
def reconcile_reopen(
    case: Annotated[str, typer.Argument(help="Case id or prefix.")],
    reason: Annotated[str, typer.Option(help="Why the decision is open again.")],
    coder: CoderOpt = None,
    by: ByOpt = None,
) -> None:
    """Take back a decision (it stays in the history) so the team can discuss again."""
    with open_project(coder, by) as project:
        project.reopen(case, who_acts(project, "reconcile reopen"), reason)
    say(f"reopened {case}")


@reconcile_app.command("confirm")
def reconcile_confirm(
    coder: CoderOpt = None,
    by: ByOpt = None,
    coders: CodersOpt = None,
    docs: DocOpt = None,
) -> None:
    """Copy every passage the coders agree on into the consensus (as the lead)."""
    with open_project(coder, by) as project:
        lead = who_acts(project, "reconcile confirm")
        team, shown = _names(coders, "coders"), _names(docs, "docs")
        count = project.confirm_agreements(lead, team, shown)
        why = ""
        if not count:  # the rule is exact boundaries; say so, and what is left (small34c)
            confirmed, boundary = project.why_none_to_confirm(team, shown)
            why = (
                ": an agreement is every counted coder giving the same codes to exactly the"
                f" same words (confirmed already: {confirmed}; same codes, other boundaries,"
                f" to decide: {boundary})"
            )
    say(f"confirmed {plural(count, 'agreement')} into the consensus{why}")


@reconcile_app.command("take")
def reconcile_take(
    doc: Annotated[
        str | None, typer.Argument(help="A document exactly one coder finished.")
    ] = None,
    rationale: Annotated[
        str, typer.Option(help="Why (default: taken from one coder); kept in the audit trail.")
    ] = "",
    every: Annotated[
        bool, typer.Option("--all", help="Every document exactly one coder finished.")
    ] = False,
    coder: CoderOpt = None,
    by: ByOpt = None,
) -> None:
    """Take a document one coder finished into the consensus as she coded it (the lead):
    the design where a subset is double-coded for agreement and the rest coded once."""
    if (doc is None) == (not every):
        raise typer.BadParameter("name one document, or --all (not both)")
    with open_project(coder, by) as project:
        lead = who_acts(project, "reconcile take")
        if every:
            done = project.take_every_one_coder(lead, rationale)
            fresh = [t for t in done if t.fresh]
            say(
                f"took {plural(len(fresh), 'document')} coded by one coder into the consensus "
                f"({plural(sum(t.codings for t in fresh), 'consensus coding')}; "
                f"{len(done) - len(fresh)} in it as coded already); agreement counts none"
            )
            return
        taken = project.take_one_coder(doc or "", lead, rationale)
    if not taken.fresh:
        say(
            f"{taken.document} is in the consensus as {taken.coder} coded it already "
            f"({plural(taken.codings, 'consensus coding')}); nothing written"
        )
        return
    say(
        f"took {taken.document} into the consensus from {taken.coder} "
        f"({plural(taken.codings, 'consensus coding')}; undo: qualcode reconcile reopen "
        f'{taken.shown_id} --reason "..."); agreement does not count it'
    )


@reconcile_app.command("taken")
def reconcile_taken(coder: CoderOpt = None, fmt: FormatOpt = Format.table) -> None:
    """The documents taken from one coder into the consensus, and which changed since."""
    with open_project(coder) as project:
        who_acts(project, "reconcile taken")
        rows = [
            {
                "id": t.shown_id,
                "document": t.document,
                "coder": t.coder,
                "codings": t.codings,
                "rationale": t.rationale,
                "stale": t.stale,
            }
            for t in project.taken_documents()
        ]
        waiting = project.one_coder_waiting()
    emit(rows, fmt, empty="no document taken from one coder")
    if waiting:  # what the consensus lacks until the lead takes them
        named = ", ".join(f"{name} ({coder})" for name, coder in waiting)
        say(f"finished by one coder, not taken yet: {named}; qualcode reconcile take DOC")


@reconcile_app.command("agenda")
def reconcile_agenda(
    output: Annotated[Path, typer.Option("-o", "--output", help="agenda.md or agenda.docx.")],
    coders: CodersOpt = None,
    docs: DocOpt = None,
    code: Annotated[str | None, typer.Option("--code", help="Only these codes.")] = None,
    force: ForceOpt = False,
    coder: CoderOpt = None,
    real_names: Annotated[
        bool, typer.Option("--real-names", help="Real names instead of pseudonyms (a lead only).")
    ] = False,
    lang: Annotated[str, typer.Option(help="The agenda's language: sv or en.")] = "en",
    doc_set: SetOpt = None,
) -> None:
    """Write the open cases for the team's meeting: every version in context, comments,
    through the pseudonym key."""
    with open_project(coder) as project:
        count = project.write_agenda(
            output,
            _names(coders, "coders"),
            _names(docs, "docs"),
            codes=_names(code, "code"),
            force=force,
            real_names=real_names,
            viewer=project.acting.name if project.acting else None,
            lang=lang,
            doc_set=doc_set,
        )
        say(f"wrote {output}: {plural(count, 'open case')}")
        # of the documents the agenda holds: `--docs aby_01` was told of Norrvik (review33)
        note_off_key(project, real_names, "the cases' contexts", doc_set, docs=_names(docs, "docs"))


def _who(versions: dict[str, Any]) -> str:
    """Who coded what, the coders of the same codes named together: "johan, mira: mission;
    karin, omar, ulrika: –". One name a version read well for three coders; with five,
    the column ran to 150 characters and each case to seven lines at 120 columns (team39)."""
    groups: dict[str, list[str]] = {}
    for coder, version in versions.items():
        groups.setdefault("+".join(version["codes"]) or "–", []).append(coder)
    return "; ".join(f"{', '.join(names)}: {codes}" for codes, names in groups.items())

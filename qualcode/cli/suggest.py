"""`qualcode suggest`: compute, review, accept and reject suggestions; evaluate them."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from qualcode.cli.base import CoderOpt, FormatOpt, app, open_project, say, who_acts
from qualcode.cli.output import Format, emit, plural, shortened
from qualcode.errors import ValidationError
from qualcode.model import Suggestion

if TYPE_CHECKING:  # typer 0.2x parses with its own copy of click
    from typer._click.core import Context


class _SuggestCommands(TyperGroup):
    """`qualcode suggest [DOC...]` computes; `suggest accept|reject|evaluate` act.

    Anything that is not one of the actions is read as arguments of the `run` command, so
    documents and options can follow `suggest` directly.
    """

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["run", *args]
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Context, formatter: Any) -> None:
        """The help names the ranked list's floor as the service sets it: a literal 0.05
        here would go on saying 0.05 after the service's floor moved. The service is
        imported only when help is asked for, so other commands start no slower."""
        from qualcode.project import NO_SIGNAL

        template = self.help or ""
        self.help = template.replace(FLOOR, f"{NO_SIGNAL:g}")
        try:
            super().format_help(ctx, formatter)
        finally:  # the next help asked for reads the floor again
            self.help = template


FLOOR = "{floor}"  # where SUGGEST_HELP names the ranked list's floor (NO_SIGNAL)


SUGGEST_HELP = "\n\n".join(
    (
        "Suggest passages per code, then accept, reject or evaluate them.",
        "[bold]qualcode suggest [DOC...] [--codes KEY,...] [--min-score X] [--coder NAME] "
        "[--format table|json|jsonl|csv][/bold] computes suggestions (every document without "
        "DOC), stores them as pending and lists them; it is short for [bold]suggest run[/bold] "
        "(options: [bold]qualcode suggest run --help[/bold]). [bold]qualcode suggest DOC "
        "--ranked[/bold] lists the sentences below the threshold with their best code, best "
        "first, for a coder searching for a theme: each sentence once, none with a pending "
        f"suggestion, none scoring under one in twenty ({FLOOR}) ('has': the codes a "
        "sentence is coded for already).",
        "[bold]suggest accept ID... --coder NAME[/bold] makes suggestions that coder's "
        "codings; [bold]suggest reject ID... --coder NAME[/bold] records a rejection; both "
        "teach the engine. [bold]suggest evaluate --against CODER|consensus [--folds 5][/bold] "
        "reports precision, recall and F1 by cross-validation on the team's own codings.",
    )
)

suggest_app = typer.Typer(
    cls=_SuggestCommands,
    help=SUGGEST_HELP,
    rich_markup_mode="rich",
    subcommand_metavar="[DOC]... | run|accept|reject|evaluate [ARGS]...",
)
app.add_typer(suggest_app, name="suggest")


SUGGESTION_FIELDS = (
    "id", "document", "document_name", "start", "end", "code", "score", "method", "evidence",
    "model_version", "status", "text",
)  # fmt: skip


def _rows(project: Any, suggestions: list[Suggestion]) -> list[dict[str, Any]]:
    texts = project.document_texts({s.document_id for s in suggestions})
    names = {d.id: d.name for d in project.documents()} if suggestions else {}
    return [
        {
            "id": s.id,
            "document": s.document_id,
            "document_name": names.get(s.document_id),
            "start": s.start,
            "end": s.end,
            "code": s.code,
            "score": s.score,
            "method": s.method,
            "evidence": dict(s.evidence),
            "model_version": s.model_version,
            "status": s.status,
            "text": texts[s.document_id][s.start : s.end],
        }
        for s in suggestions
    ]


@suggest_app.command("run")
def run(
    docs: Annotated[
        list[str] | None, typer.Argument(help="Documents by name or prefix (default: all).")
    ] = None,
    codes: Annotated[
        str | None, typer.Option("--codes", help="Only these code keys, comma-separated.")
    ] = None,
    min_score: Annotated[
        float | None,
        typer.Option(help="Calibrated score threshold, 0-1 (default 0.4; lower finds more)."),
    ] = None,
    # the acting coder: passages they already coded are left out; a coder (not a lead)
    # gets suggestions learned from their own codings and decisions only (blind)
    coder: CoderOpt = None,
    ranked: Annotated[
        bool,
        typer.Option(
            "--ranked",
            help="Instead: list the sentences below the threshold with their best code, "
            "best first (nothing is stored), to search a document for a theme.",
        ),
    ] = False,
    limit: Annotated[int, typer.Option(help="With --ranked: how many sentences.")] = 20,
    embed: Annotated[
        bool,
        typer.Option(
            "--embed",
            help="First embed the sentences not embedded yet (about a second per hundred "
            "words, with progress), so the semantic tier takes part. Without it, new text "
            "gets keyword, similarity and learned suggestions at once.",
        ),
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """(default) Compute, store and list suggestions: `suggest DOC...` is `suggest run DOC...`."""
    from rich.console import Console
    from rich.progress import Progress

    from qualcode.cli.embed import SuggestLine, embedding_columns

    if ranked:
        _ranked(docs, codes, coder, limit, fmt)
        return

    from qualcode.project.scope import named_list

    keys = named_list(codes, "codes")  # --codes "" names nothing: refused, not every code
    with open_project(coder) as project:
        # refused before minutes of embedding, and before the bar draws: a refusal under it
        # (an unknown document, a --min-score out of range) came after a blank line
        project.suggest_settings(keys, min_score, need_codes=embed)
        for doc in docs or ():
            project.document(doc)
        # progress goes to stderr so that --format json/jsonl output stays clean; drawn only
        # on a terminal: into a log or a pipe the finished bar left an empty line before
        # the notes (lead, stop 39)
        err = Console(stderr=True)
        bar = Progress(
            *embedding_columns(), console=err, transient=True, disable=not err.is_terminal
        )
        with bar:
            if embed:
                plan = project.embedding_plan(docs or None)
                line = SuggestLine(bar, plan.engine_words, ", ".join(docs or ["every document"]))
                project.embed(docs or None, line.progress)
            task = bar.add_task("suggesting", total=None, words="")
            found = project.suggest(
                docs or None,
                keys,
                min_score=min_score,
                coder=project.acting.name if project.acting else None,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                semantic=True if embed else None,
            )
        rows = _rows(project, found)
        _note_tier(project)
        if project.embeddings_pending:
            say(
                "note: some sentences have no embedding yet, so these suggestions come from "
                "keywords, similarity and learning; add --embed to include the semantic tier"
            )
    if fmt is Format.table:
        from qualcode.project import shown_score

        for row in rows:
            row["score"] = shown_score(row["score"], 3)  # 0.7996 reads under 0.800
            row["id"] = row["id"][:8]
            row["terms"] = _why(row["evidence"])
            row["text"] = shortened(row["text"], 70)
    emit(
        rows,
        fmt,
        columns=["id", "document_name", "code", "score", "terms", "text"]
        if fmt is Format.table
        else None,
        empty="no suggestions above the threshold",
        fields=SUGGESTION_FIELDS,
    )


def _note_tier(project: Any) -> None:
    """One line on stderr when the semantic tier could not take part though nobody switched
    it off (not installed, or cannot run here): the suggestions then read words, not
    meaning, and the coder should know why they are poorer."""
    from qualcode.project import SEMANTIC_MISSING

    missing = project.semantic_missing()
    if missing is not None:
        say(SEMANTIC_MISSING[missing])


def _why(evidence: dict[str, Any]) -> str:
    """The table's evidence in 40 characters: the keywords found, else the nearest codebook
    example or coded passage ("≈ En stabil och erfaren …"); a suggestion scoring 1.000 with
    an empty column gave a coder nothing to weigh."""
    # the words as the text has them (a keyword found inside a compound names the compound)
    terms = [str(t) for t in evidence.get("words") or evidence.get("terms") or []]
    if terms:  # whole terms: cut at 40 characters, "sjukfrånvaro" was read as "sju"
        shown = terms[0] if len(terms[0]) <= 40 else f"{terms[0][:39]}…"
        for term in terms[1:]:
            if len(shown) + len(term) + 2 > 39:
                return f"{shown}, …"
            shown = f"{shown}, {term}"
        return shown
    nearest = " ".join(str(evidence.get("nearest") or "").split())
    if not nearest:
        return ""
    return f"≈ {nearest}" if len(nearest) <= 38 else f"≈ {nearest[:37]}…"


def _ranked(
    docs: list[str] | None, codes: str | None, coder: str | None, limit: int, fmt: Format
) -> None:
    """`suggest DOC --ranked`: the best code per sentence below the threshold, best first."""
    if not docs:
        raise ValidationError("--ranked needs a document: qualcode suggest DOC --ranked")
    from qualcode.project import NO_SIGNAL as floor
    from qualcode.project.scope import named_list

    keys = named_list(codes, "codes")
    rows: list[dict[str, Any]] = []
    with open_project(coder) as project:
        names = {d.id: d.name for d in project.documents()}
        who = project.acting.name if project.acting else None
        for doc in docs:
            for r in project.ranked(doc, keys, coder=who, limit=limit):
                rows.append(
                    {
                        "doc": names.get(r.document_id, r.document_id),
                        "document": r.document_id,
                        "start": r.start,
                        "end": r.end,
                        "code": r.code,
                        "score": r.score,
                        "second": r.second,
                        "second_score": r.second_score,
                        "text": r.text,
                        "has": ",".join(r.has),
                    }
                )
        _note_tier(project)
    if fmt is Format.table:
        from qualcode.project import shown_score

        for row in rows:
            row["score"] = shown_score(row["score"], 3)  # under the threshold reads under it
            # cut in the middle: "hollowby_workforce_plan." read as a name that ended there
            name = row["doc"]
            row["doc"] = name if len(name) <= 24 else f"{name[:11]}…{name[-12:]}"
            row["text"] = shortened(row["text"], 70)
    emit(
        rows,
        fmt,
        # start and end: what `code add --doc D --start S --end E --code C` takes to code a
        # listed sentence from the CLI (the table gave no way to, short of --format json)
        columns=(
            ["doc", "start", "end", "code", "score", "second", "has", "text"]
            if fmt is Format.table
            else None
        ),
        # the floor said: "with any score" read as though the engine had read nothing
        empty=f"no sentence below the threshold reaches one in twenty ({floor:g}) for any code",
    )


@suggest_app.command("accept")
def accept(
    ids: Annotated[list[str], typer.Argument(help="Suggestion ids or prefixes.")],
    coder: CoderOpt = None,
) -> None:
    """Make suggestions the acting coder's codings (they also teach the engine)."""
    with open_project(coder) as project:
        who = who_acts(project, "suggest accept")
        written = project.accept_suggestions(ids, who)
    say(f"accepted {plural(len(written), 'suggestion')} as codings of {who}")


@suggest_app.command("reject")
def reject(
    ids: Annotated[list[str], typer.Argument(help="Suggestion ids or prefixes.")],
    coder: CoderOpt = None,
) -> None:
    """Reject suggestions; they count as negatives for their code from now on."""
    with open_project(coder) as project:
        project.reject_suggestions(ids, who_acts(project, "suggest reject"))
    say(f"rejected {plural(len(ids), 'suggestion')}")


@suggest_app.command("evaluate")
def evaluate(
    against: Annotated[str, typer.Option(help="A coder's name, or consensus.")],
    folds: Annotated[int, typer.Option(help="Cross-validation folds (by document).")] = 5,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Precision, recall and F1 of suggestions against a coder, by cross-validation."""
    with open_project(coder) as project:
        result = project.evaluate_suggestions(against, folds)
        _note_tier(project)
    clean = {
        "macro_f1": _defined(result.macro_f1),
        "none_suggested": _defined(result.none_suggested),
    }
    per_code = {k: {m: _defined(v) for m, v in row.items()} for k, row in result.per_code.items()}
    if fmt is Format.json:
        print(
            json.dumps(
                {
                    "against": against,
                    "folds": result.folds,
                    "documents": result.documents,
                    "units": result.units,
                    "threshold": result.threshold,
                    **clean,
                    "per_code": per_code,
                },
                indent=2,
            )
        )
        return
    rows: list[dict[str, Any]] = [
        {"code": k, **v, "support": int(v["support"] or 0)} for k, v in per_code.items()
    ]
    rows.append({"code": "macro", "f1": clean["macro_f1"]})
    if fmt is Format.table:
        # undefined (no passage of the code, or none suggested) is said, not printed as nan
        for row in rows:
            for key in ("precision", "recall", "f1"):
                if row.get(key) is None and (row["code"] != "macro" or key == "f1"):
                    row[key] = "undefined"
    emit(
        rows,
        fmt,
        columns=["code", "precision", "recall", "f1", "support"],
        title=f"Suggestions against {against}: {result.folds}-fold CV over "
        f"{result.documents} documents, {result.units} units",
    )
    if fmt is Format.table:
        share = clean["none_suggested"]
        print(
            "Units that fit no code but got a suggestion: "
            + ("undefined" if share is None else f"{share:.1%}")
        )


def _defined(value: Any) -> Any:
    """A number, or None where it is undefined (NaN is no value a script can use)."""
    return None if isinstance(value, float) and math.isnan(value) else value

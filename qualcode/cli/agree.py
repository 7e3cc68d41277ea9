"""`qualcode agree`: intercoder agreement, before and after reconciliation, as tables a
terminal of any width shows whole, or as json and csv for a script. Kept apart from
``team.py`` (audit, status, handout, export-coder, merge), the widest command of all; the
``--coders`` and ``--docs`` options are shared with ``reconcile``.
"""

from __future__ import annotations

import math
from typing import Annotated

import typer

from qualcode.agreement.report import AFTER, CONSENSUS
from qualcode.cli.base import (
    CoderOpt,
    FormatOpt,
    RealNamesOpt,
    acting_name,
    app,
    note_key_clash,
    open_project,
)
from qualcode.cli.narrow_tables import emit_agree_tables, fitted
from qualcode.cli.output import Format, emit, json_text, terminal_width
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
        # and, where the default team finished none together, the teams that did: the
        # TUI's agreement tab named them and `agree` left the lead to guess (user50)
        if report.together:
            print("Teams that finished documents together (--coders counts one):")
            for team, n in report.together:
                print(f"  {', '.join(team)}: {n} document{'s' * (n != 1)}")
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

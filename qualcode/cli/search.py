"""`qualcode search`: every place a word or phrase is said, in context; `--code` codes them."""

from __future__ import annotations

import re
from typing import Annotated, Any

import typer

from qualcode.cli.base import CoderOpt, FormatOpt, app, open_project, say, who_acts
from qualcode.cli.output import Format, emit, plural
from qualcode.errors import ValidationError

# the documents a search or a count reads: `qualcode search` and `qualcode report words`
DocsOpt = Annotated[
    list[str] | None, typer.Option("--doc", help="Only this document (repeatable).")
]
AttrOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--attr",
        help="KEY=VALUE: only documents with it (repeatable; one key twice: either value).",
    ),
]

# the option every command that reads documents takes to narrow them to one set
SetOpt = Annotated[
    str | None, typer.Option("--set", help="Only the documents of this document set.")
]


@app.command("search")
def search(
    terms: Annotated[
        list[str],
        typer.Argument(
            help="Words or phrases (any of them; a comma separates them, and a phrase "
            "holding a comma goes in double quotes: '\"ja, alltså\"'); * any letters, ? one "
            "letter. A word also finds its forms (ärendet: ärenden, ärendena; child: "
            "children) and matches inside words (compounds) unless --whole-word; "
            "--exact finds only the letters typed."
        ),
    ],
    doc: DocsOpt = None,
    attr: AttrOpt = None,
    doc_set: SetOpt = None,
    whole_word: Annotated[
        bool, typer.Option("--whole-word", help="Match whole words only.")
    ] = False,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact",
            help="Only the letters typed: no word forms (ärendet then misses ärenden).",
        ),
    ] = False,
    spread: Annotated[
        str,
        typer.Option("--spread", help="What --code codes: hit (the words), sentence or turn."),
    ] = "sentence",
    context: Annotated[
        int, typer.Option("--context", help="Characters shown either side of a hit.")
    ] = 40,
    participant: Annotated[
        list[str] | None,
        typer.Option(
            "--participant",
            help="Only what this participant said, as the reports cite her (IP3, IP1b; "
            "repeatable).",
        ),
    ] = None,
    respondents: Annotated[
        bool,
        typer.Option(
            "--respondents",
            help="Only what the interviewees said, not the interviewer's questions "
            "(a text without speakers is searched whole).",
        ),
    ] = False,
    code: Annotated[
        str | None,
        typer.Option("--code", help="Code every hit's span with this code, as the acting coder."),
    ] = None,
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Search every document's text (keyword in context); with --code, code every hit."""
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        if code is not None:
            who = who_acts(project, "search --code")
            done = project.code_hits(
                terms,
                code,
                who,
                docs=doc,
                attributes=attributes,
                whole_word=whole_word,
                spread=spread,
                doc_set=doc_set,
                exact=exact,
                participant=participant,
                respondents=respondents,
            )
            say(
                f"{plural(done.hits, 'hit')}: coded {plural(len(done.coded), 'passage')} "
                f"{code} as {who}"
                + (f", {done.already} coded already" if done.already else "")
                + _taking_back(done, code, who)
            )
            return
        hits = project.search_text(
            terms,
            docs=doc,
            attributes=attributes,
            whole_word=whole_word,
            spread=spread,
            context=context,
            doc_set=doc_set,
            exact=exact,
            participant=participant,
            respondents=respondents,
        )
    rows = [_row(h, fmt) for h in hits]
    columns = ["document", "start", "end", "speaker", "before", "hit", "after"]
    emit(
        rows,
        fmt,
        columns=columns,
        fields=[*columns, "span_start", "span_end"],
        title=f"{plural(len(rows), 'hit')}",
        empty="no hits",
    )


NAMED_IDS = 12  # a batch up to this size names its codings' ids in the message


def _taking_back(done: Any, code: str, who: str) -> str:
    """How to take the batch back, with what the user needs for it: the codings' ids (the
    message said `code remove ID` and named none), or for a large batch where to find them."""
    if not done.coded:
        return ""
    if len(done.coded) <= NAMED_IDS:
        ids = " ".join(c.coding.id[:8] for c in done.coded)
        return f" (`qualcode code remove {ids}` takes them back)"
    return (
        f" (`qualcode code list --code {code} --of {who}` shows their ids; "
        "`qualcode code remove ID...` takes them back)"
    )


def attribute_options(items: list[str]) -> dict[str, list[str]]:
    """Repeated ``--attr KEY=VALUE`` as filters: one key twice takes either value."""
    wanted: dict[str, list[str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValidationError(f"--attr {item!r}: write it as KEY=VALUE")
        wanted.setdefault(key.strip(), []).append(value.strip())
    return wanted


def whole_words(before: str, hit: str, after: str) -> tuple[str, str, str]:
    """A concordance line's three cells with the hit widened to the whole word(s) it lies
    in: the table's column gaps cut "placeringskostnaderna" into "placerings  kostnad  erna",
    three words that are none, when "kostnad" matched inside the compound."""
    if hit[:1].isalnum() and (head := _WORD_TAIL.search(before)):
        before, hit = before[: head.start()], head.group() + hit
    if hit[-1:].isalnum() and (tail := _WORD_HEAD.match(after)):
        hit, after = hit + tail.group(), after[tail.end() :]
    return before, hit, after


_WORD_TAIL = re.compile(r"\w+$")
_WORD_HEAD = re.compile(r"\w+")


def _row(hit: Any, fmt: Format) -> dict[str, Any]:
    before, after, word = hit.before, hit.after, hit.text
    if fmt is Format.table:  # one line per hit, aligned on the keyword as a concordance is
        before, word, after = whole_words(before, word, after)
        spaced_before, spaced_after = before[-1:].isspace(), after[:1].isspace()
        before, after = " ".join(before.split()), " ".join(after.split())
        if spaced_before:
            before += " "
        if spaced_after:
            after = " " + after
    return {
        "document": hit.document,
        "start": hit.start,
        "end": hit.end,
        "speaker": hit.speaker or "",
        "before": before,
        "hit": " ".join(word.split()) if fmt is Format.table else word,
        "after": after,
        **({} if fmt is Format.table else {"span_start": hit.span[0], "span_end": hit.span[1]}),
    }

"""`qualcode report words`: the words said most, across documents or in a code's passages."""

from __future__ import annotations

from typing import Annotated

import typer

from qualcode.cli.base import (
    CoderOpt,
    FormatOpt,
    RealNamesOpt,
    acting_name,
    note_key_clash,
    open_project,
    who_acts,
)
from qualcode.cli.output import Format, emit
from qualcode.cli.report import LangOpt, check_lang, report_app
from qualcode.cli.search import AttrOpt, DocsOpt, SetOpt, attribute_options


@report_app.command("words")
def words(
    code: Annotated[
        str | None, typer.Option("--code", help="Only the passages coded with this code.")
    ] = None,
    doc: DocsOpt = None,
    attr: AttrOpt = None,
    doc_set: SetOpt = None,
    respondents: Annotated[
        bool, typer.Option("--respondents", help="Only what the interviewees said.")
    ] = False,
    top: Annotated[int, typer.Option("--top", help="How many words.")] = 50,
    real_names: RealNamesOpt = False,
    lang: LangOpt = "en",
    coder: CoderOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """The words said most (stop words, hesitations and transcriber's marks left out), with
    how many documents said each; `qualcode search WORD` shows them in context. A name on
    the pseudonym key is counted as its pseudonym (--real-names: the lead's own copy); a
    proposed place in --lang's words."""
    from qualcode.project.report_titles import no_words, words_title

    check_lang(lang)
    attributes = attribute_options(attr or [])
    with open_project(coder) as project:
        # a code's passages are read as someone (blind coding): nobody named, the user is
        # told how to say who, not that the coder '' is unknown
        viewer = (
            who_acts(project, "report words --code") if code is not None else acting_name(project)
        )
        found = project.report_words(
            docs=doc,
            attributes=attributes,
            code=code,
            viewer=viewer,
            respondents=respondents,
            top=top,
            doc_set=doc_set,
            real_names=real_names,
            names_in=lang,  # a town said in the talk as the other reports name it
        )
        note_key_clash(project, real_names)  # it ran: a word both real name and pseudonym
    rows = [{"word": w.word, "count": w.count, "documents": w.documents} for w in found]
    emit(
        rows,
        fmt,
        columns=["word", "count", "documents"],
        title=words_title(len(rows), lang),
        empty=no_words(lang),
    )

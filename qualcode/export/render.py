"""Render a ``Summary`` to .md, .html, .xlsx or .docx; the suffix chooses the format.

Every renderer walks the same model in the same order: per theme its definition, memos on
the code, counts, chart, tables by attribute and quotes with their sources; then the
agreement table and its methods paragraph; then the reconciliation record in brief.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import pandas as pd

from qualcode.errors import ValidationError
from qualcode.export.cells import md_block, md_inline
from qualcode.export.docx_widths import column_widths
from qualcode.export.labels import digits_of, label, number, number_formats
from qualcode.export.summary import Summary
from qualcode.export.workbook import xlsx_bytes

FORMATS = (".md", ".html", ".xlsx", ".docx")

# what a chart's file name may not hold: a key through the pseudonym key ("IP2:s_stod")
_FILE_UNSAFE = re.compile(r"[^\w-]+")


def render_summary(summary: Summary, name: str) -> dict[str, bytes]:
    """The summary as the files it is made of, by file name: ``name`` itself and, for
    Markdown, one chart per theme beside it. Nothing is written here: the project's one
    writer checks and writes every file (``qualcode.project.files``)."""
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        raise _unknown_format(name)
    if suffix == ".md":
        return _markdown(summary, name)
    renderers = {".html": _html, ".xlsx": _xlsx, ".docx": _docx}
    return {name: renderers[suffix](summary)}


def summary_formats_check(name: str) -> None:
    """Refuse an unknown suffix before any work is done."""
    if Path(name).suffix.lower() not in FORMATS:
        raise _unknown_format(name)


def _unknown_format(name: str) -> ValidationError:
    """The refusal of a summary file name of no known format, keyed so that the terminal
    interface says it in its language: the Swedish reports screen read "html: choose one
    of .md, .html, .xlsx, .docx" in English (eyes37)."""
    formats = ", ".join(FORMATS)
    return ValidationError(
        f"{name}: choose one of {formats}", key="summary_format", name=name, formats=formats
    )


def _cell(value: object, lang: str, column: object = "") -> str:
    """A table cell as text: numbers in the summary's format, undefined spelt out."""
    if isinstance(value, float):
        return number(value, lang, digits_of(column, lang))
    return str(value)


def _rows(frame: pd.DataFrame, lang: str) -> list[list[str]]:
    columns = list(frame.columns)
    return [
        [_cell(v, lang, c) for v, c in zip(row, columns, strict=True)]
        for row in frame.itertuples(index=False)
    ]


def _fits(frame: pd.DataFrame, lang: str, total: float = 6.5) -> int:
    """The largest size (9, 8 or 7 pt) at which no word of the table breaks on a portrait
    page; 0 if none."""
    rows = _rows(frame, lang)
    return next((pt for pt in (9, 8, 7) if column_widths(frame, rows, pt, total)[1]), 0)


def _themes_down(frame: pd.DataFrame, theme: str) -> pd.DataFrame:
    """Themes by role (or municipality) with the themes down the side: on a portrait page
    their long names as column headers were set in 7 pt, seven header lines deep beside
    columns of one-digit counts; as rows they wrap like text and the short values
    ("politiker (n=1)") head the columns of counts. Used where it fits as well: seven
    roles across a page break their words sooner than four themes do."""
    first = frame.columns[0]
    down = frame.set_index(first).T
    down.index.name = theme
    return down.reset_index().rename_axis(columns=None)


def page_table(key: str, table: pd.DataFrame, summary: Summary) -> pd.DataFrame:
    """Section ``key``'s table as every page-like format sets it (.docx, .html, .md): themes
    by an attribute turned with the themes down the side where that fits a page as well.
    Only the Word file turned it, and "Teman per kommun" had its themes as rows there and
    as columns in the .html of the same summary (eyes37b). A sheet keeps the model's."""
    if key.startswith("shares_"):
        down = _themes_down(table, summary.label("theme"))
        fits = _fits(down, summary.lang)
        if fits and fits >= _fits(table, summary.lang):
            return down
    return table


def _counts(summary: Summary, theme: Any) -> str:
    """'12 coded segments from 5 of 8 participants, 640 coded words.': every count with its
    denominator, each noun in the number its count asks for ('1 coded segment', '1
    participant'). Segments, as the frequency report counts them: a coder's overlapping
    codings of one code count once."""
    lab = summary.label
    segments = lab("n_segments", n=theme.segments)
    words = lab("n_words", n=theme.words)
    if not summary.coded and summary.coded_others:  # plans and policies, no interviews
        coded = lab("n_documents", n=summary.coded_others)
        found = lab("in_documents", segments=segments, documents=theme.others, coded=coded)
        return f"{found}, {words}."
    if not summary.coded:
        return f"{segments}, {words}, {lab('n_documents', n=theme.documents)}."
    voiced = lab(
        "in_participants",
        segments=segments,
        participants=theme.documents - theme.others,
        coded=lab("n_participants", n=summary.coded),
    )
    if summary.coded_others:  # a plan or policy is a document, not a participant
        voiced += lab(
            "in_others", n=summary.coded_others, others=theme.others, coded=summary.coded_others
        )
    return f"{voiced}, {words}."


def _md_table(frame: pd.DataFrame, lang: str) -> str:
    """A pipe table whose columns of figures are set to the right (``---:``), as in the
    .docx and the page: rendered (GitHub, Pandoc, Word's import) they stood on the left,
    a count of 12 under 3 read by its first digit (render40)."""
    if frame.empty:
        return ""
    rows = _rows(frame, lang)
    head = "| " + " | ".join(md_inline(c) for c in frame.columns) + " |"
    rules = ("---:" if n else "---" for n in _figure_columns(frame, rows, lang))
    rule = "| " + " | ".join(rules) + " |"
    body = ["| " + " | ".join(md_inline(v) for v in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def _figure_columns(frame: pd.DataFrame, rows: list[list[str]], lang: str) -> list[bool]:
    """Whether each column of ``frame`` holds figures: numbers, or after the first column
    texts that are each a figure, a dash (``FIGURE_OR_DASH``) or the word for an undefined
    coefficient, as written in ``rows``. A code no coder applied reads "undefined" across
    the agreement table's row, and its segment alpha column, text because of the overall
    row's dash, then stood on the left beside columns of figures on the right (render46)."""
    undefined = label(lang, "undefined")
    return [
        pd.api.types.is_numeric_dtype(frame[c])
        or (
            i > 0
            and bool(rows)
            and all(FIGURE_OR_DASH.fullmatch(r[i]) or r[i] == undefined for r in rows)
        )
        for i, c in enumerate(frame.columns)
    ]


def _md_para(text: object) -> str:
    """A paragraph of user or file text, escaped (see ``cells.md_block``)."""
    return "\n".join(md_block(text))


def _markdown(summary: Summary, name: str) -> dict[str, bytes]:
    """Every piece of user or file text (names, definitions, memos, quotes, sources, table
    cells) is escaped, so none of it becomes a link, an image, raw HTML or a heading."""
    lang, esc, stem = summary.lang, md_inline, Path(name).stem
    files: dict[str, bytes] = {}
    lines = [
        f"# {esc(summary.title)}",
        "",
        f"*{esc(summary.label('layer'))}: {esc(summary.layer)}*",
        "",
    ]
    for section in summary.sections:
        lines += [f"## {esc(section.heading)}", ""]
        for block in section.blocks():  # the table, then its note (Section.blocks)
            if isinstance(block, str):
                lines += [_md_para(block), ""]
            else:
                lines += [_md_table(page_table(section.key, block, summary), lang), ""]
    for theme in summary.themes:
        lines += [
            f"## {esc(theme.name)}",
            "",
            f"**{esc(summary.label('definition'))}.** {_md_para(theme.definition)}",
        ]
        lines += [""] + [f"*{esc(summary.label('memo'))}:* {_md_para(m)}\n" for m in theme.memos]
        lines += [esc(_counts(summary, theme)), ""]
        if png := theme.chart():
            # a key through the pseudonym key may hold ":" or a space ("IP2:s_stod")
            chart = f"{stem}_{_FILE_UNSAFE.sub('_', theme.key)}.png"
            files[chart] = png
            lines += [f"![{esc(theme.name)}](<{url_quote(chart)}>)", ""]
        for attr, frame in theme.by_attribute.items():
            heading = summary.label("by", attr=summary.attribute(attr))
            lines += [f"### {esc(heading)}", "", _md_table(frame, lang), ""]
        if theme.quotes:
            lines += [f"### {esc(summary.label('quotes'))}", ""]
            for quote in theme.quotes:
                body = "\n> ".join(md_block(quote.text))
                lines.append(f"> {body}\n>\n> — {esc(quote.source(lang))}")
                if quote.original:
                    said = " ".join(md_block(quote.original))
                    lines.append(f">\n> *{esc(summary.label('original'))}:* {said}")
                memo = esc(summary.label("memo"))
                lines += [f">\n> *{memo}:* {' '.join(md_block(m))}" for m in quote.memos]
                lines.append("")
    if summary.agreement is not None:
        table = _md_table(summary.agreement, lang)
        lines += [f"## {esc(summary.label('agreement'))}", "", table, ""]
    if summary.methods:
        lines += [f"### {esc(summary.label('methods'))}", "", _md_para(summary.methods), ""]
    if summary.decisions_brief:
        lines += [
            f"## {esc(summary.label('decisions'))}",
            "",
            _md_para(summary.decisions_brief),
            "",
        ]
        if summary.decisions is not None and not summary.decisions.empty:
            # headed as in the Word and web pages, a table a reader can place (render45)
            heading = f"## {esc(summary.label('appendix'))}"
            lines += [heading, "", _md_table(summary.decisions, lang), ""]
    # the charts first, the summary that shows them last: an export cut off between
    # them leaves charts without a summary, never a summary without its charts
    return {**files, name: "\n".join(lines).encode("utf-8")}


# a column of figures with a dash where one is undefined (the agreement table's segment
# alpha, "–" on its overall row): its pandas type is text, but it is set as figures, to the
# right under its header like the columns beside it (team39: it stood alone on the left)
FIGURE_OR_DASH = re.compile(r"[−+-]?\d+(?:[.,]\d+)?\s?%?|–|—")


def _xlsx(summary: Summary) -> bytes:
    """One sheet per table; every text cell is text (``workbook.xlsx_bytes``), never a formula."""
    sheets = {name[:31]: frame for name, frame in summary.tables().items()}
    # themes' names over their counts; the agreement figures as the other formats show them
    return xlsx_bytes(
        sheets,
        wrap_headers=True,
        formats=number_formats(summary.lang),
        title=summary.title,
        lang=summary.lang,
    )


def _html(summary: Summary) -> bytes:
    from qualcode.export.render_html import html_summary

    return html_summary(summary)


def _docx(summary: Summary) -> bytes:
    from qualcode.export.render_docx import docx_summary

    return docx_summary(summary)

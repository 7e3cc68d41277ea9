"""Render a ``Summary`` to .md, .html, .xlsx or .docx; the suffix chooses the format.

Every renderer walks the same model in the same order: per theme its definition, memos on
the code, counts, chart, tables by attribute and quotes with their sources; then the
agreement table and its methods paragraph; then the reconciliation record in brief.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import pandas as pd

from qualcode.errors import ValidationError
from qualcode.export.cells import (
    FIGURE_RUN,
    bound_percent,
    md_block,
    md_inline,
    xml_text,
)
from qualcode.export.docx_widths import column_widths
from qualcode.export.hyphens import web_header
from qualcode.export.labels import label, number
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
        digits = 1 if column == label(lang, "percent") else 2
        return number(value, lang, digits)
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
    rules = ("---:" if n else "---" for n in _figure_columns(frame, rows))
    rule = "| " + " | ".join(rules) + " |"
    body = ["| " + " | ".join(md_inline(v) for v in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def _figure_columns(frame: pd.DataFrame, rows: list[list[str]]) -> list[bool]:
    """Whether each column of ``frame`` holds figures: numbers, or after the first column
    texts that are each a figure or a dash (``FIGURE_OR_DASH``), as written in ``rows``."""
    return [
        pd.api.types.is_numeric_dtype(frame[c])
        or (i > 0 and bool(rows) and all(FIGURE_OR_DASH.fullmatch(r[i]) for r in rows))
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
        if section.text:
            lines += [_md_para(section.text), ""]
        if section.table is not None:
            lines += [_md_table(page_table(section.key, section.table, summary), lang), ""]
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
            lines += [_md_table(summary.decisions, lang), ""]
    # the charts first, the summary that shows them last: an export cut off between
    # them leaves charts without a summary, never a summary without its charts
    return {**files, name: "\n".join(lines).encode("utf-8")}


STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;"
    "line-height:1.5;color:#222}h1{border-bottom:2px solid #0072B2}h2{margin-top:2em;"
    "border-bottom:1px solid #ddd}table{border-collapse:collapse;margin:.5em 0 1em}"
    "th{background:#eef4fa;text-align:left}td,th{border:1px solid #ccc;padding:.25em .6em;"
    "vertical-align:top}td.n{text-align:right}img{max-width:100%;height:auto;width:34em}"
    "blockquote{border-left:4px solid #0072B2;margin:1em 0;padding:.2em 1em;background:#f7f9fb}"
    "blockquote .src{display:block;color:#555;font-size:.9em;margin-top:.3em}"
    ".memo{display:block;color:#6a4c00;font-style:italic;font-size:.9em}"
    ".orig{display:block;color:#555;font-size:.85em;margin-top:.3em}"
    # headers sit on the numbers they head and wrap in even lines, at a word
    "th{vertical-align:bottom;text-wrap:balance;hyphens:manual;overflow-wrap:normal;"
    "word-break:normal;line-height:1.3}th.n{text-align:right}"
    # a table with long headers (themes as columns) keeps to the text's column, its
    # headers a size smaller, and scrolls sideways in its own box rather than squeeze a
    # theme's name below 7em (it stuck out past the text on both sides, eyes21)
    ".wide{overflow-x:auto}.wide table{width:100%;min-width:48em;table-layout:fixed}"
    ".wide th:first-child{width:8.5em}.wide th{font-size:.85em}"
    ".fit{max-width:100%;overflow-x:auto}"
    ".nb{white-space:nowrap}"  # a date or span of figures on one line (cells.FIGURE_RUN)
    # on paper nothing scrolls: a wide table's box clipped its last themes off the page
    # (eyes19). It takes the page's width, its columns share it evenly, and a theme's name
    # breaks inside a word only where the word is wider than its column
    "@media print{body{max-width:none;margin:0;padding:0}.wide,.fit{width:auto;margin-left:0;"
    "overflow:visible}.wide table{width:100%;table-layout:fixed;font-size:.8em}"
    ".wide th:not(:first-child){min-width:0}.wide td:first-child{white-space:normal}"
    # nor may a table of long cells run off the paper: the decisions' table held a
    # document's name with no space in it, which no column could break, and its last
    # column (the date) was cut at the page's edge (eyes22); such a name breaks anywhere
    # (_breakable) and any cell where it must. Breaking the first column anywhere
    # let the table squeeze it to a few letters: a theme's name printed "uppdra/gsmon/
    # olog" beside five roles (render40)
    "td,th{overflow-wrap:break-word}.fit table{max-width:100%}.bk{overflow-wrap:anywhere}}"
)
# a word this long in a table cell is a name made of parts (a file, a key), not a word
# (a name of parts: a token of 20 characters or more holding an underscore, a dot or a slash)
_LONG_TOKEN = re.compile(r"(?=[^\s<>]*[_./])[^\s<>]{20,}")
# a table is set wide when a header is longer than this many characters and it has at
# least _WIDE_COLUMNS columns after the first: one or two themes fit the text column, and a
# two-column table stretched across the window (a consensus with one theme) read as a bar
_WIDE_HEADER = 24
# a column of figures with a dash where one is undefined (the agreement table's segment
# alpha, "–" on its overall row): its pandas type is text, but it is set as figures, to the
# right under its header like the columns beside it (team39: it stood alone on the left)
FIGURE_OR_DASH = re.compile(r"[−+-]?\d+(?:[.,]\d+)?\s?%?|–|—")
_WIDE_COLUMNS = 3


def _nowrap(escaped: str) -> str:
    """Escaped text with its dates and spans of figures in no-wrap spans: a browser breaks
    "2026-12-02" at a hyphen in a narrow cell, as LibreOffice did in the appendix; and a
    figure's percent sign bound to it ("4,5 %" broke before its sign in print)."""
    spans = FIGURE_RUN.sub(lambda found: f"<span class='nb'>{found.group()}</span>", escaped)
    return bound_percent(spans)


def _breakable(escaped: str) -> str:
    """Escaped text whose long names ("handlingsplan_for_arbetsmiljon_2031.txt") are set
    in a span that may break anywhere on paper, so a printed table's column need not be as
    wide as the whole name, while the words beside it keep whole: no column is squeezed to
    break inside a word. (A span, not <wbr>: the page holds no tag but the ones it needs.)"""
    return _LONG_TOKEN.sub(lambda found: f"<span class='bk'>{found.group()}</span>", escaped)


def _html_table(frame: pd.DataFrame, lang: str) -> str:
    if frame.empty:
        return ""
    esc = html.escape
    rows = _rows(frame, lang)
    numeric = _figure_columns(frame, rows)
    wide = len(frame.columns) > _WIDE_COLUMNS and any(
        len(str(c)) > _WIDE_HEADER for c in frame.columns[1:]
    )
    names = [web_header(str(c), len(frame.columns)) if wide else str(c) for c in frame.columns]
    head = "".join(
        f"<th scope='col' class='n'>{esc(c)}</th>" if n else f"<th scope='col'>{esc(c)}</th>"
        for c, n in zip(names, numeric, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td class='n'>{_nowrap(esc(v))}</td>"
            if n
            else f"<td>{_breakable(_nowrap(esc(v)))}</td>"
            for v, n in zip(row, numeric, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<div class='{'wide' if wide else 'fit'}'>{table}</div>"


def _html(summary: Summary) -> bytes:
    """Every piece of text goes through ``html.escape`` (quotes too, for attributes), and
    the page loads nothing: the style is inline and the charts are data URIs."""
    lang = summary.lang

    def esc(text: object) -> str:
        return html.escape(xml_text(str(text)))

    parts = [
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{esc(summary.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{esc(summary.title)}</h1><p><em>{esc(summary.label('layer'))}: "
        f"{esc(summary.layer)}</em></p>",
    ]
    for section in summary.sections:
        parts.append(f"<h2>{esc(section.heading)}</h2>")
        if section.text:
            parts.append(f"<p>{_nowrap(esc(section.text))}</p>")
        if section.table is not None:
            parts.append(_html_table(page_table(section.key, section.table, summary), lang))
    for theme in summary.themes:
        parts.append(
            f"<h2>{esc(theme.name)}</h2><p><strong>{esc(summary.label('definition'))}"
            f".</strong> {esc(theme.definition)}</p>"
        )
        memo = esc(summary.label("memo"))
        parts += [f"<p class='memo'>{memo}: {esc(m)}</p>" for m in theme.memos]
        parts.append(f"<p>{_nowrap(esc(_counts(summary, theme)))}</p>")
        if png := theme.chart():
            data = base64.b64encode(png).decode()
            parts.append(f"<img alt='{esc(theme.name)}' src='data:image/png;base64,{data}'>")
        for attr, frame in theme.by_attribute.items():
            heading = summary.label("by", attr=summary.attribute(attr))
            parts.append(f"<h3>{esc(heading)}</h3>" + _html_table(frame, lang))
        if theme.quotes:
            parts.append(f"<h3>{esc(summary.label('quotes'))}</h3>")
            for q in theme.quotes:
                memos = "".join(
                    f"<span class='memo'>{esc(summary.label('memo'))}: {esc(m)}</span>"
                    for m in q.memos
                )
                if q.original:  # the words as said, under their translation
                    memos = (
                        f"<span class='orig' lang='{esc(q.original_lang or '')}'>"
                        f"{esc(summary.label('original'))}: {esc(q.original)}</span>{memos}"
                    )
                parts.append(
                    f"<blockquote>{esc(q.text)}<span class='src'>— {esc(q.source(lang))}"
                    f"</span>{memos}</blockquote>"
                )
    if summary.agreement is not None:
        parts.append(
            f"<h2>{esc(summary.label('agreement'))}</h2>" + _html_table(summary.agreement, lang)
        )
    if summary.methods:
        methods = _nowrap(esc(summary.methods))
        parts.append(f"<h3>{esc(summary.label('methods'))}</h3><p>{methods}</p>")
    if summary.decisions_brief:
        parts.append(
            f"<h2>{esc(summary.label('decisions'))}</h2>"
            f"<p>{_nowrap(esc(summary.decisions_brief))}</p>"
        )
        if summary.decisions is not None and not summary.decisions.empty:
            parts.append(_html_table(summary.decisions, lang))
    parts.append("</body></html>")
    return "".join(parts).encode("utf-8")


def _xlsx(summary: Summary) -> bytes:
    """One sheet per table; every text cell is text (``workbook.xlsx_bytes``), never a formula."""
    sheets = {name[:31]: frame for name, frame in summary.tables().items()}
    return xlsx_bytes(sheets, wrap_headers=True)  # themes' names over their counts


def _docx(summary: Summary) -> bytes:
    from qualcode.export.render_docx import docx_summary

    return docx_summary(summary)

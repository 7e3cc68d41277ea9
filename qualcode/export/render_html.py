"""A ``Summary`` as one self-contained web page (``render``'s .html): its style inline,
its charts as data URIs, every text escaped, its tables set to fit the text's column on
screen and the page's width in print. Kept apart from ``render`` as the docx renderer is;
it walks the summary in the same order as every renderer."""

from __future__ import annotations

import base64
import html
import re

import pandas as pd

from qualcode.export.cells import FIGURE_RUN, bound_percent, in_order, xml_text
from qualcode.export.hyphens import web_header
from qualcode.export.render import _counts, _figure_columns, _rows, page_table
from qualcode.export.render_docx import KEEP_WHOLE
from qualcode.export.summary import Summary

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
    # unless names go down its side (themes by role): they get room to read in a few lines
    ".wide .named th:first-child{width:18em}"
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
    "td,th{overflow-wrap:break-word}.fit table{max-width:100%}"
    # a first column as wide as its longest word (_first_room), where 8.5em is not: on
    # screen the table scrolls and breaks no word, and the themes' headers keep the room
    ".wide th:first-child{width:var(--first,8.5em)}"
    ".bk{overflow-wrap:break-word}.bk>span{display:inline-block}"
    # a heading goes to the next page with what it heads, and a quote, a chart or a table
    # row stays whole: printed, the demo's consensus summary ended three pages on
    # "Representativa citat" with its quotes overleaf, and the English one its first page on
    # the sentence explaining the table overleaf (render43); that note now stands under its
    # table and goes with it, as in the Word file (Section.blocks)
    "h1,h2,h3{break-after:avoid}.note{break-before:avoid}"
    "blockquote,img,tr{break-inside:avoid}"
    # a short table goes overleaf whole, as in the Word file: the consensus summary broke
    # "Efter kommun" after its first row, its other two rows overleaf (render44)
    "table.short{break-inside:avoid}}"
)
# a word this long in a table cell is a name made of parts (a file, a key), not a word
# (a name of parts: a token of 20 characters or more holding an underscore, a dot or a slash)
_LONG_TOKEN = re.compile(r"(?=[^\s<>]*[_./])[^\s<>]{20,}")
# a name's piece up to and with its join: a line may break after "_", "." or "/"
_PIECE = re.compile(r"[^_./]*[_./]+|[^_./]+")
# a table is set wide when a header is longer than this many characters and it has at
# least _WIDE_COLUMNS columns after the first: one or two themes fit the text column, and a
# two-column table stretched across the window (a consensus with one theme) read as a bar
_WIDE_HEADER = 24
_WIDE_COLUMNS = 3
# a wide table whose first column holds mostly texts longer than this (themes' names, not
# participants' "IP3" above a last row's "Participants who voiced it") gives it room
# (render44)
_NAMED = 24


def _nowrap(escaped: str) -> str:
    """Escaped text with its dates and spans of figures in no-wrap spans: a browser breaks
    "2026-12-02" at a hyphen in a narrow cell, as LibreOffice did in the appendix; and a
    figure's percent sign bound to it ("4,5 %" broke before its sign in print)."""
    spans = FIGURE_RUN.sub(lambda found: f"<span class='nb'>{found.group()}</span>", escaped)
    return bound_percent(spans)


def _breakable(escaped: str) -> str:
    """Escaped text whose long names ("handlingsplan_for_arbetsmiljon_2031.txt") are set
    as pieces, each ending at a join ("_", ".", "/") and printed as an inline block, so a
    line may break between them (a span, not <wbr>: the page holds no tag but the ones it
    needs) and a printed table's column need not be as wide as the whole name, while the
    words beside it keep whole. Breaking such a name anywhere let the browser squeeze its
    column to a few letters: the demo's appendix printed "Kommun_C" / "_01_socials" /
    "ekreterare" (render44); a piece still wider than its column breaks where it must."""

    def parts(found: re.Match[str]) -> str:
        pieces = _PIECE.findall(found.group())
        return "<span class='bk'>" + "".join(f"<span>{p}</span>" for p in pieces) + "</span>"

    return _LONG_TOKEN.sub(parts, escaped)


def _esc(text: object) -> str:
    """Text for the page: escaped, without what XML cannot hold or what would reorder it."""
    return html.escape(in_order(xml_text(str(text))))


def _html_table(frame: pd.DataFrame, lang: str) -> str:
    if frame.empty:
        return ""
    esc = _esc
    rows = _rows(frame, lang)
    numeric = _figure_columns(frame, rows, lang)
    wide = len(frame.columns) > _WIDE_COLUMNS and any(
        len(str(c)) > _WIDE_HEADER for c in frame.columns[1:]
    )
    names = [web_header(str(c), len(frame.columns)) if wide else str(c) for c in frame.columns]
    named = wide and 2 * sum(len(row[0]) > _NAMED for row in rows) > len(rows)
    room = _first_room(rows) if wide and not named else None
    head = "".join(
        f"<th scope='col' class='n'>{esc(c)}</th>"
        if n
        else f"<th scope='col'{room if i == 0 and room else ''}>{esc(c)}</th>"
        for i, (c, n) in enumerate(zip(names, numeric, strict=True))
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
    kinds = ["short"] if len(rows) <= KEEP_WHOLE else []
    if named:  # long names
        kinds.append("named")
    kind = f" class='{' '.join(kinds)}'" if kinds else ""
    table = f"<table{kind}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<div class='{'wide' if wide else 'fit'}'>{table}</div>"


def _first_room(rows: list[list[str]]) -> str | None:
    """A width for a wide table's first column that holds its longest word, where 8.5em
    does not: printed, the English demo's "Themes by role" broke "head of administratio"
    / "n (n=2)" and "union representativ" / "e", the column set for "IP3" and short roles
    (render45). About three quarters of an em a letter, headers and cells' sizes and
    padding counted; no wider than a column of long names (18em), where a file's name
    breaks at its joins instead."""
    longest = max((len(word) for row in rows for word in row[0].split()), default=0)
    width = min(18.0, 0.75 * longest + 2)
    return f" style='--first:{width:g}em'" if width > 8.5 else None


def html_summary(summary: Summary) -> bytes:
    """Every piece of text goes through ``html.escape`` (quotes too, for attributes), and
    the page loads nothing: the style is inline and the charts are data URIs."""
    lang = summary.lang
    esc = _esc

    parts = [
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{esc(summary.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{esc(summary.title)}</h1><p><em>{esc(summary.label('layer'))}: "
        f"{esc(summary.layer)}</em></p>",
    ]
    for section in summary.sections:
        parts.append(f"<h2>{esc(section.heading)}</h2>")
        for block in section.blocks():  # the table, then its note (Section.blocks)
            if isinstance(block, str):  # printed, the note stays with the table above it
                note = " class='note'" if section.table is not None else ""
                parts.append(f"<p{note}>{_nowrap(esc(block))}</p>")
            else:
                parts.append(_html_table(page_table(section.key, block, summary), lang))
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
                said = esc(q.text)
                if q.text_lang and q.text_lang != lang:  # read and hyphenated in its own
                    said = f"<span lang='{esc(q.text_lang)}'>{said}</span>"
                parts.append(
                    f"<blockquote>{said}<span class='src'>— {esc(q.source(lang))}"
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
            # headed as in the Word file: printed, the table went overleaf whole and stood
            # under no heading, eight columns a reader could not place (render45)
            heading = f"<h2>{esc(summary.label('appendix'))}</h2>"
            parts.append(heading + _html_table(summary.decisions, lang))
    parts.append("</body></html>")
    return "".join(parts).encode("utf-8")

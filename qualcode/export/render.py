"""Render a ``Summary`` to .md, .html, .xlsx or .docx; the suffix chooses the format."""

from __future__ import annotations

import base64
import html
from pathlib import Path

import pandas as pd

from qualcode.errors import ValidationError
from qualcode.export.summary import Summary

FORMATS = (".md", ".html", ".xlsx", ".docx")


def write_summary(summary: Summary, path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"{path.name}: choose one of {', '.join(FORMATS)}")
    writers = {".md": _markdown, ".html": _html, ".xlsx": _xlsx, ".docx": _docx}
    writers[suffix](summary, path)
    return path


def _md_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return ""
    frame = (
        frame.reset_index()
        if frame.index.name or not isinstance(frame.index, pd.RangeIndex)
        else frame
    )
    head = "| " + " | ".join(str(c) for c in frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    rows = [
        "| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)
    ]
    return "\n".join([head, rule, *rows])


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "undefined" if pd.isna(value) else f"{value:.3f}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _markdown(summary: Summary, path: Path) -> None:
    lines = [f"# {summary.title}", "", f"*{summary.label('layer')}: {summary.layer}*", ""]
    for theme in summary.themes:
        lines += [
            f"## {theme.name}",
            "",
            f"**{summary.label('definition')}.** {theme.definition}",
            "",
            f"{theme.codings} {summary.label('codings')}, {theme.words} "
            f"{summary.label('words')}, {theme.documents} {summary.label('documents')}.",
            "",
        ]
        if theme.chart_png:
            chart = path.with_name(f"{path.stem}_{theme.key}.png")
            chart.write_bytes(theme.chart_png)
            lines += [f"![{theme.name}]({chart.name})", ""]
        for attr, frame in theme.by_attribute.items():
            lines += [f"### {summary.label('by', attr=attr)}", "", _md_table(frame), ""]
        if theme.quotes:
            lines += [f"### {summary.label('quotes')}", ""]
            for quote in theme.quotes:
                lines.append(f"> {quote.text}\n>\n> — {quote.source}")
                if quote.memo:
                    lines.append(f">\n> *{summary.label('memo')}: {quote.memo}*")
                lines.append("")
    if summary.agreement is not None:
        lines += [f"## {summary.label('agreement')}", "", _md_table(summary.agreement), ""]
    if summary.methods:
        lines += [f"### {summary.label('methods')}", "", summary.methods, ""]
    if summary.decisions is not None and not summary.decisions.empty:
        lines += [f"## {summary.label('decisions')}", "", _md_table(summary.decisions), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _html(summary: Summary, path: Path) -> None:
    esc = html.escape
    parts = [
        f"<!DOCTYPE html><html lang='{summary.lang}'><head><meta charset='utf-8'>",
        f"<title>{esc(summary.title)}</title><style>body{{font-family:sans-serif;"
        "max-width:60em;margin:2em auto;line-height:1.5}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.2em .5em}blockquote{border-left:4px solid"
        " #0072B2;margin-left:0;padding-left:1em;color:#333}</style></head><body>",
        f"<h1>{esc(summary.title)}</h1><p><em>{esc(summary.label('layer'))}: "
        f"{esc(summary.layer)}</em></p>",
    ]
    for theme in summary.themes:
        parts.append(
            f"<h2>{esc(theme.name)}</h2><p><strong>{esc(summary.label('definition'))}"
            f".</strong> {esc(theme.definition)}</p><p>{theme.codings} "
            f"{esc(summary.label('codings'))}, {theme.words} "
            f"{esc(summary.label('words'))}, {theme.documents} "
            f"{esc(summary.label('documents'))}.</p>"
        )
        if theme.chart_png:
            data = base64.b64encode(theme.chart_png).decode()
            parts.append(f"<img alt='{esc(theme.name)}' src='data:image/png;base64,{data}'>")
        for attr, frame in theme.by_attribute.items():
            parts.append(
                f"<h3>{esc(summary.label('by', attr=attr))}</h3>" + frame.to_html(border=0)
            )
        if theme.quotes:
            parts.append(f"<h3>{esc(summary.label('quotes'))}</h3>")
            for q in theme.quotes:
                memo = f"<br><em>{esc(q.memo)}</em>" if q.memo else ""
                parts.append(f"<blockquote>{esc(q.text)}<br>— {esc(q.source)}{memo}</blockquote>")
    if summary.agreement is not None:
        parts.append(
            f"<h2>{esc(summary.label('agreement'))}</h2>"
            + summary.agreement.to_html(border=0, na_rep="undefined", float_format="{:.3f}".format)
        )
    if summary.methods:
        parts.append(f"<h3>{esc(summary.label('methods'))}</h3><p>{esc(summary.methods)}</p>")
    if summary.decisions is not None and not summary.decisions.empty:
        parts.append(
            f"<h2>{esc(summary.label('decisions'))}</h2>"
            + summary.decisions.to_html(border=0, index=False)
        )
    parts.append("</body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def _xlsx(summary: Summary, path: Path) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in summary.tables().items():
            index = not isinstance(frame.index, pd.RangeIndex)
            frame.to_excel(writer, sheet_name=name[:31], index=index)


def _docx(summary: Summary, path: Path) -> None:
    import io

    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.add_heading(summary.title, level=0)
    document.add_paragraph(f"{summary.label('layer')}: {summary.layer}").italic = True
    for theme in summary.themes:
        document.add_heading(theme.name, level=1)
        para = document.add_paragraph()
        para.add_run(f"{summary.label('definition')}. ").bold = True
        para.add_run(theme.definition)
        document.add_paragraph(
            f"{theme.codings} {summary.label('codings')}, {theme.words} "
            f"{summary.label('words')}, {theme.documents} "
            f"{summary.label('documents')}."
        )
        if theme.chart_png:
            document.add_picture(io.BytesIO(theme.chart_png), width=Inches(5.5))
        for attr, frame in theme.by_attribute.items():
            document.add_heading(summary.label("by", attr=attr), level=2)
            _docx_table(document, frame)
        if theme.quotes:
            document.add_heading(summary.label("quotes"), level=2)
            for q in theme.quotes:
                document.add_paragraph(q.text, style="Quote")
                document.add_paragraph(f"— {q.source}" + (f" ({q.memo})" if q.memo else ""))
    if summary.agreement is not None:
        document.add_heading(summary.label("agreement"), level=1)
        _docx_table(document, summary.agreement)
    if summary.methods:
        document.add_heading(summary.label("methods"), level=2)
        document.add_paragraph(summary.methods)
    if summary.decisions is not None and not summary.decisions.empty:
        document.add_heading(summary.label("decisions"), level=1)
        _docx_table(document, summary.decisions)
    document.save(str(path))


def _docx_table(document: object, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    frame = frame.reset_index() if not isinstance(frame.index, pd.RangeIndex) else frame
    table = document.add_table(rows=1, cols=len(frame.columns))  # type: ignore[attr-defined]
    table.style = "Light Grid Accent 1"
    for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
        cell.text = str(name)
    for row in frame.itertuples(index=False):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = _cell(value)

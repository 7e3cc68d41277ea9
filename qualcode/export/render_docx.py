"""The theme summary as a Word document: headings, tables whose headers fit, charts and
quotes; its tables are set so that no header word is broken (measured, not guessed)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from qualcode.export.cells import xml_text
from qualcode.export.render import _counts, _rows
from qualcode.export.summary import Summary


def docx_summary(summary: Summary) -> bytes:
    """python-docx escapes markup itself; control characters XML cannot hold are dropped
    (``x``) so that a stray one in a memo does not end the export in a traceback."""
    import io

    import docx
    from docx.shared import Inches, Pt

    lang, x = summary.lang, xml_text
    document = docx.Document()
    for part in document.sections:  # 1-inch margins: 6.5 inches for tables, as journals set
        part.left_margin = part.right_margin = Inches(1)
    document.core_properties.title = x(summary.title)
    document.core_properties.language = lang
    document.add_heading(x(summary.title), level=0)
    layer = document.add_paragraph().add_run(x(f"{summary.label('layer')}: {summary.layer}"))
    layer.italic = True
    for section in summary.sections:
        document.add_heading(x(section.heading), level=1)
        if section.text:
            document.add_paragraph(x(section.text))
        if section.table is not None:
            _docx_table(document, section.table, lang)
    for theme in summary.themes:
        document.add_heading(x(theme.name), level=1)
        para = document.add_paragraph()
        para.add_run(f"{summary.label('definition')}. ").bold = True
        para.add_run(x(theme.definition))
        for memo in theme.memos:
            document.add_paragraph().add_run(x(f"{summary.label('memo')}: {memo}")).italic = True
        document.add_paragraph(x(_counts(summary, theme)))
        if theme.chart_png:
            document.add_picture(io.BytesIO(theme.chart_png), width=Inches(5.5))
        for attr, frame in theme.by_attribute.items():
            document.add_heading(x(summary.label("by", attr=summary.attribute(attr))), level=2)
            _docx_table(document, frame, lang)
        if theme.quotes:
            document.add_heading(summary.label("quotes"), level=2)
            for q in theme.quotes:
                # a quote keeps its citation (and the original) on its page
                quoted = document.add_paragraph(x(q.text), style="Quote")
                quoted.paragraph_format.keep_with_next = True
                cited = document.add_paragraph(x(f"— {q.source(lang)}"))
                cited.paragraph_format.keep_with_next = bool(q.original)
                if q.original:  # the words as said, for a co-author to check the translation
                    said = document.add_paragraph().add_run(
                        x(f"{summary.label('original')}: {q.original}")
                    )
                    said.font.size = Pt(9)
                for memo in q.memos:
                    document.add_paragraph().add_run(
                        x(f"{summary.label('memo')}: {memo}")
                    ).italic = True
    if summary.agreement is not None:
        document.add_heading(summary.label("agreement"), level=1)
        _docx_table(document, summary.agreement, lang)
    if summary.methods:
        document.add_heading(summary.label("methods"), level=2)
        document.add_paragraph(x(summary.methods))
    if summary.decisions_brief:
        document.add_heading(summary.label("decisions"), level=1)
        document.add_paragraph(x(summary.decisions_brief))
        if summary.decisions is not None and not summary.decisions.empty:
            # eight columns of passages, names and rationales do not fit a portrait page
            # without breaking words: the appendix gets landscape pages of its own
            from docx.enum.section import WD_ORIENT, WD_SECTION

            wide = document.add_section(WD_SECTION.NEW_PAGE)
            wide.orientation = WD_ORIENT.LANDSCAPE
            wide.page_width, wide.page_height = wide.page_height, wide.page_width
            document.add_heading(summary.label("appendix"), level=1)
            width = (wide.page_width - wide.left_margin - wide.right_margin) / Inches(1)
            _docx_table(document, summary.decisions, lang, total=width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_table(document: Any, frame: pd.DataFrame, lang: str, total: float = 6.5) -> None:
    if frame.empty:
        return
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches

    rows = _rows(frame, lang)
    table = document.add_table(rows=1, cols=len(frame.columns))
    table.style = "Light Grid Accent 1"
    table.autofit = False
    header = table.rows[0]
    repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    # a crowded table (its longest words alone need more than the page's width) is set
    # smaller, down to 7 pt, so that no header word is broken
    size = next((pt for pt in (9, 8) if _widths(frame, rows, pt, total)[1]), 7)
    for cell, name in zip(header.cells, frame.columns, strict=True):
        _docx_cell(cell, str(name), size)
    for row in rows:
        line = table.add_row()
        line._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays whole
        for cell, value in zip(line.cells, row, strict=True):
            _docx_cell(cell, value, size)
    for column, inches in zip(table.columns, _widths(frame, rows, size, total)[0], strict=True):
        for cell in column.cells:  # Word reads the cells' widths, LibreOffice the grid's
            cell.width = Inches(inches)
        column.width = Inches(inches)
    document.add_paragraph()  # a table directly followed by a heading runs into it


def _docx_cell(cell: Any, text: str, size: int = 9) -> None:
    from docx.shared import Pt

    cell.text = xml_text(text)
    for run in cell.paragraphs[0].runs:
        run.font.size = Pt(size)


_PADDING = 0.2  # inches of a cell's left and right margins, with a little to spare


@lru_cache(maxsize=4096)
def _inches(text: str, size: int, bold: bool) -> float:
    """How wide ``text`` is set at ``size`` points, measured with DejaVu Sans (what
    LibreOffice puts in for Calibri; wider than Calibri, so Word has room to spare)."""
    from matplotlib import font_manager, ft2font

    weight = "bold" if bold else "normal"
    font = ft2font.FT2Font(
        font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight=weight))
    )
    font.set_size(size, 72)
    font.set_text(text)
    return float(font.get_width_height()[0]) / 64 / 72


def _widths(
    frame: pd.DataFrame, rows: list[list[str]], size: int = 9, total: float = 6.5
) -> tuple[list[float], bool]:
    """Column widths in inches at ``size`` points, and whether every column is at least as
    wide as its longest word (no number or header word is broken); what is left goes to
    the columns of long text (theme names, rationales) in proportion to how much they
    would otherwise wrap."""
    floors, extra = [], []
    for i, name in enumerate(frame.columns):
        cells = [r[i] for r in rows]
        first = i == 0  # the table style sets the first column in bold
        words = [_inches(w, size, first) for text in cells for w in text.split()]
        words += [_inches(w, size, True) for w in str(name).split()]
        floor = max(words or [0.0]) + _PADDING
        floors.append(floor)
        # a long header asks for room too: three lines of it, not five
        header = _inches(str(name), size, True) / 3
        longest = max([_inches(c, size, first) for c in cells] + [header])
        extra.append(max(longest + _PADDING - floor, 0))
    spare = total - sum(floors)
    if spare <= 0 or not sum(extra):
        scale = total / sum(floors)
        return [round(f * scale, 2) for f in floors], spare >= 0
    share = min(1.0, spare / sum(extra))
    widths = [f + e * share for f, e in zip(floors, extra, strict=True)]
    scale = total / sum(widths)
    return [round(w * scale, 2) for w in widths], True

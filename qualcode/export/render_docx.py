"""The theme summary as a Word document: headings, tables whose headers fit, charts and
quotes; its tables are set so that no header word is broken (measured, not guessed)."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from qualcode.export.cells import bound_percent, figure_pieces, page_text
from qualcode.export.docx_page import run_language, titled_document
from qualcode.export.docx_widths import (
    PADDING,
    column_widths,
    numeric_columns,
    shared_evenly,
    text_inches,
)
from qualcode.export.hyphens import SOFT, hyphenated
from qualcode.export.labels import label
from qualcode.export.render import _counts, _rows, page_table
from qualcode.export.summary import Quote, Summary

# a table of at most this many rows (a page of them, wrapped) is kept on one page
KEEP_WHOLE = 15


def docx_summary(summary: Summary) -> bytes:
    """python-docx escapes markup itself; control characters XML cannot hold are dropped
    (``x``) so that a stray one in a memo does not end the export in a traceback."""
    import io

    from docx.shared import Inches

    lang, x = summary.lang, page_text
    document = titled_document(summary.title, lang)
    layer = document.add_paragraph().add_run(x(f"{summary.label('layer')}: {summary.layer}"))
    layer.italic = True
    for section in summary.sections:
        document.add_heading(x(section.heading), level=1)
        # the table under its heading, its note under the table and kept with it
        # (Section.blocks, every format's order; _docx_table)
        blocks, placed = section.blocks(), False
        for n, block in enumerate(blocks):
            if isinstance(block, str):
                _unbroken(_noted(document, placed), block)
                if placed:
                    document.add_paragraph()
            else:
                table = page_table(section.key, block, summary)
                placed = _docx_table(document, table, lang, noted=n + 1 < len(blocks))
    for theme in summary.themes:
        document.add_heading(x(theme.name), level=1)
        para = document.add_paragraph()
        para.add_run(f"{summary.label('definition')}. ").bold = True
        para.add_run(x(theme.definition))
        for memo in theme.memos:
            document.add_paragraph().add_run(x(f"{summary.label('memo')}: {memo}")).italic = True
        _unbroken(document.add_paragraph(), _counts(summary, theme))
        for attr, frame in theme.by_attribute.items():
            document.add_heading(x(summary.label("by", attr=summary.attribute(attr))), level=2)
            panel = theme.panels.get(attr)
            placed = _docx_table(document, frame, lang, noted=panel is not None)
            if panel is not None:  # the bars under the table they draw
                _panel(_noted(document, placed), panel)
                if placed:
                    document.add_paragraph()
        if theme.quotes:
            document.add_heading(summary.label("quotes"), level=2)
            for n, q in enumerate(theme.quotes):
                _quote(document, q, summary, whole=n > 0)
                for memo in q.memos:
                    document.add_paragraph().add_run(
                        x(f"{summary.label('memo')}: {memo}")
                    ).italic = True
    if summary.agreement is not None:
        document.add_heading(summary.label("agreement"), level=1)
        _docx_table(document, summary.agreement, lang)
    if summary.methods:
        document.add_heading(summary.label("methods"), level=2)
        _unbroken(document.add_paragraph(), summary.methods)
    if summary.decisions_brief:
        document.add_heading(summary.label("decisions"), level=1)
        _unbroken(document.add_paragraph(), summary.decisions_brief)
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


def _quote(document: Any, q: Quote, summary: Summary, whole: bool) -> None:
    """A quote, its citation and the original it was translated from, as one paragraph
    parted by line breaks. As three paragraphs kept with the next, LibreOffice (7.4) left
    a theme's "Quotes" heading alone at a page's foot (render46): it pulls back one
    paragraph that keeps with the next, never a chain. One paragraph split like any other
    (widow control keeps two lines on each page) keeps the heading with the quote's first
    lines, and the citation under its words. A later quote (``whole``) goes to the next
    page whole rather than leave its last words there: the heading stands above the
    first."""
    from docx.shared import Pt

    lang, x = summary.lang, page_text
    quoted = document.add_paragraph(style="Quote")
    quoted.paragraph_format.keep_together = True if whole else None
    words = quoted.add_run(x(q.text))
    if q.text_lang and q.text_lang != lang:  # spelt as said, in its language
        run_language(words, q.text_lang)
    quoted.add_run().add_break()
    quoted.add_run(x(f"— {q.source(lang)}")).italic = False  # upright, as a byline
    if q.original:  # the words as said, for a co-author to check the translation
        quoted.add_run().add_break()
        for piece in (f"{summary.label('original')}: ", q.original):
            run = quoted.add_run(x(piece))
            run.italic, run.font.size = False, Pt(9)
        if q.original_lang:
            run_language(run, q.original_lang)


def _panel(pictured: Any, panel: tuple[str, pd.Series, float]) -> None:
    """One attribute's bars in ``pictured``, the paragraph under its table, a small picture
    of its own. The theme's one chart of every panel (5.3 inches tall in the demo) went to
    the next page whole wherever the definition left less room, and left a third of the
    page before it empty; a panel is half that, and stands beside the table it draws."""
    import io

    from docx.shared import Inches

    from qualcode.export.charts import attribute_chart

    heading, counts, top = panel
    png = attribute_chart({heading: counts}, None, {heading: top}, bar=0.24)
    pictured.add_run().add_picture(io.BytesIO(png), width=Inches(5.5))


def _noted(document: Any, placed: bool) -> Any:
    """The paragraph under a table, a little apart from it, for its note or its bars: the
    table's last row keeps with it (``_docx_table(noted=True)``)."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    if placed:
        paragraph.paragraph_format.space_before = Pt(4)
    return paragraph


def _docx_table(
    document: Any, frame: pd.DataFrame, lang: str, total: float = 6.5, noted: bool = False
) -> bool:
    """``frame`` as a table, if it has rows (whether it did is returned). A table stands
    right under its heading, and what explains or draws it (``noted``: the sentence on how
    to read it, a theme's bars) under it, its last row kept with that paragraph. Above
    it, as a paragraph kept with the table, the sentence or the bars left their heading
    alone at a page's foot in LibreOffice (7.4), which pulls a heading along with one kept
    paragraph, never a chain: the demo's Swedish summary, moved down a line at a time,
    ended pages on "Efter kommun" and "Teman per roll" (render46)."""
    if frame.empty:
        return False
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
    size = next((pt for pt in (9, 8) if column_widths(frame, rows, pt, total)[1]), 7)
    counts = numeric_columns(rows, len(frame.columns), label(lang, "undefined"))
    widths = shared_evenly(column_widths(frame, rows, size, total)[0], counts, frame, rows, size)
    # every row's cells as made: a column's cells asked of the table afterwards walked
    # the whole table once per column (0.2 s CPU for a matrix of 1,000 participants)
    grid = [header.cells]
    for i, (cell, name) in enumerate(zip(grid[0], frame.columns, strict=True)):
        _docx_cell(cell, hyphenated(str(name), widths[i] - PADDING, size), size, centre=i in counts)
    for row in rows:
        line = table.add_row()
        line._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays whole
        grid.append(line.cells)
        for i, (cell, value) in enumerate(zip(grid[-1], row, strict=True)):
            value = _breakable(value, widths[i] - PADDING, size, i == 0)
            _docx_cell(cell, value, size, centre=i in counts)
    if len(rows) <= KEEP_WHOLE:
        _keep_whole(table)
    if noted:
        _keep_with_next(table.rows[-1])
    for i, (column, inches) in enumerate(zip(table.columns, widths, strict=True)):
        for cells in grid:  # Word reads the cells' widths, LibreOffice the grid's
            cells[i].width = Inches(inches)
        column.width = Inches(inches)
    if not noted:  # a table directly followed by a heading runs into it
        document.add_paragraph()
    return True


def _keep_whole(table: Any) -> None:
    """A short table goes to the next page whole (with its heading, which keeps with the
    next paragraph) instead of breaking after its first rows: every row but the last keeps
    with the next. Beside reading better, this keeps LibreOffice (7.4) from losing rows:
    the agreement table at the foot of a page showed its first code and nothing more, the
    other codes and the overall row gone from the PDF, where a header row that repeats and
    rows that may not split met a page break."""
    for row in table.rows[:-1]:
        _keep_with_next(row)


def _keep_with_next(row: Any) -> None:
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


BREAK_AFTER = "\u200b"  # a zero-width space: Word and LibreOffice may break a line there
JOINED = re.compile(r"\S*_\S*")  # a name of parts joined by "_" ("handlingsplan_arbetsmiljo_ifo")


def _breakable(text: str, room: float, size: int, bold: bool) -> str:
    """A joined name wider than its column may break after each "_": in "Themes by
    document" a policy's file name broke mid-word ("handlingsplan_arbet" / "smiljo_ifo")
    beside four themes' columns. A name that fits is written as it is."""

    def parts(found: re.Match[str]) -> str:
        name = found[0]
        if text_inches(name, size, bold) <= room:
            return name
        return re.sub(r"_(?=\S)", "_" + BREAK_AFTER, name)

    return JOINED.sub(parts, text) if "_" in text else text


def _docx_cell(cell: Any, text: str, size: int = 9, centre: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    for run in _unbroken(cell.paragraphs[0], text):  # a new cell: one empty paragraph
        run.font.size = Pt(size)
    if centre:  # a count under a theme's name: centred under its header, not at the left
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _unbroken(paragraph: Any, text: str) -> list[Any]:
    """Write ``text`` into ``paragraph`` with its figure runs (``cells.FIGURE_RUN``) and a
    figure's percent sign (``cells.bound_percent``) on one line: a hyphen as Word's
    non-breaking hyphen (read back as "-"), a dash between word joiners; LibreOffice broke
    a date in a squeezed column as "2026-12-" over "02". The
    words between go in as ``add_run`` writes them, a line break as ``w:br`` and a tab as
    ``w:tab``: added to ``w:t`` as they stand, a rationale's lines showed as one."""
    from docx.oxml import OxmlElement

    runs = []
    for piece, figure in figure_pieces(bound_percent(page_text(text))):
        if not figure and SOFT in piece:  # a header's optional hyphens, as Word writes them
            run = paragraph.add_run()
            for n, part in enumerate(piece.split(SOFT)):
                if n:
                    run._r.append(OxmlElement("w:softHyphen"))
                run.add_text(part)
            runs.append(run)
            continue
        if not figure:
            runs.append(paragraph.add_run(piece))
            continue
        run = paragraph.add_run()
        for part in re.split("(-)", piece):
            if part == "-":
                run._r.append(OxmlElement("w:noBreakHyphen"))
            elif part:
                run.add_text(part.replace("–", "\u2060–\u2060"))
        runs.append(run)
    return runs

"""The text of a Word document's body, as the reader of the document sees it.

python-docx's ``Paragraph.text`` reads only the runs that are a paragraph's own children
(and a hyperlink's), and a document's or a cell's blocks only when they are its own
children. Word wraps runs and paragraphs in more than that: a tracked insertion left
unaccepted (``w:ins``: a transcript proofread with track changes on), a content control
(``w:sdt``: municipal templates fill them), a smart tag, a simple field, a table inside a
table's cell. Their text was dropped without a word (red team, round 7). Here every run
the document shows is read, in order; what it does not show (a tracked deletion, text
moved away, hidden text, the other branch of a markup-compatibility choice) is not.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_RPR, _VANISH, _VAL = qn("w:rPr"), qn("w:vanish"), qn("w:val")
# never shown as text: tracked deletions, text moved away, properties
_HIDDEN = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:tblPr"))
_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def body_parts(body: Any) -> list[str]:
    """Paragraphs and table rows in the order the document has them, a table row's cells
    tab-separated: a plan's table of actions stays under the paragraph that introduces
    it."""
    parts: list[str] = []
    for block in _blocks(body):
        if block.tag == _TBL:
            parts += [_row_text(row) for row in _rows(block)]
        else:
            parts.append(paragraph_text(block))
    return parts


def paragraph_text(p: Any) -> str:
    """A paragraph's runs as python-docx renders each (tabs, line breaks, hyphens), with
    the runs inside insertions, content controls, smart tags and fields; a text box's own
    paragraphs (inside a run's drawing) stay out, as python-docx leaves them."""
    runs = _inside(p, {_R}, stop={_P, _TBL})
    return "".join(run.text for run in runs if not _hidden(run))


def _hidden(run: Any) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not show or print,
    as the .rtf reader leaves out ``\\v``."""
    vanish = run.find(f"{_RPR}/{_VANISH}")
    return vanish is not None and vanish.get(_VAL, "true") not in ("0", "false", "off")


def _row_text(row: Any) -> str:
    """A row's cells tab-separated, each cell once, where it is in the file: a cell
    merged across columns (``w:gridSpan``) or down rows (``w:vMerge``) is written where it
    starts (python-docx's ``row.cells`` repeated it for every column and row it spans)."""
    return "\t".join(_cell_text(tc) for tc in _inside(row, {_TC}))


def _cell_text(tc: Any) -> str:
    """A cell's paragraphs one a line, a table inside it row by row."""
    lines: list[str] = []
    for block in _blocks(tc):
        if block.tag == _TBL:
            lines += [_row_text(row) for row in _rows(block)]
        else:
            lines.append(paragraph_text(block))
    return "\n".join(lines)


def _blocks(container: Any) -> list[Any]:
    """The paragraphs and tables of a body or cell, also those inside content controls."""
    return _inside(container, {_P, _TBL})


def _rows(table: Any) -> list[Any]:
    return _inside(table, {_TR}, stop={_TC, _TBL})


def _inside(element: Any, wanted: set[str], stop: set[str] | None = None) -> list[Any]:
    """The ``wanted`` elements under ``element`` in document order, looking through any
    wrapper (w:ins, w:sdt and its w:sdtContent, w:smartTag, w:customXml, w:fldSimple,
    w:hyperlink) but not into a wanted one, a ``stop`` one (a table's rows are not those
    of a table in its cells) nor into what the document does not show."""
    found: list[Any] = []
    stack = list(reversed(element))
    while stack:
        child = stack.pop()
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN or (stop and tag in stop):
            continue  # comments and processing instructions, deletions
        if tag in wanted:
            found.append(child)
        elif tag == _CHOICE:  # one branch is shown: the first (Word's own choice)
            branches = [c for c in child if isinstance(c.tag, str)]
            stack.extend(reversed(branches[0] if branches else []))
        else:
            stack.extend(reversed(child))
    return found

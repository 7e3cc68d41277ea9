"""The text of a Word document's body, as the reader of the document sees it.

python-docx's ``Paragraph.text`` reads only the runs that are a paragraph's own children
(and a hyperlink's), and a document's or a cell's blocks only when they are its own
children. Word wraps runs and paragraphs in more than that: a tracked insertion left
unaccepted (``w:ins``: a transcript proofread with track changes on), a content control
(``w:sdt``: municipal templates fill them), a smart tag, a simple field, a table inside a
table's cell. Their text was dropped without a word (red team, round 7). Here every run
the document shows is read, in order; what it does not show (a tracked deletion, text
moved away, hidden text, the other branch of a markup-compatibility choice) is not.

A text box (``w:txbxContent``: a pull quote, a fact box, a form's field, which Word keeps
inside a run's drawing, once as DrawingML and once more as VML in the fallback branch of
an ``mc:AlternateContent``) is read once, its paragraphs after those of the paragraph it is
anchored in, where a reader meets it. An inserted part (``w:altChunk``: a page pasted in as
HTML, plain text or another Word document, kept apart in the package) is read where it
stands, through ``chunk``; ``seen`` counts what was read so an import can say so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from docx.oxml.ns import qn

_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_RPR, _VANISH, _VAL = qn("w:rPr"), qn("w:vanish"), qn("w:val")
# never shown as text: tracked deletions, text moved away, properties
_HIDDEN = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:tblPr"))
_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_TXBX, _CHUNK, _RID = qn("w:txbxContent"), qn("w:altChunk"), qn("r:id")
# an inserted part's id -> its paragraphs, or None when it cannot be read
Chunks = Callable[[str], list[str] | None]


def body_parts(
    body: Any, chunk: Chunks | None = None, seen: Counter[str] | None = None
) -> list[str]:
    """Paragraphs and table rows in the order the document has them, a table row's cells
    tab-separated: a plan's table of actions stays under the paragraph that introduces
    it; a paragraph's text boxes after it and an inserted part where it stands."""
    seen = Counter() if seen is None else seen
    parts: list[str] = []
    for block in _inside(body, {_P, _TBL, _CHUNK}):
        if block.tag == _TBL:
            parts += [_row_text(row, chunk, seen) for row in _rows(block)]
        elif block.tag == _CHUNK:
            read = chunk(block.get(_RID, "")) if chunk is not None else None
            seen["chunks" if read is not None else "chunks_unread"] += 1
            parts += read or []
        else:
            parts.append(paragraph_text(block))
            parts += _boxes(block, chunk, seen)
    return parts


def _boxes(p: Any, chunk: Chunks | None, seen: Counter[str]) -> list[str]:
    """The text of the text boxes anchored in paragraph ``p``, box by box (one branch of
    each markup-compatibility choice, so a box is read once, not again from its VML)."""
    parts: list[str] = []
    for box in _inside(p, {_TXBX}, stop={_P, _TBL}):
        seen["text_boxes"] += 1
        parts += body_parts(box, chunk, seen)
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


def _row_text(row: Any, chunk: Chunks | None = None, seen: Counter[str] | None = None) -> str:
    """A row's cells tab-separated, each cell once, where it is in the file: a cell
    merged across columns (``w:gridSpan``) or down rows (``w:vMerge``) is written where it
    starts (python-docx's ``row.cells`` repeated it for every column and row it spans)."""
    seen = Counter() if seen is None else seen
    return "\t".join(_cell_text(tc, chunk, seen) for tc in _inside(row, {_TC}))


def _cell_text(tc: Any, chunk: Chunks | None, seen: Counter[str]) -> str:
    """A cell's paragraphs one a line (with their text boxes), a table inside it row by
    row."""
    return "\n".join(body_parts(tc, chunk, seen))


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

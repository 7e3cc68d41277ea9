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

from qualcode.ingest.docx_lists import ListLabels

_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_RPR, _VANISH, _VAL = qn("w:rPr"), qn("w:vanish"), qn("w:val")
_PPR, _PSTYLE, _RSTYLE = qn("w:pPr"), qn("w:pStyle"), qn("w:rStyle")
_OFF = ("0", "false", "off")
_FLDCHAR, _FLDTYPE = qn("w:fldChar"), qn("w:fldCharType")
# never shown as text: tracked deletions, text moved away, properties
_HIDDEN = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:tblPr"))
_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_TXBX, _CHUNK, _RID = qn("w:txbxContent"), qn("w:altChunk"), qn("r:id")
# an inserted part's id -> its paragraphs, or None when it cannot be read
Chunks = Callable[[str], list[str] | None]


def body_parts(
    body: Any,
    chunk: Chunks | None = None,
    seen: Counter[str] | None = None,
    labels: ListLabels | None = None,
) -> list[str]:
    """Paragraphs and table rows in the order the document has them, a table row's cells
    tab-separated: a plan's table of actions stays under the paragraph that introduces
    it; a paragraph's text boxes after it and an inserted part where it stands; a list
    item after the number or bullet Word draws before it (``labels``)."""
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
            text = paragraph_text(block)
            label = labels.label(block) if labels is not None else ""
            parts.append(f"{label} {text}" if label and text.strip() else text)
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
    return "".join(run.text for run in _shown_runs(runs) if not _hidden(run))


def _shown_runs(runs: list[Any]) -> list[Any]:
    """The runs outside a field's code (``w:fldChar`` begin .. separate): Word shows a
    field's result, not its instructions, but text there was read: ``{ IF 1 = 2 "{ QUOTE
    "Anna Berg" }" "" }`` shows nothing, and a nested field's result inside the code (or
    text a file put there) came into the transcript (red team, round 11). Fields nest; a
    field whose code runs past the paragraph's end hides the rest of the paragraph."""
    shown: list[Any] = []
    fields: list[bool] = []  # per open field: still in its code
    for run in runs:
        marks = run.findall(_FLDCHAR)
        if not any(fields) and not marks:
            shown.append(run)
        for mark in marks:
            kind = mark.get(_FLDTYPE)
            if kind == "begin":
                fields.append(True)
            elif kind == "separate" and fields:
                fields[-1] = False
            elif kind == "end" and fields:
                fields.pop()
    return shown


def _hidden(run: Any) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not show or print,
    as the .rtf reader leaves out ``\\v``."""
    vanish = run.find(f"{_RPR}/{_VANISH}")
    return vanish is not None and vanish.get(_VAL, "true") not in _OFF


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


def hide_styled(document: Any) -> None:
    """Mark as hidden (``w:vanish`` on the run, in memory) every run whose formatting hides
    it through a style, unless the run says otherwise itself: Word does not show text
    hidden through a style (a template's "Dold" notes style, a paragraph style for the
    transcriber's remarks) any more than text hidden directly, which alone was left out
    (red team, round 10). A run takes the style its paragraph names or, naming none (or
    one the file lacks), the document's default paragraph style ("Normal"); likewise its
    character style and its table's style; and under all of them the document's default
    run properties (``w:docDefaults``). A template whose "Normal" or defaults hide every
    paragraph that names no style of its own showed Word's reader only the interview
    written in another style, but all of it came into the transcript (red team, round 11).
    Hidden is a toggle (ECMA-376 17.7.3): each of these levels that hides turns the hiding
    over, so text hidden by its paragraph's style and again by its character style, or
    by the defaults and again by "Normal", is shown, as Word shows it, and a level's "not
    hidden" changes nothing; within one style's chain (``w:basedOn``) the nearest style
    that says either way says it. Round 11 kept text hidden twice out, and the lines Word
    shows were missing from the transcript (red team, round 12). A run's own ``w:vanish``
    is not a toggle: it says hidden or shown whatever the styles say."""
    try:
        styles = document.styles.element
    except (AttributeError, KeyError, ValueError):  # a package without a usable styles part
        return
    hide_styled_body(styles, document.element.body)


def hide_styled_body(styles: Any, body: Any) -> None:
    """``hide_styled`` on a body read apart (an inserted Word part) with ``styles``."""
    if styles is None or body is None:
        return
    hidden, default = _hiding_styles(styles)
    under = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{_RPR}/{_VANISH}")
    if under is not None and under.get(_VAL, "true") not in _OFF:
        hidden.add(_DOC_DEFAULTS)
    if not hidden:
        return
    from docx.oxml.parser import OxmlElement

    for run in body.iter(_R):
        if run.find(f"{_RPR}/{_VANISH}") is not None:
            continue  # the run's own word stands
        if sum(level in hidden for level in _levels(run, default)) % 2:
            run.get_or_add_rPr().append(OxmlElement("w:vanish"))


_DOC_DEFAULTS = ""  # no style's id: the document's default run properties
_TBLSTYLE = f"{qn('w:tblPr')}/{qn('w:tblStyle')}"


def _levels(run: Any, default: dict[str, Any]) -> list[str]:
    """The styles a run's formatting comes through, each once: the defaults, its character
    style, its paragraph's style, its table's (each named or the document's default of
    its kind; a kind with neither is no level)."""
    named = run.find(f"{_RPR}/{_RSTYLE}")
    levels = [_DOC_DEFAULTS, _named(named, "character", default)]
    paragraph = table = None
    for up in run.iterancestors(_P, _TBL, _TXBX):
        if up.tag == _P and paragraph is None:
            paragraph = up
        elif up.tag == _TBL and paragraph is not None:
            table = up
            break
        elif up.tag == _TXBX:  # a text box's paragraph sits in no table of its anchor's
            break
    if paragraph is not None:
        levels.append(_named(paragraph.find(f"{_PPR}/{_PSTYLE}"), "paragraph", default))
    if table is not None:
        levels.append(_named(table.find(_TBLSTYLE), "table", default))
    return [_DOC_DEFAULTS, *(level for level in levels[1:] if level != _DOC_DEFAULTS)]


def _named(mark: Any, kind: str, default: dict[str, Any]) -> str:
    """The style a mark names, or (none named, or one the file lacks) the default of its
    kind, or none beyond the document's defaults."""
    sid = mark.get(_VAL) if mark is not None else None
    return str(sid) if sid and sid in default.get("", ()) else default.get(kind, _DOC_DEFAULTS)


def _hiding_styles(styles: Any) -> tuple[set[str], dict[str, Any]]:
    """The ids of the styles that hide their text, themselves or through the style they
    are based on (a chain the file may make as long, or as circular, as it likes), and
    the default style of each kind (paragraph, character, table: the first marked so),
    with every style's id under ``""``."""
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    default: dict[str, Any] = {"": own}
    for style in styles.iter(qn("w:style")):
        sid = style.get(qn("w:styleId"))
        if not sid:
            continue
        kind = style.get(qn("w:type"), "paragraph")
        if style.get(qn("w:default"), "0") not in _OFF:
            default.setdefault(kind, sid)
        vanish = style.find(f"{_RPR}/{_VANISH}")
        own[sid] = None if vanish is None else vanish.get(_VAL, "true") not in _OFF
        parent = style.find(qn("w:basedOn"))
        if parent is not None and parent.get(_VAL):
            based[sid] = parent.get(_VAL)
    hidden = set()
    for sid in own:
        seen, at = set(), sid
        while at in own and own[at] is None and at in based and at not in seen:
            seen.add(at)
            at = based[at]
        if own.get(at):
            hidden.add(sid)
    return hidden, default


_FOOTNOTE, _FOOTNOTE_REF, _ID, _TYPE = (
    qn("w:footnote"),
    qn("w:footnoteReference"),
    qn("w:id"),
    qn("w:type"),
)


def footnotes(document: Any) -> list[str]:
    """A Word document's footnotes as paragraphs ("1 Uppgifterna kommer från ..."), numbered
    in the order the body refers to them, for after the body's text: python-docx reads no
    notes, so a plan's sources and reservations were dropped without a word while the same
    plan saved as PDF kept them (``pdf_layout``). Separators and notes the body never
    refers to are left out; a note's hidden runs too, as the body's."""
    from docx.oxml import parse_xml

    # a relation without a type, or to notes outside the file (TargetMode="External"),
    # holds nothing to read: each was an AttributeError or ValueError out of the import
    part = next(
        (
            r.target_part
            for r in document.part.rels.values()
            if not r.is_external and (r.reltype or "").endswith("/footnotes")
        ),
        None,
    )
    if part is None:
        return []
    notes = {
        note.get(_ID): note
        for note in parse_xml(part.blob).iter(_FOOTNOTE)
        if note.get(_TYPE) in (None, "normal")
    }
    order = dict.fromkeys(ref.get(_ID) for ref in document.element.body.iter(_FOOTNOTE_REF))
    found: list[str] = []
    for ref in order:
        if ref in notes:
            text = " ".join(paragraph_text(p) for p in notes[ref].iter(_P)).strip()
            found.append(f"{len(found) + 1} {text}")
    return found

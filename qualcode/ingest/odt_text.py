"""An OpenDocument text (.odt) read as a reader sees it: its reader, apart from
``formats.py``'s others because it is the longest of them (what LibreOffice hides, by
style, section, condition or field; runs of spaces held to the file's size).
"""

from __future__ import annotations

import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from qualcode.errors import IngestError
from qualcode.ingest.formats import require_zip
from qualcode.ingest.odt_styles import UNNAMED_PARAGRAPH, hidden_odt_styles
from qualcode.oneline import shown
from qualcode.zipguard import check_archive, read_member

if TYPE_CHECKING:
    # defusedxml parses into the standard library's elements; only their type is needed
    from xml.etree.ElementTree import Element

_ODT_READ = ("content.xml", "styles.xml")  # pictures beside them count toward no limit


def read_odt(path: Path, seen: Counter[str] | None = None) -> str:
    """An OpenDocument text's paragraphs and headings in reading order, a table's row as
    one line of tab-separated cells; what the writer hides, tracked deletions and comments
    left out, footnotes and endnotes after the text (as a .docx's), and a blacked-out run
    refused. ``seen`` counts the comments left out, for the import to say so."""
    import defusedxml.ElementTree as ET

    require_zip(path, ".odt")
    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, path.name, reads=lambda member: member in _ODT_READ)
            content = read_member(archive, "content.xml", path.name)
            named = b""  # the named styles ("Dold") the spans and paragraphs may use
            if "styles.xml" in archive.namelist():
                named = read_member(archive, "styles.xml", path.name)
    except KeyError:
        raise IngestError(f"{path.name}: not a readable .odt (no content.xml inside)") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise IngestError(f"{path.name}: not a readable .odt (damaged archive: {exc})") from None
    try:
        root = ET.fromstring(content)
    except Exception as exc:
        raise IngestError(f"{path.name}: broken content.xml ({exc})") from None
    try:
        roots = [root, ET.fromstring(named)] if named else [root]
    except Exception as exc:
        raise IngestError(f"{path.name}: broken styles.xml ({exc})") from None
    ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    paragraphs = (f"{ns}p", f"{ns}h")
    # never the document's text (as a .docx's comments and notes live in parts not read):
    # what track changes deleted, kept at the top for undoing, came back as the opening
    # paragraph (a name the transcriber struck); a comment's author, date and words were
    # pasted into the sentence it was made on; a footnote was read mid-sentence, and
    # comments and notes once more as paragraphs of their own (red team, round 7)
    hidden = (f"{ns}tracked-changes", f"{office}annotation", f"{ns}note")
    # and what the writer hides: a span or paragraph in a style with the Hidden effect, a
    # section shown as none, a paragraph a hidden-paragraph field hides (red team, round 10)
    unshown, styles = hidden_odt_styles(roots)
    from qualcode.ingest.blackout import refuse_blacked_out
    from qualcode.ingest.odt_blackout import blacked_out

    if painted := blacked_out(root, roots):
        raise refuse_blacked_out(path.name, painted)
    lines: list[str] = []
    budget = [len(content)]  # spaces the runs may still ask for

    def visible(node: Element) -> bool:
        named = node.get(f"{ns}style-name")
        if named in unshown or node.get(f"{ns}display") == "none":
            return False
        if node.get(f"{ns}display") == "condition" and _always(node.get(f"{ns}condition")):
            return False  # a section hidden on a condition that always holds ("1")
        if node.tag in paragraphs and named not in styles and UNNAMED_PARAGRAPH in unshown:
            return False  # in the default paragraph style (none named, or one not there)
        if node.tag == f"{ns}hidden-text":  # a field hiding its words while its condition holds
            return node.get(f"{ns}is-hidden") != "true"
        gone = node.find(f"{ns}hidden-paragraph")
        return gone is None or gone.get(f"{ns}is-hidden") != "true"

    notes: list[Element] = []  # the notes the shown text refers to, in reading order

    def walk(node: Element) -> str:
        out = [node.text or ""]
        for child in node:
            tag = child.tag
            if tag == f"{ns}note" and visible(child):
                notes.append(child)  # read after the text, never inside its sentence
            elif tag == f"{office}annotation" and seen is not None:
                seen["comments"] += 1  # in the margin, no part of the text
            elif tag in hidden or tag in paragraphs or not visible(child):
                pass  # a paragraph inside (a text box's) is read as one of its own
            elif tag == f"{ns}s":
                out.append(_spaces(path.name, child.get(f"{ns}c", "1"), budget))
            elif tag == f"{ns}tab":
                out.append("\t")
            elif tag == f"{ns}line-break":
                out.append("\n")
            else:
                out.append(walk(child))
            out.append(child.tail or "")
        return "".join(out)

    table = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    row, cell = f"{table}table-row", f"{table}table-cell"

    def shown(node: Element) -> list[str]:
        """The paragraphs under ``node`` in document order, not descending into hidden
        parts; a table's row is one line of tab-separated cells, as in a .docx, so a
        minutes' "Plats och tid" stays beside its time and a figure beside its label."""
        out: list[str] = []
        stack = list(reversed(node))
        while stack:
            element = stack.pop()
            if element.tag in hidden or not visible(element):
                continue
            if element.tag in paragraphs:
                out.append(walk(element))
            elif element.tag == f"{ns}list":
                out += labels.items(element, shown_one, 1, None)
                continue
            elif element.tag == row:
                cells = [" ".join(shown(c)) for c in element if c.tag == cell]
                if any(text.strip() for text in cells):
                    out.append("\t".join(cells))
                continue
            stack.extend(reversed(element))
        return out

    def shown_one(node: Element) -> list[str]:
        """A list item's part: a paragraph read, anything else as ``shown`` reads it."""
        if node.tag in hidden or not visible(node):
            return []
        return [walk(node)] if node.tag in paragraphs else shown(node)

    from qualcode.ingest.odt_lists import OdtLists

    labels = OdtLists(roots)
    try:
        lines = shown(root)
        # a note's words after the text, numbered as the body refers to them, as the .docx
        # and PDF readers keep a plan's sources: they were dropped, so the same plan read
        # otherwise saved as .odt than as .docx or PDF. Read inside the same guard: spans
        # thousands deep in a note were a RecursionError traceback (red team 40)
        said = [" ".join(" ".join(shown(b)).split()) for note in notes for b in _bodies(note)]
    except RecursionError:  # spans inside spans thousands deep: a RecursionError traceback
        raise IngestError(f"{path.name}: broken content.xml (nested too deeply)") from None
    lines += [f"{n} {text}" for n, text in enumerate((t for t in said if t), 1)]
    return "\n\n".join(lines)  # as for .docx: each paragraph or heading its own


def _bodies(note: Element) -> list[Element]:
    """A note's body (``text:note-body``), without its citation's number."""
    body = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}note-body"
    return [child for child in note if child.tag == body]


def _always(condition: str | None) -> bool:
    """Whether an OpenDocument condition always holds: LibreOffice writes a section's Hide
    with the condition 1 as ``ooow:1`` (a condition it must evaluate is read as shown)."""
    bare = (condition or "").split(":", 1)[-1].strip().lower()
    return bare in ("1", "true")


def _spaces(name: str, count: str, budget: list[int]) -> str:
    """A run of spaces, ``<text:s text:c="3"/>``: ``count`` of them. A count that is no
    number was a ValueError traceback, and a 1 KB file asking for three billion ran out of
    memory (fifty runs of forty million took 2 GB and two and a half minutes before the
    line limit refused them), past every limit on the archive; so all the runs of a file
    together may ask for no more spaces than its content.xml has bytes (``budget``), far
    more than the few at a time a word processor writes."""
    if not (count.isascii() and count.isdigit() and len(count) <= 12):
        raise IngestError(f"{name}: broken content.xml (a run of spaces counted {shown(count)})")
    budget[0] -= int(count)
    if budget[0] < 0:
        raise IngestError(
            f"{name}: refused as a possible decompression bomb: its runs of spaces ask for "
            "more spaces than its content.xml has bytes"
        )
    return " " * int(count)

"""The parts a Word document inserts whole (``w:altChunk``), read as text where they stand.

A page pasted into Word from a web page or an e-mail, or a document merged in by a
template tool, is often kept as such a part: HTML, plain text or another Word document
in the package beside the main one, which Word renders at the marker. python-docx
ignores them, so their text was lost without a word. HTML and plain text are read as
paragraphs, an inserted Word document (its main part or a whole package) as a body; any
other kind (an MHT web archive, RTF) is counted as not read, so the import can say so.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

from qualcode.errors import IngestError
from qualcode.ingest.docx_text import Chunks, body_parts
from qualcode.zipguard import check_archive, max_unzip_bytes

_CHUNK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
_HTML = {"text/html", "application/xhtml+xml"}
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_PACKAGE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_NESTING = 4  # a part inserted in a part inserted in ... (Word's own files nest one or two)
_BLOCKS = frozenset(
    {
        *("p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "section"),
        *("article", "h1", "h2", "h3", "h4", "h5", "h6"),
    }
)


def chunk_members(rels: bytes, base: str = "word") -> set[str]:
    """The package members a part inserts whole, from its relationships (``base``: the
    folder of the part they belong to, against which their targets are read)."""
    import defusedxml.ElementTree as ET

    members: set[str] = set()
    for rel in ET.fromstring(rels):
        if rel.get("Type") == _CHUNK_TYPE and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            members.add(posixpath.normpath(path))
    return members


def inserted_members(names: set[str], read: Callable[[str], bytes]) -> set[str]:
    """Every member some part of the package inserts whole: the main document's inserted
    parts, and those an inserted Word part inserts in turn (each part's relationships
    are in ``FOLDER/_rels/NAME.rels``)."""
    found: set[str] = set()
    for member in sorted(names):
        folder, leaf = posixpath.split(member)
        if leaf.endswith(".rels") and posixpath.basename(folder) == "_rels":
            found |= chunk_members(read(member), posixpath.dirname(folder))
    return found & names


class _Reading:
    """What one import has read through inserted parts so far. A part can insert itself
    (its relationship pointing back at it), or a thousand markers can insert one large
    part: read as written, the first recursed until Python gave up with a traceback and
    the second built gigabytes of text from a small file. The parts being read are kept,
    and every byte read through a marker counts against the same limit as an archive's
    unpacked members."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.open: list[Any] = []  # the parts being read, outermost first
        self.bytes = 0

    def enter(self, part: Any, size: int) -> None:
        if any(part is other for other in self.open):
            raise IngestError(f"{self.name}: an inserted part inserts itself; not imported")
        if len(self.open) >= MAX_NESTING:
            raise IngestError(
                f"{self.name}: inserted parts nest more than {MAX_NESTING} deep; not imported"
            )
        self.bytes += size
        if self.bytes > max_unzip_bytes():
            raise IngestError(
                f"{self.name}: its inserted parts repeat beyond "
                f"{max_unzip_bytes() // (1024 * 1024)} MB of text; not imported"
            )
        self.open.append(part)


def chunk_reader(document: Any, name: str, seen: Counter[str]) -> Chunks:
    """Reads an inserted part by its relationship id (None: no such part, or a kind not
    read); ``seen`` counts the text boxes of an inserted Word document too."""
    reading = _Reading(name)
    reading.open.append(document.part)  # the main document, which may be pointed at
    return _reader(document.part, seen, reading)


def _reader(owner: Any, seen: Counter[str], reading: _Reading) -> Chunks:
    """Reads the parts ``owner`` inserts, by ``owner``'s own relationship ids: an inserted
    Word part's markers name its relationships, not the main document's."""
    related = owner.related_parts

    def read(rid: str) -> list[str] | None:
        part = related.get(rid)
        if part is None:
            return None
        kind, blob = part.content_type, part.blob
        if kind not in _HTML and kind not in ("text/plain", _WORD_MAIN, _WORD_PACKAGE):
            return None
        reading.enter(part, len(blob))
        try:
            if kind in _HTML:
                return _html_paragraphs(_decoded(blob))
            if kind == "text/plain":
                return [_decoded(blob)]
            if kind == _WORD_MAIN:
                from docx.oxml.parser import parse_xml

                inner = _reader(part, seen, reading)
                return body_parts(parse_xml(blob).find(_body_tag()), inner, seen)
            return _package(blob, reading.name, seen, reading)
        finally:
            reading.open.pop()

    return read


def _body_tag() -> str:
    from docx.oxml.ns import qn

    return str(qn("w:body"))


def _package(blob: bytes, name: str, seen: Counter[str], reading: _Reading) -> list[str]:
    """A whole Word document inserted: its body, bounded as any archive read here."""
    import docx

    with zipfile.ZipFile(io.BytesIO(blob)) as inner:
        check_archive(inner, name)
    document = docx.Document(io.BytesIO(blob))
    return body_parts(document.element.body, _reader(document.part, seen, reading), seen)


def _decoded(blob: bytes) -> str:
    """An inserted part's text: UTF-16 when it starts so, else UTF-8, else Windows-1252."""
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return blob.decode("utf-16", errors="replace")
    try:
        return blob.decode("utf-8-sig")
    except UnicodeDecodeError:
        return blob.decode("cp1252", errors="replace")


class _Text(HTMLParser):
    """An HTML page's text, a paragraph per block, a table's cells tab-separated."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.line: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skipping += 1
        elif tag in _BLOCKS:
            self.flush()
        elif tag in ("td", "th") and self.line:
            self.line.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.line.append(" ".join(data.split()) if data.strip() else " " if data else "")

    def flush(self) -> None:
        text = "".join(self.line).strip(" ")
        if text.strip():
            self.paragraphs.append(text)
        self.line = []


def _html_paragraphs(page: str) -> list[str]:
    parser = _Text()
    parser.feed(page)
    parser.close()
    parser.flush()
    return parser.paragraphs

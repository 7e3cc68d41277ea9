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
from html.parser import HTMLParser
from typing import Any

from qualcode.ingest.docx_text import Chunks, body_parts
from qualcode.zipguard import check_archive

RELS = "word/_rels/document.xml.rels"  # the main document's relationships
_CHUNK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
_HTML = {"text/html", "application/xhtml+xml"}
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_PACKAGE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_BLOCKS = frozenset(
    {
        *("p", "div", "br", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "section"),
        *("article", "h1", "h2", "h3", "h4", "h5", "h6"),
    }
)


def chunk_members(rels: bytes) -> set[str]:
    """The package members the main document inserts whole, from its relationships."""
    import defusedxml.ElementTree as ET

    members: set[str] = set()
    for rel in ET.fromstring(rels):
        if rel.get("Type") == _CHUNK_TYPE and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else f"word/{target}"
            members.add(posixpath.normpath(path))
    return members


def chunk_reader(document: Any, name: str, seen: Counter[str]) -> Chunks:
    """Reads an inserted part by its relationship id (None: no such part, or a kind not
    read); ``seen`` counts the text boxes of an inserted Word document too."""
    related = document.part.related_parts

    def read(rid: str) -> list[str] | None:
        part = related.get(rid)
        if part is None:
            return None
        kind, blob = part.content_type, part.blob
        if kind in _HTML:
            return _html_paragraphs(_decoded(blob))
        if kind == "text/plain":
            return [_decoded(blob)]
        if kind == _WORD_MAIN:
            from docx.oxml.parser import parse_xml

            return body_parts(parse_xml(blob).find(_body_tag()), read, seen)
        if kind == _WORD_PACKAGE:
            return _package(blob, name, seen)
        return None

    return read


def _body_tag() -> str:
    from docx.oxml.ns import qn

    return str(qn("w:body"))


def _package(blob: bytes, name: str, seen: Counter[str]) -> list[str]:
    """A whole Word document inserted: its body, bounded as any archive read here."""
    import docx

    with zipfile.ZipFile(io.BytesIO(blob)) as inner:
        check_archive(inner, name)
    document = docx.Document(io.BytesIO(blob))
    return body_parts(document.element.body, chunk_reader(document, name, seen), seen)


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

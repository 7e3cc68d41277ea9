"""The parts a Word document inserts whole (``w:altChunk``), read as text where they stand.

A page pasted into Word from a web page or an e-mail, or a document merged in by a
template tool, is often kept as such a part: HTML, plain text or another Word document
in the package beside the main one, which Word renders at the marker. python-docx
ignores them, so their text was lost without a word. HTML and plain text are read as
paragraphs, an inserted Word document (its main part or a whole package) as a body; any
other kind (an MHT web archive, RTF) is counted as not read, so the import can say so.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

from qualcode.errors import IngestError
from qualcode.ingest.blackout import dark, luminance, refuse_blacked_out
from qualcode.ingest.docx_text import Chunks, body_parts, hide_styled, hide_styled_body
from qualcode.ingest.html_lists import ListCounter
from qualcode.ingest.page_css import Look, Sheet, colour, page_sheet
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
        self.styles: Any = None  # the main document's, for an inserted part without its own

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
    with contextlib.suppress(AttributeError, KeyError, ValueError):  # no usable styles part
        reading.styles = document.styles.element
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
                paragraphs, fallbacks = html_paragraphs(_decoded(blob), name=reading.name)
                if fallbacks:  # left out, and said: a program may show them (noscript)
                    seen["fallbacks"] += fallbacks
                return paragraphs
            if kind == "text/plain":
                return [_decoded(blob)]
            if kind == _WORD_MAIN:
                from docx.oxml.parser import parse_xml

                inner = _reader(part, seen, reading)
                body = parse_xml(blob).find(_body_tag())
                if body is None:  # a part without a body shows nothing (it was a traceback)
                    return []
                hide_styled_body(_styles(part, reading), body)
                return body_parts(body, inner, seen)
            return _package(blob, reading.name, seen, reading)
        finally:
            reading.open.pop()

    return read


def _styles(part: Any, reading: _Reading) -> Any:
    """The styles an inserted Word part's text is shown with: its own styles part's, else
    the main document's (an inserted part's "Dold" hides as the main document's does)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    for rel in part.rels.values():
        if rel.reltype == RT.STYLES and not rel.is_external:
            try:
                return parse_xml(rel.target_part.blob)
            except (SyntaxError, ValueError):  # a broken styles part: the main one's
                break
    return reading.styles


def _body_tag() -> str:
    from docx.oxml.ns import qn

    return str(qn("w:body"))


def _package(blob: bytes, name: str, seen: Counter[str], reading: _Reading) -> list[str]:
    """A whole Word document inserted: its body, bounded as any archive read here."""
    import docx

    with zipfile.ZipFile(io.BytesIO(blob)) as inner:
        check_archive(inner, name)
    document = docx.Document(io.BytesIO(blob))
    hide_styled(document)  # its "Dold" style hides as the outer document's does
    return body_parts(document.element.body, _reader(document.part, seen, reading), seen)


def _decoded(blob: bytes) -> str:
    """An inserted part's text: UTF-16 when it starts so, else UTF-8, else Windows-1252."""
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return blob.decode("utf-16", errors="replace")
    try:
        return blob.decode("utf-8-sig")
    except UnicodeDecodeError:
        return blob.decode("cp1252", errors="replace")


# what a page's head may hold; any other tag ends a head left open (HTML lets its end tag out)
_HEAD = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
_NEVER_SHOWN = frozenset({"script", "style", "title", "template"})  # their text is no text
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})
# an element whose end tag may be left out ends where a sibling or a block begins
_OPEN_ENDED = {"p": _BLOCKS, "li": {"li"}, "tr": {"tr"}, "td": {"td", "th", "tr"}}
_OPEN_ENDED["th"] = _OPEN_ENDED["td"]
# what a browser shows only when it cannot show the element itself (a frame's page, a
# video, a canvas's drawing; with scripts on, not what is for scripts off), or never (a
# list of choices for a field, a drawing's description): a name kept there was imported
_FALLBACK = frozenset({"iframe", "noscript", "noembed", "video", "audio", "canvas", "datalist"})
_FALLBACK |= {"desc"}


class _Text(HTMLParser):
    """An HTML page's text, a paragraph per block, a table's cells tab-separated: what a
    browser or Word shows of it. The head is left out, also when its end tag is (HTML lets
    it out: a page whose head was never closed was read as all head, and its text was lost
    without a word), and so is an element hidden by its ``hidden`` attribute or its style
    (``display:none``, and ``mso-hide:all``, which Word writes for hidden text), as the
    Word reader leaves out hidden runs: a name hidden on the page is no text of it."""

    def __init__(self, sheet: Sheet | None = None, page: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page  # a page saved from a site: its menus, banners and footer left out
        self.sheet = Sheet() if sheet is None else sheet
        self.paragraphs: list[str] = []
        self.line: list[str] = []
        self.in_head = False
        self.skipping = 0  # inside script, style, title or template
        # the elements open now, and where in them the hidden one is: it ends with its own
        # end or with one around it (a hidden last cell left open before </table>, a
        # <span> before </div>), and an element of another kind inside it does not end it
        self.open: list[str] = []
        self.opened: Counter[str] = Counter()  # how many of each kind are open (no scans)
        self.hidden_at: int | None = None
        # fallbacks with text left out (iframe, noscript, video ...): which is hiding now,
        # and how many were; the import says so, as Word or LibreOffice may show one
        self.in_fallback = False
        self.fallback_said = False
        self.fallbacks = 0
        self.tiny: list[bool] = []  # beside ``open``: is its font size nothing?
        # beside ``open``: is it invisible? (visibility: hidden passes to what it holds, but
        # a child that says visible is shown, as a browser shows it)
        self.unseen: list[bool] = []
        # beside ``open``: its letters' and background's luminance, and how deep each was
        # set; black letters count only when set at or inside the black background's
        # element (a page's dark text, a bar whose white letters a sheet sets otherwise)
        self.ink: list[tuple[float | None, int, float | None, int]] = []
        self.blacked = 0  # runs of text shown black on black
        self.lists = ListCounter()  # the numbers and bullets drawn before list items
        self.label = ""  # an item's label, waiting for its first words

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.in_head and tag not in _HEAD:
            self.in_head = False  # a body tag ends a head left open
        while self.open and tag in _OPEN_ENDED.get(self.open[-1], ()):
            self._close(len(self.open) - 1)  # a <p>, <li> or cell left open ends here
        look = None if tag in _VOID else self.sheet.look(tag, attrs)
        if self.hidden_at is not None:
            pass
        elif tag == "head":
            self.in_head = True
        elif tag in _NEVER_SHOWN:
            self.skipping += 1
        elif look is not None and (
            look.hidden or _hides(tag, attrs) or (self.page and _site_chrome(tag, attrs))
        ):
            self.hidden_at = len(self.open)
            self.in_fallback, self.fallback_said = tag in _FALLBACK, False
        elif tag in _BLOCKS:
            self.flush()
        elif tag in ("td", "th") and self.line:
            self.line.append("\t")
        if self.hidden_at is None and tag in ("ol", "ul"):
            self.lists.start(len(self.open), tag, dict(attrs))
        elif self.hidden_at is None and tag == "li":
            self.label = self.lists.label(dict(attrs))
        if look is not None:
            self.open.append(tag)
            self.opened[tag] += 1
            size, within = look.size, bool(self.tiny) and self.tiny[-1]
            self.tiny.append(size == "zero" or (within and size in (None, "relative")))
            seen, unseen = look.visibility, bool(self.unseen) and self.unseen[-1]
            self.unseen.append(seen == "hidden" or (unseen and seen in (None, "inherit")))
            self.ink.append(self._ink(look, dict(attrs)))

    def _ink(
        self, look: Look, said: dict[str, str | None]
    ) -> tuple[float | None, int, float | None, int]:
        """The element's letters and background: its style's, else the attributes older
        pages and word processors write (``<font color>``, ``<td bgcolor>``), else its
        parent's letters and, through a transparent background, its parent's."""
        letters, at, ground, under = self.ink[-1] if self.ink else (None, 0, None, 0)
        depth = len(self.ink)
        own = look.letters or (colour(said.get("color") or "") if "color" in said else None)
        if own is not None:
            letters, at = luminance(own), depth
        back = look.ground or colour(said.get("bgcolor") or "")
        if back is not None and back != "none":
            ground, under = luminance(back), depth
        return letters, at, ground, under

    def _close(self, at: int) -> None:
        """The elements from ``at`` on end; the hidden one among them ends the hiding."""
        self.opened.subtract(self.open[at:])
        self.lists.close(at)
        if "li" in self.open[at:]:
            self.label = ""  # an item without words: its label stays with it
        del self.open[at:]
        del self.tiny[at:]
        del self.unseen[at:]
        del self.ink[at:]
        if self.hidden_at is not None and at <= self.hidden_at:
            self.hidden_at = None

    def handle_endtag(self, tag: str) -> None:
        if self.opened[tag] > 0:  # what it closes and all opened since (each once)
            at = len(self.open) - 1
            while self.open[at] != tag:
                at -= 1
            self._close(at)
        if self.hidden_at is not None:
            return
        if tag == "head":
            self.in_head = False
        elif tag in _NEVER_SHOWN:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        # its size nothing, or it invisible (its own or its parent's)
        quiet = bool(self.tiny) and (self.tiny[-1] or self.unseen[-1])
        fallback = self.hidden_at is not None and self.in_fallback
        if fallback and not self.fallback_said and data.strip():
            self.fallbacks += 1
            self.fallback_said = True
        if not (self.skipping or self.in_head or self.hidden_at is not None or quiet):
            # a run of white space is one space, kept at the edges: the text around an
            # inline tag ("Vi har <b>hög</b> belastning") keeps the spaces between its words
            if self.label and data.strip():  # a list item's number, before its words
                self.line.append(f"{self.label} ")
                self.label = ""
            self.line.append(re.sub(r"\s+", " ", data))
            if self.ink and data.strip():
                letters, at, ground, under = self.ink[-1]
                self.blacked += at >= under and dark(letters, ground)

    def flush(self) -> None:
        text = re.sub(r" *\t *", "\t", re.sub(r" {2,}", " ", "".join(self.line))).strip(" ")
        if text.strip():
            self.paragraphs.append(text)
        self.line = []


def _hides(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's kind hides it and everything in it, whatever its style says
    (a fallback; a dialog is shown only when open); its style and ``hidden`` attribute are
    the sheet's to weigh (``Sheet.look``)."""
    return tag in _FALLBACK or (tag == "dialog" and all(name != "open" for name, _ in attrs))


# a site's furniture around a page's text: menus, the banner, the footer, a cookie notice
_CHROME = frozenset({"nav", "header", "footer", "aside", "form", "button", "select"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "dialog", "alert"})


def _site_chrome(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element of a page saved from a site is its furniture, not its text."""
    role = next((value or "" for name, value in attrs if name == "role"), "")
    return tag in _CHROME or role.strip().lower() in _CHROME_ROLES


def html_paragraphs(page: str, name: str, saved_page: bool = False) -> tuple[list[str], int]:
    """The page's paragraphs, and how many fallbacks with text it left out; a page saved
    from a site (``saved_page``) without its menus, banner and footer. A page with text
    shown black on black (a name painted over, not removed) is refused, as its file
    ``name``."""
    parser = _Text(page_sheet(page), page=saved_page)
    parser.feed(page)
    parser.close()
    parser.flush()
    if parser.blacked:
        raise refuse_blacked_out(name, parser.blacked)
    return parser.paragraphs, parser.fallbacks

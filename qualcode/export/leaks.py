"""Finding what a pseudonym key would let slip in an export's files, before they are written.

Every export renders its files in memory; these functions read back each text they hold
(the file itself, or every XML and text member of a .docx, .xlsx or .qdpx) with the key's
own matcher, so that an export in which a name on the key would still appear is refused
whole, naming the pseudonym, never the name.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from html import unescape
from typing import IO, TYPE_CHECKING

from qualcode.errors import OutputError
from qualcode.export.name_spelling import fold

if TYPE_CHECKING:
    from qualcode.export.pseudonyms import Key


def file_texts(name: str, data: bytes) -> Iterable[tuple[str, str]]:
    """Every text an export file holds, by part: the file itself for .md/.html/.csv;
    every XML or text member (entities decoded) of a .docx, .xlsx or .qdpx."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if not name.lower().endswith((".png", ".jpg", ".jpeg")):
            text = data.decode("utf-8-sig", errors="replace")  # a .csv starts with a BOM
            if name.lower().endswith((".html", ".htm")):
                # the page's style sheet is qualcode's own: 'max-width' refused every HTML
                # summary of a study with a participant called Max on the key
                text = _STYLE.sub(" ", text)
                # a chart inline as base64: its letters, parted by '+' and '/', spelled a
                # short name on the key by chance ('+Max/'); an image is no text (a .docx's
                # .png is not read either), its alt text stays
                text = _DATA_URI.sub(" ", text)
            yield name, text
        return
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if member.lower().endswith((".png", ".jpg", ".jpeg", ".emf", ".bin")):
                continue
            raw = archive.read(member)
            if zipfile.is_zipfile(io.BytesIO(raw)):
                continue
            text = raw.decode("utf-8", errors="replace")
            # the XML's own text, entities decoded ("&#197;by" is "Åby"): tags as spaces (a
            # paragraph's end is a word's end) and tags dropped (a name split across runs);
            # the pieces between tags found once for both (a codings workbook's sheet holds
            # 25 million tags: two substitutions took 2.2 s CPU, one split 0.8)
            between = _TAG.split(text)
            spaced = unescape(" ".join(between))
            joined = unescape("".join(between))
            del between
            values = "" if TEMPLATE_PARTS.search(member) else attribute_values(text)
            yield f"{name}:{member}", f"{member}\n{spaced}\n{joined}\n{values}"


_TAG = re.compile(r"<[^>]+>")  # no group: split gives the pieces sub would keep
_STYLE = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)
# only as an image's source: a transcript's words are escaped ('src=&#x27;...'), so no
# text can pass as an image to hide a name from the read-back
_DATA_URI = re.compile(r"""(?<=\ssrc=['"])data:image/[\w.+-]+;base64,[A-Za-z0-9+/=]*""")
# the parts of a Word or Excel file its template makes, whose attributes name fonts and
# styles ('Times New Roman', 'Shruti', 'Latha', 'Nyala'), never anything of the project: read
# there, a participant called Roman would have refused every .docx
TEMPLATE_PARTS = re.compile(
    r"(^|/)(theme/[^/]*|fontTable\.xml|styles(WithEffects)?\.xml|(web)?[sS]ettings\.xml"
    r"|numbering\.xml|\[Content_Types\]\.xml|[^/]*\.rels)$"
)
# an attribute's value in a tag (a namespace declaration's aside), and what no name is: a
# GUID, or a run of hex digits (a Word revision id); a GUID's letters ('-ada1-') could read
# as a short name ("Ada")
_ATTRIBUTE = re.compile(r"""\s(?!xmlns)[\w:.-]+\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_IDS = re.compile(r"[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}|\b[0-9A-Fa-f]{8,}\b")


def attribute_values(xml: str) -> str:
    """Every attribute value of an XML part, one a line, entities decoded and ids left
    out. The tags were dropped whole: a name in an attribute (a .qdpx's ``User name``, a
    workbook's sheet name, a Word comment's author) was never read back."""
    # joined first, then the ids and entities, once: neither spans a line's end, and a
    # 200k-coding project.qde's two million values one call each took 2.4 s of 4 (perf42b)
    values = "\n".join(v for a, b in _ATTRIBUTE.findall(xml) if (v := a or b))
    return unescape(_IDS.sub(" ", values))


# a window of a part's text read for names at a time (characters), and a block of a member
# read from the archive (bytes): a 200k-coding project.qde decoded whole, with its text
# and attribute values beside it, took an export from 440 MB to 1.0 GB (perf42)
WINDOW = 1 << 20
BLOCK = 1 << 20


def leaks_in_files(
    key: Key, files: Mapping[str, bytes | IO[bytes]], window: int = WINDOW
) -> dict[str, list[str]]:
    """Names on the key found in an export's files (by file name), by part of the file.

    The text of each part (``file_texts``) is read in windows of ``window`` characters,
    an archive's member in blocks, never whole: each window counts the names that begin
    in its own stretch and reads a context on either side, as long as four of the key's
    longest names and more (a name's words across a line break, a modal verb's next word,
    a sentence's start), so a name across two stretches is found as in the whole text."""
    found: dict[str, list[str]] = {}
    context = 4 * key.longest + 256
    for name, data in files.items():
        for part, pieces in _part_pieces(name, data):
            names: set[str] = set()
            for text, start, end in _windows(pieces, max(window, context), context):
                names.update(key.leaks(text, (start, end)))
            if names:
                found[part] = sorted(names)
    return found


def _windows(pieces: Iterable[str], size: int, context: int) -> Iterator[tuple[str, int, int]]:
    """The pieces' text as windows ``(text, start, end)``: ``text[start:end]`` the window's
    own stretch (together every character once, in order), with up to ``context``
    characters of the text before and after it. ``size`` is at least ``context``."""
    buffer, own = "", 0
    for piece in pieces:
        buffer += piece
        while len(buffer) - own >= size + context:
            end = own + size
            yield buffer[: end + context], own, end
            buffer, own = buffer[end - context :], context
    if buffer or not own:
        yield buffer, own, len(buffer)


def _part_pieces(name: str, data: bytes | IO[bytes]) -> Iterator[tuple[str, Iterable[str]]]:
    """Each part ``file_texts`` reads, as pieces whose joined text is the text it gives
    (an archive's member read a block at a time, once for each of its three views). An
    open file (a .qdpx of gigabytes, written to disk) is read from where it lies."""
    opened = io.BytesIO(data) if isinstance(data, bytes) else data
    opened.seek(0)
    if not zipfile.is_zipfile(opened):
        opened.seek(0)
        whole = data if isinstance(data, bytes) else opened.read()
        for part, text in file_texts(name, whole):
            yield part, (text,)
        return
    with zipfile.ZipFile(opened) as archive:
        for member in archive.namelist():
            if member.lower().endswith((".png", ".jpg", ".jpeg", ".emf", ".bin")):
                continue
            with archive.open(member) as stream:
                nested = stream.read(2) == b"PK"  # a zip's local header: read it whole
            if nested and zipfile.is_zipfile(io.BytesIO(archive.read(member))):
                continue
            yield f"{name}:{member}", _member_pieces(archive, member)


def _member_pieces(archive: zipfile.ZipFile, member: str) -> Iterator[str]:
    """A member's text as ``file_texts`` writes it (its name, the text with tags as
    spaces, the text with tags dropped, its attribute values, a line each), in pieces."""
    yield f"{member}\n"
    yield from _views(archive, member, lambda block: unescape(" ".join(_TAG.split(block))))
    yield "\n"
    yield from _views(archive, member, lambda block: unescape("".join(_TAG.split(block))))
    yield "\n"
    if TEMPLATE_PARTS.search(member):
        return
    first = True
    for block in _blocks(archive, member):
        values = attribute_values(block)
        if values:
            yield values if first else f"\n{values}"
            first = False


def _views(archive: zipfile.ZipFile, member: str, view: Callable[[str], str]) -> Iterator[str]:
    for block in _blocks(archive, member):
        yield view(block)


def _blocks(archive: zipfile.ZipFile, member: str) -> Iterator[str]:
    """A member's XML decoded a block at a time, each cut just after a tag's end before
    another tag (no tag, attribute or entity is cut in two: each block split at its tags
    gives the whole text's pieces)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    carry = ""
    with archive.open(member) as stream:
        while raw := stream.read(BLOCK):
            carry += decoder.decode(raw)
            cut = carry.rfind("><") + 1
            if cut:
                yield carry[:cut]
                carry = carry[cut:]
    carry += decoder.decode(b"", final=True)
    if carry:
        yield carry


def check_files(key: Key, files: Mapping[str, bytes | IO[bytes]], own_words: str = "") -> None:
    """Refuse an export in which a name on the key would appear: one line naming the
    pseudonym (not the name) and the part of the file, before anything is written. The
    files' own names too: a summary written as "Anna Berg.docx" or a .qdpx as "Åby.qdpx"
    carried her name out on every copy, where "Anna Berg.md" was refused for the charts'
    names it cites (red team, pseudo43). ``own_words``: the words the export itself
    prints around what it fills in (a summary's labels, ``labels.own_words``); a name on
    the key that is one of them ("Code", "Tema") is no name there, and refused the whole
    summary for its header (pseudo49): what is filled in went through the key before."""
    if key:
        for part in files:
            name = part.partition(":")[0]
            # a coder's own name ("study-karin-summary.docx", the TUI's default for her)
            # is hers, though a participant of that name is on the key (Key.coder)
            held = [n for n in key.leaks(name) if fold(n) not in key.coder_of]
            if held:
                shown = ", ".join(str(key.entries[n]) for n in held)
                raise OutputError(
                    f"{name}: the file's name holds the real name behind {shown}; choose "
                    "another name; nothing written",
                    key="output_named_after",
                    name=name,
                    pseudonym=shown,
                )
    found = leaks_in_files(key, files) if key else {}
    if found and own_words:
        ours = set(key.leaks(own_words))
        found = {
            p: kept for p, names in found.items() if (kept := [n for n in names if n not in ours])
        }
    if not found:
        return
    part, names = next(iter(found.items()))
    shown = ", ".join(str(key.entries[n]) for n in names)
    name, _, member = part.partition(":")
    where = f" (in {member})" if member else ""
    raise OutputError(
        f"{name}: the real name behind {shown} would appear{where}; nothing written",
        key="output_real_name",
        name=name,
        pseudonym=shown,
    )

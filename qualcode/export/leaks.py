"""Finding what a pseudonym key would let slip in an export's files, before they are written.

Every export renders its files in memory; these functions read back each text they hold
(the file itself, or every XML and text member of a .docx, .xlsx or .qdpx) with the key's
own matcher, so that an export in which a name on the key would still appear is refused
whole, naming the pseudonym, never the name.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from html import unescape
from typing import TYPE_CHECKING

from qualcode.errors import OutputError

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
    values = (a or b for a, b in _ATTRIBUTE.findall(xml))
    return "\n".join(unescape(_IDS.sub(" ", v)) for v in values if v)


def leaks_in_files(key: Key, files: Mapping[str, bytes]) -> dict[str, list[str]]:
    """Names on the key found in an export's files (by file name), by part of the file."""
    found: dict[str, list[str]] = {}
    for name, data in files.items():
        for part, text in file_texts(name, data):
            names = key.leaks(text)
            if names:
                found[part] = names
    return found


def check_files(key: Key, files: Mapping[str, bytes]) -> None:
    """Refuse an export in which a name on the key would appear: one line naming the
    pseudonym (not the name) and the part of the file, before anything is written."""
    found = leaks_in_files(key, files) if key else {}
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

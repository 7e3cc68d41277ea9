"""A .qdpx source's XML written as text: the very characters ElementTree writes for the
same elements, without making them.

A project.qde of 200k codings holds three elements per coding (its selection, the coding
and the code it refers to), and ElementTree made each of them, then walked, checked and
escaped it again while writing: most of the 2.4 s CPU the writing took, with a ``UUID``
object made per coding for its derived GUID (perf43). Here the rules are ElementTree's
own: an attribute's ``&``, ``<``, ``>``, ``"``, carriage return, line feed and tab as
references, a text's ``&``, ``<`` and ``>``, the attributes in the order the elements
were given them, and an element with neither text nor children closed as ``<Tag ... />``;
and, as the writer does to the whole text after ElementTree (``cells.xml_text``), the
characters XML 1.0 cannot hold removed, here from each value that holds one (removing a
character and escaping one commute, so the text is the same). A value is looked at once
for anything to escape or remove, and left as it is when nothing is there: a
translation of every value took as long as ElementTree.
``tests/export/test_refi_sources_streamed.py`` holds both writings to the same bytes (the
tree is still written whole when the sources' mark turns up in a text).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from qualcode.export.cells import xml_text
from qualcode.model import Coding

if TYPE_CHECKING:
    from qualcode.export.refi import SourceDoc

_NAMESPACE = uuid.NAMESPACE_URL.bytes
# ElementTree's ``_escape_attrib`` and ``_escape_cdata``, each character at once ("&" is
# never met again in a reference put in, as with ElementTree's "&" first)
_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#09;",
    }
)
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# what either escapes, and what ``xml_text`` removes
_SPECIAL = re.compile('[&<>"\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


def _attribute(value: str) -> str:
    """``value`` as an attribute's text."""
    return xml_text(value).translate(_ATTRIBUTE) if _SPECIAL.search(value) else value


def _text(value: str) -> str:
    """``value`` as an element's text."""
    return xml_text(value).translate(_TEXT) if _SPECIAL.search(value) else value


def derived_guid(*parts: str) -> str:
    """A stable GUID for what qualcode has no id of its own for (a coding's Coding, a
    variable, a case, a consensus user): ``str(uuid.uuid5(uuid.NAMESPACE_URL,
    "qualcode:" + ":".join(parts)))``, made from the digest's bytes, the version (5) and
    the variant set as ``UUID`` sets them."""
    name = ("qualcode:" + ":".join(parts)).encode("utf-8")
    digest = bytearray(hashlib.sha1(_NAMESPACE + name).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def source_text(
    doc: SourceDoc,
    codings: Sequence[Coding],
    notes_on: Mapping[str, Sequence[str]],
    values: Sequence[tuple[str, str]],
    maker: Callable[[Coding], str],
) -> str:
    """The document's ``TextSource`` (no namespace: below the root that declares it) with
    a selection per coding, its notes and ``values`` ((variable GUID, value), in the
    variables' order), as ``refi.project_parts``' tree writes it; ``maker``: who a
    coding's selection and coding name as their creating user."""
    a = _attribute
    parts = [
        f'<TextSource guid="{a(doc.id)}" name="{a(doc.name)}" '
        f'plainTextPath="{a(f"internal://{doc.id}.txt")}"'
    ]
    notes = notes_on.get(doc.id, ())
    if not (codings or notes or values):
        return parts[0] + " />"
    parts.append(">")
    text = doc.text
    for coding in codings:
        who, when, key = maker(coding), coding.created_at, coding.code_id
        start, end = str(coding.start), str(coding.end)
        own = coding.id
        if _SPECIAL.search(f"{own}{who}{when}{key}{start}{end}"):
            own, who, when, key, start, end = map(a, (own, who, when, key, start, end))
        parts.append(
            f'<PlainTextSelection guid="{own}" name="{a(text[coding.start : coding.end][:60])}" '
            f'startPosition="{start}" endPosition="{end}" '
            f'creatingUser="{who}" creationDateTime="{when}">'
            f'<Coding guid="{derived_guid("coding", coding.id)}" creatingUser="{who}" '
            f'creationDateTime="{when}"><CodeRef targetGUID="{key}" /></Coding>'
        )
        for note in notes_on.get(coding.id, ()):
            parts.append(f'<NoteRef targetGUID="{a(note)}" />')
        parts.append("</PlainTextSelection>")
    for note in notes:
        parts.append(f'<NoteRef targetGUID="{a(note)}" />')
    for variable, value in values:
        parts.append(
            f'<VariableValue><VariableRef targetGUID="{a(variable)}" />'
            f"<TextValue>{_text(value)}</TextValue></VariableValue>"
        )
    parts.append("</TextSource>")
    return "".join(parts)

"""Words an OpenDocument text blacks out but keeps: dark letters on a dark highlight.

In LibreOffice a name is painted over with black highlighting (``fo:background-color``
in a style's text properties, or a paragraph's background) and black letters
(``fo:color``): the page shows a bar, the file still holds the name, and the import read
it into the project and every export, as a .docx's black highlight was
(``docx_blackout.py``). A span's or paragraph's colours come from its style, or the
style that one is based on, or its family's default; letters left automatic
(``style:use-window-font-color``, or no colour at all) are printed light on dark and
left alone. Counted, never quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qualcode.ingest.blackout import dark, luminance

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_PARAGRAPHS = (f"{_TEXT}p", f"{_TEXT}h")
_UNSET = "unset"  # a style that says nothing of a colour: its parent's, or the default's

Colours = tuple[float | None, float | None]  # letters, ground (None: automatic, none)


def blacked_out(content: Element, roots: list[Element]) -> int:
    """How many runs of text in ``content`` show dark letters on a dark background, by
    the styles of ``roots`` (content.xml's and styles.xml's)."""
    styles = _Styles(roots)
    count = 0
    for paragraph in content.iter():
        if paragraph.tag not in _PARAGRAPHS:
            continue
        stack = [(paragraph, styles.colours(paragraph.get(f"{_TEXT}style-name"), (None, None)))]
        while stack:  # spans inside spans, without recursion
            node, (letters, ground) = stack.pop()
            own = (node.text or "") + "".join(child.tail or "" for child in node)
            count += bool(own.strip()) and dark(letters, ground)
            for child in node:
                if child.tag not in _PARAGRAPHS:  # a text box's paragraph is its own
                    named = child.get(f"{_TEXT}style-name")
                    stack.append((child, styles.colours(named, (letters, ground))))
    return count


class _Styles:
    """Each style's own letters and background colour, its parent and its family."""

    def __init__(self, roots: list[Element]) -> None:
        self.own: dict[str, tuple[str, str]] = {}
        self.parent: dict[str, str] = {}
        self.family: dict[str, str] = {}
        self.default: dict[str, tuple[str, str]] = {}
        for root in roots:
            for s in root.iter(f"{_STYLE}default-style"):
                self.default[s.get(f"{_STYLE}family", "")] = _said(s)
            for s in root.iter(f"{_STYLE}style"):
                name = s.get(f"{_STYLE}name", "")
                self.own[name] = _said(s)
                self.parent[name] = s.get(f"{_STYLE}parent-style-name", "")
                self.family[name] = s.get(f"{_STYLE}family", "")

    def colours(self, name: str | None, outer: Colours) -> Colours:
        """The colours a node in style ``name`` shows: what its style chain says, else
        what the node around it shows (a span without a colour of its own)."""
        if name is None or name not in self.own:
            return outer
        letters, ground = self._resolve(name, 0), self._resolve(name, 1)
        return (
            outer[0] if letters == _UNSET else luminance(letters.lstrip("#")),
            outer[1] if ground == _UNSET else luminance(ground.lstrip("#")),
        )

    def _resolve(self, name: str, which: int) -> str:
        seen, at = set(), name
        while self.own[at][which] == _UNSET and self.parent.get(at) in self.own:
            if at in seen:  # a chain that comes round again says nothing
                break
            seen.add(at)
            at = self.parent[at]
        said = self.own[at][which]
        if said == _UNSET:
            said = self.default.get(self.family.get(name, ""), (_UNSET, _UNSET))[which]
        return said


def _said(style: Element) -> tuple[str, str]:
    """What a style's own properties say of its letters' and background's colours:
    "#rrggbb", "auto" (letters the writer colours) or "transparent", else ``_UNSET``."""
    letters = ground = _UNSET
    for props in style:
        if props.tag == f"{_STYLE}text-properties":
            if props.get(f"{_STYLE}use-window-font-color") == "true":
                letters = "auto"
            else:
                letters = props.get(f"{_FO}color", letters)
            ground = props.get(f"{_FO}background-color", ground)
        elif props.tag == f"{_STYLE}paragraph-properties" and ground == _UNSET:
            ground = props.get(f"{_FO}background-color", ground)
    return letters, ground

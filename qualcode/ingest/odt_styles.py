"""Which of an OpenDocument text's styles hide their text (``text:display`` none: the
Hidden effect, which the writer neither shows nor prints).

content.xml's own styles count, and the named ones of styles.xml (a "Dold" style the
transcriber made), themselves or through the style they are based on (a chain the file
may make as long, or circular, as it likes). A chain that says nothing ends in the
document's default style of its family (``style:default-style``), as does a paragraph
naming no style: a template whose default paragraph style hides its text showed the
writer's reader nothing of what was typed plainly, but all of it was read (red team,
round 11). A paragraph naming a style the file lacks is in the default style too, as the
writer shows it; its text was read though that style hides it (red team, round 12).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DISPLAY = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}display"
# the name standing for a paragraph that names no style: no style's name is empty
UNNAMED_PARAGRAPH = ""


def hidden_odt_styles(roots: list[Element]) -> tuple[set[str], set[str]]:
    """The names of the styles that hide their text (``UNNAMED_PARAGRAPH`` among them when
    the default paragraph style does), and the names of all the file's styles."""
    own: dict[str, str | None] = {}
    parent: dict[str, str] = {}
    family: dict[str, str] = {}
    default: dict[str, str | None] = {}
    for root in roots:
        for s in root.iter(f"{_STYLE}default-style"):
            default[str(s.get(f"{_STYLE}family", ""))] = _said(s)
        for s in root.iter(f"{_STYLE}style"):
            name = str(s.get(f"{_STYLE}name"))
            own[name] = _said(s)
            parent[name] = str(s.get(f"{_STYLE}parent-style-name", ""))
            family[name] = str(s.get(f"{_STYLE}family", ""))
    hidden = {UNNAMED_PARAGRAPH} if default.get("paragraph") == "none" else set()
    for name in own:
        seen, at = set(), name
        while own.get(at) is None and parent.get(at) and at not in seen:
            seen.add(at)
            at = parent[at]
        said = own.get(at)
        if (said or default.get(family[name])) == "none":
            hidden.add(name)
    return hidden, set(own)


def _said(style: Element) -> str | None:
    """What a style's own text properties say of display (the last saying wins)."""
    said = [t.get(_DISPLAY) for t in style.iter(f"{_STYLE}text-properties")]
    return next((d for d in reversed(said) if d), None)

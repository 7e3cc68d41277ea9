"""The numbers and bullets an OpenDocument text draws before its list items.

As in a Word document (``docx_lists``), a list item's "1." or "•" is not in the text: the
list names a list style, whose levels say how to number, and LibreOffice counts as it
draws. Read as paragraphs only, a plan's numbered goals came in as bare sentences. Here
each list item's first paragraph gets its label: the level's prefix, number (1, a, A, i,
I) and suffix, or "•" for a bullet, counted per list (a list continuing the one before
goes on counting) and per level, a deeper list starting over under each item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from qualcode.ingest.docx_lists import LABEL_MOST, attribute_int, formatted

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = ["OdtLists"]

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman"}
_FORMATS |= {"I": "upperRoman", "": "none"}


class OdtLists:
    """The list styles of one document (content and styles.xml), and the counting of its
    lists as they are read in order (``items``)."""

    def __init__(self, roots: list[Element]) -> None:
        # style name -> level -> (bullet, format, prefix, suffix, start)
        self.styles: dict[str, dict[int, tuple[bool, str, str, str, int]]] = {}
        self.last: dict[str, int] = {}  # a style's count at level 1 when its list ended
        for root in roots:
            for style in root.iter(f"{_TEXT}list-style"):
                levels: dict[int, tuple[bool, str, str, str, int]] = {}
                for level in style:
                    at = attribute_int(level.get(f"{_TEXT}level"), 1)
                    if level.tag == f"{_TEXT}list-level-style-bullet":
                        levels[at] = (True, "none", "", "", 1)
                    elif level.tag == f"{_TEXT}list-level-style-number":
                        levels[at] = (
                            False,
                            _FORMATS.get(level.get(f"{_STYLE}num-format", "1"), "decimal"),
                            level.get(f"{_STYLE}num-prefix", "")[:LABEL_MOST],
                            level.get(f"{_STYLE}num-suffix", "")[:LABEL_MOST],
                            attribute_int(level.get(f"{_TEXT}start-value"), 1),
                        )
                self.styles.setdefault(style.get(f"{_STYLE}name", ""), levels)

    def items(
        self,
        element: Element,
        read: Callable[[Element], list[str]],
        level: int,
        style: str | None,
    ) -> list[str]:
        """The paragraphs of list ``element`` at ``level`` (1 outermost), each item's first
        one after its label; ``read`` reads any other part; ``style``: the outer list's."""
        style = element.get(f"{_TEXT}style-name") or style or ""
        kind = self.styles.get(style, {}).get(level)
        count = 0
        if level == 1 and element.get(f"{_TEXT}continue-numbering") == "true":
            count = self.last.get(style, 0)
        out: list[str] = []
        for item in element:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            label = ""
            if item.tag == f"{_TEXT}list-item" and kind is not None:
                bullet, fmt, prefix, suffix, start = kind
                count = attribute_int(item.get(f"{_TEXT}start-value"), 0) or (
                    count + 1 if count else start
                )
                drawn = f"{prefix}{formatted(fmt, count)}{suffix}".strip()
                label = "•" if bullet else drawn[:LABEL_MOST]
            for part in item:
                if part.tag == f"{_TEXT}list":
                    out += self.items(part, read, level + 1, style)
                    continue
                for text in read(part):
                    if label and text.strip():
                        text, label = f"{label} {text}", ""
                    out.append(text)
        if level == 1:
            self.last[style] = count
        return out

"""The numbers and bullets Word draws before a list's paragraphs.

Word does not write a list item's "1." or "•" into its text: the paragraph names a list
(``w:numPr``, directly or through its style) and Word counts as it draws. Read as text only,
a municipal plan's numbered goals came in as bare sentences ("Sjukfrånvaron ska minska.",
no "2."), a researcher citing goal 2 could not find which it was, and a bullet reading
"Ärendetak: femton utredningar." in a transcript with speakers was taken for a speaker
named Ärendetak. Here each list paragraph of the body gets its label as Word draws it: the
level's format (decimal, letters, roman numerals, a bullet as "•") through its ``lvlText``
("%1.", "%1.%2)"), counted per list and level, a deeper level starting over under a new item.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

__all__ = ["LABEL_MOST", "ListLabels", "formatted"]

_NUMPR, _ILVL, _NUMID, _VAL = qn("w:numPr"), qn("w:ilvl"), qn("w:numId"), qn("w:val")
_PPR, _PSTYLE = qn("w:pPr"), qn("w:pStyle")
_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]
_LEVELS = 9  # Word's list levels, 0-8


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    # Word's a..z, then aa..zz, bbb...: the letter repeated
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


# the highest number drawn in letters or roman numerals; past it a number is drawn as
# digits, as browsers draw roman numerals past 3999. A 100-byte page with <ol type="i"
# start="100000000000"> built a numeral of a hundred million 'm's and hung the import, and
# type="a" start="2000000000" a 77-million-letter label in half a gigabyte (red team 39)
_MOST_DRAWN = 3999
# the most characters of a label drawn before a list item, and of the format it is drawn
# from (Word's lvlText, an OpenDocument level's prefix and suffix). A half-megabyte .docx
# whose list format held "%1" five thousand times, numbering twenty thousand items, drew
# 65 kB before each and ran past two minutes and half a gigabyte (red team 39)
LABEL_MOST = 100


def formatted(fmt: str, n: int) -> str:
    """``n`` as list format ``fmt`` draws it (Word's names: decimal, lowerLetter, ...)."""
    if n > _MOST_DRAWN and fmt in ("lowerLetter", "upperLetter", "lowerRoman", "upperRoman"):
        return str(n)
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)  # decimal, and the formats of other scripts read as numbers


def attribute_int(value: str | None, default: int) -> int:
    """A list's level or start number as its XML attribute writes it, else ``default``:
    a file from another program may leave it out or write no number there, and its list
    still reads (Word's numbering and ODF's list styles alike, odt_lists.py)."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class ListLabels:
    """The labels of one document's list paragraphs, read in order (``label``)."""

    def __init__(self, document: Any) -> None:
        # level -> (format, text, start) per abstract list; list id -> (abstract, starts)
        self.formats: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}
        self.styled: dict[str, tuple[str, int]] = {}  # style id -> (list id, level)
        self.counts: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        # ValueError: two numbering parts related, which python-docx will not choose between
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            return  # no numbering part: no lists
        self._read_numbering(numbering)
        self._read_styles(document)

    def _read_numbering(self, numbering: Any) -> None:
        for abstract in numbering.iterchildren(qn("w:abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                fmt, text, start = (lvl.find(qn(f"w:{k}")) for k in ("numFmt", "lvlText", "start"))
                levels[attribute_int(lvl.get(_ILVL), 0)] = (
                    fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                    text.get(_VAL, "")[:LABEL_MOST] if text is not None else "",
                    attribute_int(start.get(_VAL) if start is not None else None, 1),
                )
            self.formats[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in numbering.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            starts: dict[int, int] = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    starts[attribute_int(override.get(_ILVL), 0)] = attribute_int(
                        start.get(_VAL), 1
                    )
            abstract = ref.get(_VAL, "") if ref is not None else ""
            self.lists[num.get(_NUMID, "")] = (abstract, starts)

    def _read_styles(self, document: Any) -> None:
        """Paragraph styles that number their paragraphs (Word's "List Bullet", "List
        Number"): the paragraph then names no list of its own."""
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError, ValueError):  # as hide_styled
            return
        for style in styles.iterchildren(qn("w:style")):
            numpr = style.find(f"{_PPR}/{_NUMPR}")
            if numpr is not None:
                num, level = numpr.find(_NUMID), numpr.find(_ILVL)
                self.styled[style.get(qn("w:styleId"), "")] = (
                    num.get(_VAL, "0") if num is not None else "0",
                    attribute_int(level.get(_VAL) if level is not None else None, 0),
                )

    def label(self, p: Any) -> str:
        """The label Word draws before paragraph ``p`` ("3.", "b)", "•"), counted, or ""
        for a paragraph that is no list item. Call in the document's order."""
        found = self._list_of(p)
        if found is None:
            return ""
        num, level = found
        abstract, starts = self.lists.get(num, ("", {}))
        levels = self.formats.get(abstract)
        if not levels or level not in levels:
            return ""
        counts = self.counts.setdefault(num, [0] * _LEVELS)
        level = min(level, _LEVELS - 1)
        if counts[level] == 0:
            counts[level] = starts.get(level, levels[level][2]) - 1
        counts[level] += 1
        for deeper in range(level + 1, _LEVELS):
            counts[deeper] = 0
        fmt, text, _start = levels[level]
        if fmt == "bullet":
            return "•"

        def number(seen: re.Match[str]) -> str:
            at = int(seen.group(1)) - 1
            if not 0 <= at <= level:
                return ""
            shown = levels.get(at, ("decimal", "", 1))[0]
            return formatted(shown, max(counts[at], 1))

        return re.sub(r"%([1-9])", number, text).strip()[:LABEL_MOST]

    def _list_of(self, p: Any) -> tuple[str, int] | None:
        ppr = p.find(_PPR)
        numpr = ppr.find(_NUMPR) if ppr is not None else None
        if numpr is not None:
            num, level = numpr.find(_NUMID), numpr.find(_ILVL)
            if num is None:
                return None
            found = (
                num.get(_VAL, "0"),
                attribute_int(level.get(_VAL) if level is not None else None, 0),
            )
        else:
            style = ppr.find(_PSTYLE) if ppr is not None else None
            styled = self.styled.get(style.get(_VAL, "")) if style is not None else None
            if styled is None:
                return None
            found = styled
        return None if found[0] == "0" else found

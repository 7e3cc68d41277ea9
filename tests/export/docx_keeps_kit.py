"""What keeps a Word export's headings with what they lead, read from the saved XML and
from the pages LibreOffice sets.

LibreOffice (7.4) pulls a heading to the next page with the paragraph after it only when
that paragraph does not itself keep with what follows: with a chain (a heading, a line
kept with the next, then a paragraph or a table), a page ended on the heading alone
wherever the line after it no longer fitted (render46, on the Swedish summary's
"Representativa citat"; moved down a line at a time over 40 lines, the summary ended
pages on "Efter kommun" and "Teman per roll", whose bars or sentence kept with their
table). A heading right above a table is pulled along with it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from tests.export.libreoffice_kit import set_text

ON = (None, "1", "true", "on")


def _style_keeps(document: object) -> dict[str, bool]:
    """Each paragraph style's id and whether it, or a style it is based on, keeps with
    the next."""
    styles = {s.style_id: s for s in document.styles if s.type == 1}  # type: ignore[attr-defined]

    def keeps(style: object) -> bool:
        while style is not None:
            kept = style.element.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")  # type: ignore[attr-defined]
            if kept is not None:
                return kept.get(qn("w:val")) in ON
            style = style.base_style  # type: ignore[attr-defined]
        return False

    return {name: keeps(style) for name, style in styles.items()}


def _style_of(paragraph: object) -> str:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")  # type: ignore[attr-defined]
    return "Normal" if style is None else str(style.get(qn("w:val")))


def _kept(paragraph: object, by_style: dict[str, bool]) -> bool:
    """Whether a ``w:p`` keeps with the next: its own ``w:keepNext``, else its style's."""
    own = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")  # type: ignore[attr-defined]
    if own is not None:
        return own.get(qn("w:val")) in ON
    return by_style.get(_style_of(paragraph), False)


def _text(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]


def headings(path: Path) -> list[str]:
    """The text of every heading (and the title) of the Word file at ``path``."""
    body = Document(str(path)).element.body
    return [
        _text(p)
        for p in body.iterchildren(qn("w:p"))
        if _style_of(p).startswith("Heading") or _style_of(p) == "Title"
    ]


def loose_headings(path: Path) -> list[str]:
    """The headings that do not keep with the next, or whose next paragraph keeps with
    what follows it (the chain LibreOffice leaves a heading of at a page's foot)."""
    document = Document(str(path))
    by_style = _style_keeps(document)
    body = list(document.element.body.iterchildren())
    loose = []
    for n, element in enumerate(body):
        if element.tag != qn("w:p"):
            continue
        style = _style_of(element)
        if not (style.startswith("Heading") or style == "Title"):
            continue
        after = body[n + 1] if n + 1 < len(body) else None
        beyond = body[n + 2] if n + 2 < len(body) else None
        chained = (
            after is not None
            and after.tag == qn("w:p")
            and _kept(after, by_style)
            and beyond is not None
            and beyond.tag in (qn("w:p"), qn("w:tbl"))
        )
        if not _kept(element, by_style) or (chained and style != "Title"):  # page 1's top
            loose.append(_text(element))
    return loose


def widow_control(path: Path) -> bool:
    """Whether the file's paragraphs keep two lines on each page they split over."""
    document = Document(str(path))
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}")
    found = None if defaults is None else defaults.find(f"{qn('w:pPr')}/{qn('w:widowControl')}")
    return found is not None and found.get(qn("w:val")) in ON


def page_foot_headings(path: Path) -> list[str]:
    """The headings that end a page as LibreOffice sets the file: a page's last lines
    read as a heading's whole text (a heading may wrap over two or three lines)."""
    wanted = {" ".join(h.split()) for h in headings(path)}
    stranded = []
    for page in set_text(path, layout=True).split("\f")[:-1]:
        lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for k in (1, 2, 3):
            tail = " ".join(lines[-k:])
            if tail in wanted:
                stranded.append(tail)
                break
    return stranded

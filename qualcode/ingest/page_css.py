"""What a page's own style sheet hides: rules in its ``<style>`` elements.

A web page hides an element as readily through a rule of its style sheet
(``.dold { display: none }``, ``span.x { mso-hide: all }``, ``#namn { visibility:
hidden }``) as through the element's own ``style`` attribute, and neither a browser nor
Word shows its text. The page reader looked only at the attribute, so a name hidden by a
class came into the transcript (red team, round 11). Rules with a simple selector (a
tag, classes, an id, or these together; a list of them) are read; a rule inside an
at-rule (``@media print``: hidden on paper only) and a selector naming an element's
place (``div p``, ``li:first-child``) are not, which leaves such text in rather than guess
what a page shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HIDING = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(hidden|collapse)|mso-hide\s*:\s*all"
    r"|font-size\s*:\s*(0+(\.0*)?|\.0+)(px|pt|em|rem|%)?\s*(;|!|$)",
    re.I,
)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)(</style\s*>|$)", re.I | re.S)
_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_SIMPLE = re.compile(r"([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+)*)", re.I)


@dataclass
class Sheet:
    """The simple selectors whose rules hide, by the tag, class or id each names first."""

    rules: dict[str, list[tuple[str, frozenset[str], str]]] = field(default_factory=dict)

    def hides(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether a rule of the sheet hides an element with ``tag`` and ``attrs``."""
        if not self.rules:
            return False
        said = dict(attrs)
        classes = frozenset((said.get("class") or "").split())
        ident = said.get("id") or ""
        keys = [tag, "*", *(f".{c}" for c in classes), *([f"#{ident}"] if ident else [])]
        for key in keys:
            for want_tag, want_classes, want_id in self.rules.get(key, ()):
                if (
                    want_tag in ("", "*", tag)
                    and want_classes <= classes
                    and (not want_id or want_id == ident)
                ):
                    return True
        return False


def page_sheet(page: str) -> Sheet:
    """The hiding rules of every ``<style>`` element of ``page``, wherever it stands (a
    rule hides what it names before it and after)."""
    sheet = Sheet()
    for match in _STYLE.finditer(page):
        for selectors, declarations in _top_rules(_COMMENT.sub("", match.group(1))):
            if HIDING.search(declarations):
                for selector in selectors.split(","):
                    _add(sheet, selector.strip())
    return sheet


def _top_rules(css: str) -> list[tuple[str, str]]:
    """The rules at the sheet's top level as (selectors, declarations); what an at-rule's
    block holds is passed over, however deep the braces go."""
    rules: list[tuple[str, str]] = []
    depth, start, head = 0, 0, ""
    for at, char in enumerate(css):
        if char == "{":
            if depth == 0:
                head, start = css[start:at], at + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                if not head.lstrip().startswith("@"):
                    rules.append((head.split(";")[-1], css[start:at]))
                start = at + 1
    return rules


def _add(sheet: Sheet, selector: str) -> None:
    simple = _SIMPLE.fullmatch(selector)
    if not selector or simple is None:
        return  # a selector naming an element's place, or none
    tag = (simple.group(1) or "").lower()
    parts = re.findall(r"[.#][\w-]+", simple.group(2) or "")
    classes = frozenset(p[1:] for p in parts if p[0] == ".")
    ids = [p[1:] for p in parts if p[0] == "#"]
    if len(set(ids)) > 1:
        return  # an element has one id
    ident = ids[0] if ids else ""
    key = f"#{ident}" if ident else (f".{min(classes)}" if classes else tag or "*")
    sheet.rules.setdefault(key, []).append((tag, classes, ident))

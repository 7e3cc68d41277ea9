"""What a page's own style sheet hides: rules in its ``<style>`` elements.

A web page hides an element as readily through a rule of its style sheet
(``.dold { display: none }``, ``span.x { mso-hide: all }``, ``#namn { visibility:
hidden }``) as through the element's own ``style`` attribute, and neither a browser nor
Word shows its text. The page reader looked only at the attribute, so a name hidden by a
class came into the transcript (red team, round 11). Rules with a simple selector (a
tag, classes, an id, or these together; a list of them) are read; a rule inside an
at-rule (``@media print``: hidden on paper only), a sheet for print (``<style
media="print">``) and a selector naming an element's place (``div p``,
``li:first-child``) are not, which leaves such text in rather than guess what a page
shows.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

HIDING = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*(hidden|collapse)|mso-hide\s*:\s*all", re.I
)
# A size of nothing hides an element's text, and its children's that take their size from
# it, but not a child that sets one of its own: a mail's template sets font-size: 0 on the
# block around its columns (no gaps between them) and each column its size, and all of its
# text was read as hidden. ``font_size`` says which: "zero", "relative" (a share of the
# parent's, nothing of nothing) or "own".
_FONT_SIZE = re.compile(r"(?<![\w-])font-size\s*:\s*([^;]*)", re.I)  # not mso-bidi-font-size
_ZERO = re.compile(r"[+]?(0+(\.0*)?|\.0+)([a-z]+|%)?", re.I)
_RELATIVE = re.compile(r"[\d.+]+(em|ex|ch|%)|larger|smaller|inherit|unset|revert\S*", re.I)
_STYLE = re.compile(r"<style\b([^>]*)>(.*?)(</style\s*>|$)", re.I | re.S)
# a sheet for some media only (<style media="print">), unless the screen is among them
_MEDIA = re.compile(r"""\bmedia\s*=\s*["']?([^"'>]*)""", re.I)
_ON_SCREEN = re.compile(r"\b(all|screen)\b", re.I)
_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_SIMPLE = re.compile(r"([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+)*)", re.I)


@dataclass
class Sheet:
    """The simple selectors whose rules hide, by the tag, class or id each names first."""

    rules: dict[str, list[tuple[str, frozenset[str], str]]] = field(default_factory=dict)
    # the rules that set a font size, by key as ``rules``: (their place in the sheet, what
    # the selector asks of an element, "zero", "relative" or "own")
    sizes: dict[str, list[tuple[int, tuple[str, frozenset[str], str], str]]] = field(
        default_factory=dict
    )

    def hides(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether a rule of the sheet hides an element with ``tag`` and ``attrs``."""
        if not self.rules:
            return False
        tag, classes, ident = _element(tag, attrs)
        return any(
            _matches(want, tag, classes, ident)
            for key in _keys(tag, classes, ident)
            for want in self.rules.get(key, ())
        )

    def font_size(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        """The font size an element's own style, else the sheet's last rule naming it, gives
        it ("zero", "relative", "own"; None: it takes its parent's)."""
        said = dict(attrs)
        own = font_size(said.get("style") or "")
        if own is not None or not self.sizes:
            return own
        tag, classes, ident = _element(tag, attrs)
        found = [
            (at, kind)
            for key in _keys(tag, classes, ident)
            for at, want, kind in self.sizes.get(key, ())
            if _matches(want, tag, classes, ident)
        ]
        return max(found)[1] if found else None


def font_size(declarations: str) -> str | None:
    """What the last ``font-size`` of ``declarations`` sets (see ``_FONT_SIZE``), if any."""
    values = _FONT_SIZE.findall(declarations)
    if not values:
        return None
    value = values[-1].split("!")[0].strip()
    if _ZERO.fullmatch(value):
        return "zero"
    return "relative" if _RELATIVE.fullmatch(value) else "own"


def _element(tag: str, attrs: list[tuple[str, str | None]]) -> tuple[str, frozenset[str], str]:
    said = dict(attrs)
    return tag, frozenset((said.get("class") or "").split()), said.get("id") or ""


def _keys(tag: str, classes: frozenset[str], ident: str) -> list[str]:
    """The keys of ``Sheet.rules`` under which a rule for such an element may stand."""
    return [tag, "*", *(f".{c}" for c in classes), *([f"#{ident}"] if ident else [])]


def _matches(
    want: tuple[str, frozenset[str], str], tag: str, classes: frozenset[str], ident: str
) -> bool:
    want_tag, want_classes, want_id = want
    return want_tag in ("", "*", tag) and want_classes <= classes and want_id in ("", ident)


def page_sheet(page: str) -> Sheet:
    """The hiding rules of every ``<style>`` element of ``page``, wherever it stands (a
    rule hides what it names before it and after)."""
    sheet = Sheet()
    order = itertools.count()  # a later rule of the sheet says the size
    for match in _STYLE.finditer(page):
        media = _MEDIA.search(match.group(1))
        if media and media.group(1).strip() and not _ON_SCREEN.search(media.group(1)):
            continue  # hidden on paper only, as a rule inside @media print
        # Word writes its sheet inside <!-- -->, as old browsers needed: CSS passes the marks
        # over, and the first rule read as "<!-- span.Dold" named no element
        css = _COMMENT.sub("", match.group(2)).replace("<!--", " ").replace("-->", " ")
        for selectors, declarations in _top_rules(css):
            hides, size = HIDING.search(declarations), font_size(declarations)
            for selector in selectors.split(",") if hides or size else ():
                simple = _simple(selector.strip())
                if simple is None:
                    continue
                key, want = simple
                if hides:
                    sheet.rules.setdefault(key, []).append(want)
                if size:
                    sheet.sizes.setdefault(key, []).append((next(order), want, size))
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


def _simple(selector: str) -> tuple[str, tuple[str, frozenset[str], str]] | None:
    """A simple selector's key in ``Sheet.rules`` and what it asks of an element, or None
    (a selector naming an element's place, or none)."""
    simple = _SIMPLE.fullmatch(selector)
    if not selector or simple is None:
        return None
    tag = (simple.group(1) or "").lower()
    parts = re.findall(r"[.#][\w-]+", simple.group(2) or "")
    classes = frozenset(p[1:] for p in parts if p[0] == ".")
    ids = [p[1:] for p in parts if p[0] == "#"]
    if len(set(ids)) > 1:
        return None  # an element has one id
    ident = ids[0] if ids else ""
    key = f"#{ident}" if ident else (f".{min(classes)}" if classes else tag or "*")
    return key, (tag, classes, ident)

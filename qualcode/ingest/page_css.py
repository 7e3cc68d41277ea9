"""What a page's own style sheet hides: rules in its ``<style>`` elements, in cascade order.

A web page hides an element as readily through a rule of its style sheet
(``.dold { display: none }``, ``span.x { mso-hide: all }``, ``#namn { visibility:
hidden }``) as through the element's own ``style`` attribute, and neither a browser nor
Word shows its text. The page reader looked only at the attribute, so a name hidden by a
class came into the transcript (red team, round 11). Rules with a simple selector (a
tag, classes, an id, or these together; a list of them) are read, at the sheet's top or
inside ``@media screen`` (or ``all``); a rule inside another at-rule (``@media print``:
hidden on paper only; ``@media screen and (max-width: ...)``: on some screens), a sheet
for print (``<style media="print">``) and a selector naming an element's place (``div
p``, ``li:first-child``) are not, which leaves such text in rather than guess what a page
shows. Which rule says an element's ``display``, ``visibility``, ``mso-hide`` and
``font-size`` is CSS's cascade: ``!important`` first, then the element's own style, then
the more specific selector, then the later rule; a later or more specific rule that
shows what an earlier one hid shows it (red team, round 12).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# A size of nothing hides an element's text, and its children's that take their size from
# it, but not a child that sets one of its own: a mail's template sets font-size: 0 on the
# block around its columns (no gaps between them) and each column its size, and all of its
# text was read as hidden. ``font_size`` says which: "zero", "relative" (a share of the
# parent's, nothing of nothing) or "own".
_ZERO = re.compile(r"[+]?(0+(\.0*)?|\.0+)([a-z]+|%)?", re.I)
_RELATIVE = re.compile(r"[\d.+]+(em|ex|ch|%)|larger|smaller|inherit|unset|revert\S*", re.I)
# the properties that hide, font-size (not mso-bidi-font-size, not mso-display), and the
# letters' and background's colours, which black out together (not border-color)
_DECLARATION = re.compile(
    r"(?<![\w-])(display|visibility|mso-hide|font-size|color|background-color|background)"
    r"\s*:\s*([^;}]*)",
    re.I,
)
# a colour in a value: #rgb, #rrggbb (with or without alpha), rgb()/rgba(), a dark name
_COLOUR = re.compile(
    r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})(?![0-9a-f])"
    r"|rgba?\(\s*([\d.]+)%?[\s,]+([\d.]+)%?[\s,]+([\d.]+)%?\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)"
    r"|(?<![\w-])([a-z]+)(?![\w-])",
    re.I,
)
# the named colours; any other name is light enough (or no colour at all)
_NAMED = {"black": "000000", "white": "ffffff", "navy": "000080", "darkblue": "00008b"}
_NAMED |= {"maroon": "800000", "darkred": "8b0000", "darkslategray": "2f4f4f"}
_NAMED |= {"darkslategrey": "2f4f4f", "dimgray": "696969", "dimgrey": "696969"}
# where a page's sheets are: a <style> element, but not one in a comment, in a script's
# text ('var s = "<style>.x{display:none}</style>"') or in what a browser never applies
# (<noscript> with scripts on, a <template>); the first of these to start is what it is
_SHEETS = re.compile(
    r"<!--.*?(?:-->|$)|<(script|noscript|template)(?![\w-]).*?(?:</\1\s*>|$)"
    r"|<style(?![\w-])([^>]*)>(.*?)(?:</style\s*>|$)",
    re.I | re.S,
)
# a sheet for some media only (<style media="print">), unless the screen is among them
_MEDIA = re.compile(r"""\bmedia\s*=\s*["']?([^"'>]*)""", re.I)
_ON_SCREEN = re.compile(r"\b(all|screen)\b", re.I)
_SCREEN_QUERY = re.compile(r"(only\s+)?(screen|all)", re.I)  # @media screen, no condition
_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_SIMPLE = re.compile(r"([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+)*)", re.I)

Want = tuple[str, frozenset[str], str]  # what a selector asks: tag, classes, id
# which declaration wins: (important, the element's own style, specificity, place in sheet)
Rank = tuple[int, int, tuple[int, int, int], int]
# the hidden attribute as the rule "[hidden] { display: none }" that style sheets' resets
# (normalize.css) put first: a class, an id or the element's own style may show it again,
# a rule naming only its tag ("section { display: block }", in the same resets) may not
_HIDDEN_ATTRIBUTE: Rank = (0, 0, (0, 1, 0), 0)


@dataclass(frozen=True, slots=True)
class Look:
    """What the cascade gives an element: ``hidden`` (display none or mso-hide all: it and
    all in it), its ``visibility`` ("hidden", "visible"; None: its parent's, which a child
    may undo) and its font ``size`` (see ``font_size``; None: its parent's)."""

    hidden: bool = False
    visibility: str | None = None
    size: str | None = None
    letters: str | None = None  # the colour of its letters, RRGGBB (None: its parent's)
    ground: str | None = None  # its background's, RRGGBB or "none" (None: none set)


_PLAIN = Look()


@dataclass
class Sheet:
    """The simple selectors whose rules set what hides, by the tag, class or id each names
    first: (what it asks of an element, its specificity, its place, its declarations)."""

    rules: dict[str, list[tuple[Want, tuple[int, int, int], int, dict[str, tuple[str, bool]]]]] = (
        field(default_factory=dict)
    )

    def look(self, tag: str, attrs: list[tuple[str, str | None]]) -> Look:
        """What the sheet, the element's own style and its ``hidden`` attribute give it."""
        said = dict(attrs)
        style = said.get("style") or ""
        if not self.rules and not style and "hidden" not in said:
            return _PLAIN
        best: dict[str, tuple[Rank, str]] = {}
        if "hidden" in said:
            best["display"] = (_HIDDEN_ATTRIBUTE, "none")
        tag, classes, ident = _element(tag, attrs)
        for key in _keys(tag, classes, ident):
            for want, specificity, order, values in self.rules.get(key, ()):
                if _matches(want, tag, classes, ident):
                    for name, (value, important) in values.items():
                        _keep(best, name, (int(important), 0, specificity, order), value)
        for name, (value, important) in declarations(style).items():
            _keep(best, name, (int(important), 1, (0, 0, 0), 0), value)
        says = {name: won for name, (_, won) in best.items()}
        return Look(
            hidden=says.get("display") == "none" or says.get("mso-hide") == "all",
            visibility=says.get("visibility"),
            size=says.get("font-size"),
            letters=says.get("color"),
            ground=says.get("background"),
        )


def _keep(best: dict[str, tuple[Rank, str]], name: str, rank: Rank, value: str) -> None:
    if name not in best or rank >= best[name][0]:
        best[name] = (rank, value)


def declarations(text: str) -> dict[str, tuple[str, bool]]:
    """What ``text`` (a rule's block or a style attribute) says of the properties that
    hide, as (value read, ``!important``); of two, the later unless the first is
    important. display reads "none" or "shown", visibility "hidden", "visible" or None
    (inherit), mso-hide "all" or "none", font-size as ``font_size``."""
    said: dict[str, tuple[str, bool]] = {}
    for name, raw in _DECLARATION.findall(text):
        value, _, flag = raw.partition("!")
        important = flag.strip().lower() == "important"
        read = _read(name.lower(), value.strip().lower())
        if read is None:
            continue
        # background sets (or, without a colour, clears) background-color
        key = "background" if name.lower() == "background-color" else name.lower()
        prior = said.get(key)
        if prior is None or important or not prior[1]:
            said[key] = (read, important)
    return said


def _read(name: str, value: str) -> str | None:
    if not value:
        return None
    if name == "display":
        return "none" if value == "none" else "shown"
    if name == "visibility":
        if value in ("hidden", "collapse"):
            return "hidden"
        return "visible" if value in ("visible", "initial") else "inherit"
    if name == "mso-hide":
        return "all" if value == "all" else "none"
    if name == "color":
        return colour(value)
    if name.startswith("background"):
        return colour(value) or "none"
    return font_size(f"font-size:{value}")


def colour(value: str) -> str | None:
    """The first opaque colour a value names, as RRGGBB; None for none, a transparent one
    or one not read (currentColor, a gradient), which black out nothing."""
    for match in _COLOUR.finditer(value):
        digits, r, g, b, alpha, share, name = match.groups()
        if name is not None:
            if name.lower() in _NAMED:
                return _NAMED[name.lower()]
            if name.lower() == "transparent":
                return None
            continue  # a word of the shorthand (url, no-repeat) or a light named colour
        if digits is not None:
            if len(digits) in (3, 4):
                digits = "".join(c * 2 for c in digits)
            if len(digits) == 8 and int(digits[6:], 16) < 128:
                return None  # more than half see-through
            return digits[:6].lower()
        if alpha is not None and float(alpha) / (100 if share else 1) < 0.5:
            return None
        channels = [min(255, int(float(c))) for c in (r, g, b)]
        return "".join(f"{c:02x}" for c in channels)
    return None


def font_size(declarations: str) -> str | None:
    """What the last ``font-size`` of ``declarations`` sets (see ``_ZERO``), if any."""
    values = [
        raw for name, raw in _DECLARATION.findall(declarations) if name.lower() == "font-size"
    ]
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


def _matches(want: Want, tag: str, classes: frozenset[str], ident: str) -> bool:
    want_tag, want_classes, want_id = want
    return want_tag in ("", "*", tag) and want_classes <= classes and want_id in ("", ident)


def page_sheet(page: str) -> Sheet:
    """The rules of every ``<style>`` element of ``page`` that the screen applies, wherever
    it stands (a rule hides what it names before it and after)."""
    sheet = Sheet()
    order = itertools.count(1)  # of two rules alike, the later says
    for match in _SHEETS.finditer(page):
        if match.group(3) is None:
            continue  # a comment, a script, what is for scripts off, a template
        media = _MEDIA.search(match.group(2))
        if media and media.group(1).strip() and not _ON_SCREEN.search(media.group(1)):
            continue  # hidden on paper only, as a rule inside @media print
        # Word writes its sheet inside <!-- -->, as old browsers needed: CSS passes the marks
        # over, and the first rule read as "<!-- span.Dold" named no element
        css = _COMMENT.sub("", match.group(3)).replace("<!--", " ").replace("-->", " ")
        for selectors, block in _rules(css):
            values = declarations(block)
            for selector in selectors.split(",") if values else ():
                simple = _simple(selector.strip())
                if simple is not None:
                    key, want, specificity = simple
                    sheet.rules.setdefault(key, []).append((want, specificity, next(order), values))
    return sheet


def _rules(css: str) -> Iterator[tuple[str, str]]:
    """The sheet's rules as (selectors, declarations) in order: those at its top level and
    inside ``@media screen`` or ``@media all``; what another at-rule's block holds is
    passed over, however deep the braces go. One pass with a stack, no recursion: a page
    nesting ``@media screen {`` some thousands deep stopped its import with Python's
    RecursionError (and each level read its block again)."""
    opened: list[tuple[str, int, str]] = []  # each open block: "rule", "media" or "other"
    unread = 0  # open blocks whose insides are not read: a rule's, another at-rule's
    start = 0
    for at, char in enumerate(css):
        if char == "{":
            head = css[start:at].split(";")[-1].strip()
            if unread:
                kind = "other"
            elif not head.startswith("@"):
                kind = "rule"
            elif re.match(r"@media\s", head, re.I) and _on_screen(head[6:]):
                kind = "media"
            else:
                kind = "other"
            opened.append((kind, at + 1, head))
            unread += kind != "media"
            start = at + 1
        elif char == "}" and opened:
            kind, begin, head = opened.pop()
            unread -= kind != "media"
            if kind == "rule":
                yield head, css[begin:at]
            start = at + 1


def _on_screen(queries: str) -> bool:
    """Whether a media query list holds one the screen always meets (screen, all)."""
    return any(_SCREEN_QUERY.fullmatch(query.strip()) for query in queries.split(","))


def _simple(selector: str) -> tuple[str, Want, tuple[int, int, int]] | None:
    """A simple selector's key in ``Sheet.rules``, what it asks of an element and its
    specificity (ids, classes, tags), or None (a selector naming an element's place)."""
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
    specificity = (len(ids), sum(p[0] == "." for p in parts), int(tag not in ("", "*")))
    return key, (tag, classes, ident), specificity

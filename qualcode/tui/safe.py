"""Names, quotes and memos shown as typed: never obeyed as markup or terminal controls.

Everything a user or an imported file names (codes, documents, speakers, coders, memo
texts, quotes) may hold square brackets that Textual or Rich would read as markup
(``[@click=app.quit]`` even runs an action) and control characters that would steer the
terminal. Every screen passes such text through one of these helpers.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from qualcode.errors import UNPRINTABLE

CONTROLS = UNPRINTABLE  # made visible, one character for one
REPLACEMENT = "\ufffd"
ZERO_WIDTH = "\u200b"


def plain(value: object) -> str:
    """``value`` as text with every control character but newline and tab made visible,
    one character for one (the transcript maps a cell to an offset so)."""
    return CONTROLS.sub(REPLACEMENT, str(value))


def markup(value: object) -> str:
    """``value`` ready to sit inside a Textual markup string: every ``[`` is escaped, which
    (unlike ``rich.markup.escape``) also covers ``[BOLD]``, ``[$accent]`` and ``[ b]``.

    A backslash at the end would escape the template's next tag ('karin\\' in
    ``f"[dim]{markup(name)}[/dim]"`` showed '[/dim]' and dimmed what followed), and Textual
    has no escape for a backslash: a zero-width space after it shows as nothing."""
    text = plain(value).replace("[", "\\[")
    return text + ZERO_WIDTH if text.endswith("\\") else text


def filled(template: str, **values: object) -> Content:
    """A markup ``template`` (the program's own) with ``values`` put in as typed, never read
    as markup (Textual's ``$name`` variables). ``f"[b]{markup(name)}[/b]"`` showed a name
    ending in a backslash ("Styrning\\") as "Styrning[/b]" and bold to the line's end: the
    backslash escaped the template's closing tag, and Textual has no escape for itself."""
    return Content.from_markup(template, **{k: plain(v) for k, v in values.items()})


def literal(value: object, style: str = "") -> Text:
    """``value`` as a Rich ``Text``: shown literally by every widget (DataTable cells parse
    plain strings as Rich markup, so names go in as ``Text``)."""
    return Text(plain(value), style=style)


def cleaned(text: Text) -> Text:
    """``text`` (built from names and quotes) with its control characters made visible;
    one character for one keeps every style span in place."""
    text.plain = plain(text.plain)
    return text

"""The footer every screen shows: keys that fit whole, the most important first.

Textual's footer lays its keys out in a row and cuts the row at the terminal's edge, so on
80 columns the last key showed as "^b" without its label, or "Codeboo". Here a key that
does not fit whole is left out instead, with every key after it: a screen lists its
bindings most important first, so a shorter, later key never takes the place of a more
important one. ``?`` and the way back (or out) are always kept: they lead to everything
else. The keys left out still work and are listed by ``?`` and the palette.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS = ("help", "back", "quit")  # ``?`` lists every key; Esc or q leaves the screen


def key_width(key: FooterKey, compact: bool) -> int:
    """Cells one key takes in the footer, as Textual's footer styles draw it: the key with a
    space on each side and the label with one after (compact: one space between, and one
    between keys)."""
    label = cell_len(key.description)
    if compact:
        return cell_len(key.key_display) + (1 + label if label else 0) + 1
    return cell_len(key.key_display) + 2 + (label + 1 if label else 0)


def fitting(widgets: Iterable[Widget], width: int, compact: bool) -> list[Widget]:
    """The footer's widgets that fit in ``width`` cells, whole, in their order, up to the
    first that does not; the command palette's key (docked right) and those of ``ALWAYS``
    are placed first."""
    items = list(widgets)
    keys = [w for w in items if isinstance(w, FooterKey)]
    palette = [k for k in keys if k.has_class("-command-palette")]
    room = width - sum(key_width(k, compact) + 1 for k in palette)  # and its bar
    always: list[FooterKey] = []
    for name in ALWAYS:  # the first key of each such action
        found = [k for k in keys if k.action.rpartition(".")[2] == name and k not in palette]
        always += found[:1]
    room -= sum(key_width(k, compact) for k in always)
    kept: list[Widget] = []
    full = False
    for item in items:
        if item in palette or item in always:
            kept.append(item)
            continue
        if not isinstance(item, FooterKey):
            continue  # a group label: no screen of ours groups its keys
        need = key_width(item, compact)
        full = full or need > room
        if not full:
            kept.append(item)
            room -= need
    return kept


class KeysFooter(Footer):
    """A footer that leaves out the keys it cannot show whole (see the module's docstring)."""

    _width = 0

    def compose(self) -> ComposeResult:
        width = self.size.width or self.app.size.width
        self._width = width
        yield from fitting(super().compose(), width, self.compact)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width and self.is_attached:
            self.call_after_refresh(self.recompose)

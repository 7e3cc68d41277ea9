"""The keys panel (`?`): qualcode's keys first, then the codebook's shortcuts, then the
generic keys of lists and scrolling.

Textual's own panel lists the focused widget's keys first, so at 80 columns some fifteen
scrolling keys came before any of qualcode's, and neither `?` nor Esc closed it. This is a
modal screen over the one the user is on: `?` and Esc close it, and since it is in front,
Esc never reaches the screen behind.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from qualcode.tui.keys import localize_bindings
from qualcode.tui.screens.base import QualcodeModal

Row = tuple[str, str, str]  # section, keys, what they do


def key_rows(screen: Screen[Any], t: Any) -> list[Row]:
    """Every active key of ``screen``: its own, the app's, its codes', then widgets'."""
    app = screen.app
    groups: dict[str, dict[str, tuple[list[str], str]]] = {
        t("keys_screen"): {},
        t("keys_app"): {},
        t("keys_widget"): {},
    }
    # keys a screen does not offer this person (a coder's R: reconciling is the lead's)
    not_offered: set[str] = getattr(screen, "not_offered", set())
    who, project = getattr(app, "coder", None), getattr(app, "project", None)
    lead = bool(who) and project is not None and project.coder(who).role == "lead"
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if binding.system or not binding.description or binding.id in not_offered:
            continue
        if binding.action == "app.reconcile" and not lead:  # any screen's R (the coding one)
            continue
        if binding.id is None:  # Textual's own: focus, scrolling, lists
            section = t("keys_widget")
        elif active.node is app:
            section = t("keys_app")
        else:  # ours, on the screen or on one of its widgets (the documents list's Enter)
            section = t("keys_screen")
        shown = app.get_key_display(Binding(key, binding.action, binding.description))
        keys, _ = groups[section].setdefault(binding.action, ([], binding.description))
        if shown not in keys:
            keys.append(shown)
    rows: list[Row] = []
    for section in (t("keys_screen"), t("keys_app")):
        rows += [(section, " ".join(k), d) for k, d in groups[section].values()]
    codes = getattr(screen, "code_list", None) or []
    lang = getattr(getattr(screen, "doc", None), "lang", t.lang)
    rows += [(t("keys_codes"), c.shortcut, c.name(lang)) for c in codes if c.shortcut]
    rows += [(t("keys_widget"), " ".join(k), d) for k, d in groups[t("keys_widget")].values()]
    return rows


class KeysScreen(QualcodeModal[None]):
    """Lists the keys of the screen below; `?` or Esc closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="keys.close"),
    ]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.t = self.app.t
        localize_bindings(self, self.t)
        self.rows = key_rows(under, self.t)

    def compose(self) -> ComposeResult:
        table = Table(show_header=False, box=None, padding=(0, 1))
        table.add_column(justify="right", style="bold")
        table.add_column()
        section = None
        for name, keys, what in self.rows:
            if name != section:
                if section is not None:
                    table.add_row("", "")
                table.add_row("", Text(name, style="underline"))
                section = name
            table.add_row(Text(keys), Text(what))
        with Vertical(classes="cb-dialog", id="keys-dialog"):
            yield Static(self.t("keys_title"), classes="cb-dialog-title")
            with VerticalScroll(id="keys-list"):
                yield Static(table)

    def on_mount(self) -> None:
        self.query_one("#keys-list").focus()

    def action_close(self) -> None:
        self.dismiss(None)

"""The keys panel (`?`): qualcode's keys first, then the codebook's shortcuts, then the
generic keys of lists and scrolling.

Textual's own panel lists the focused widget's keys first, so at 80 columns some fifteen
scrolling keys came before any of qualcode's, and neither `?` nor Esc closed it. This is a
modal screen over the one the user is on: `?` and Esc close it, and since it is in front,
Esc never reaches the screen behind.

The coding screen has some sixty keys. Listed in one narrow column they filled the panel's
left third and a new coder paged through them one line per ↓ (eyes10): the sections now
flow into as many columns as the width holds, so at 120 columns they fit on one page, and
Space, PgDn, PgUp, Home and End page where they do not (the title says so).
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

from qualcode.tui.keys import described, localize_bindings
from qualcode.tui.screens.base import QualcodeModal

Row = tuple[str, str, str]  # section, keys, what they do
Line = tuple[str, str]  # a line of a column: (keys, what); a heading is ("", section)
# the dialog's frame and padding (4), its scrollbar (2) and a gap between columns
FRAME, MAX_DIALOG, GAP, MAX_COLUMNS = 6, 110, 3, 3
WHAT = 34  # a longer description (a turning point's whole name) wraps in its column


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
        what = described(binding, t)  # a widget's own keys too (the codebook's tree)
        longer = getattr(screen, "help_words", {}).get(binding.id or "")
        what = t(longer) if longer else what  # more than the footer has room for (q twice)
        shown = app.get_key_display(Binding(key, binding.action, what))
        keys, _ = groups[section].setdefault(binding.action, ([], what))
        if shown not in keys:
            keys.append(shown)
    rows: list[Row] = []
    for section in (t("keys_screen"), t("keys_app")):
        rows += numbered_together([(section, " ".join(k), d) for k, d in groups[section].values()])
    codes = getattr(screen, "code_list", None) or []
    # named in the interface's language, as the sidebar and the code finder name them: the
    # transcript's put Swedish names beside an English sidebar (eyes44)
    rows += [(t("keys_codes"), c.shortcut, c.name(t.lang)) for c in codes if c.shortcut]
    rows += [(t("keys_widget"), " ".join(k), d) for k, d in groups[t("keys_widget")].values()]
    return rows


def numbered_together(rows: list[Row]) -> list[Row]:
    """Keys that do one thing by number ("1 Accept version 1" ... "9 Accept version 9") as
    one row, "1–9 Accept version 1–9": the reconcile screen's nine took a column of their
    own in the keys panel."""
    out: list[Row] = []
    for section, keys, what in rows:
        prev = out[-1] if out else None
        stem = what[: -len(keys)] if keys.isdigit() and what.endswith(f" {keys}") else None
        if prev and stem is not None and prev[0] == section:
            first, _, last = prev[1].partition("–")
            if (
                first.isdigit()
                and int(last or first) + 1 == int(keys)
                and prev[2].startswith(stem)
                and prev[2][len(stem) :] in (first, f"{first}–{last}")
            ):
                out[-1] = (section, f"{first}–{keys}", f"{stem}{first}–{keys}")
                continue
        out.append((section, keys, what))
    return out


def key_lines(rows: list[Row]) -> list[Line]:
    """The rows as lines: each section under its heading, a blank line between sections."""
    lines: list[Line] = []
    section = None
    for name, keys, what in rows:
        if name != section:
            if section is not None:
                lines.append(("", ""))
            lines.append(("", name))
            section = name
        lines.append((keys, what))
    return lines


def columns(lines: list[Line], width: int) -> list[list[Line]]:
    """The lines in as many columns as ``width`` holds at their natural width (at most
    three), balanced in height; a column neither starts nor ends on a blank line, nor
    ends on a heading, which belongs over the lines after it."""
    keys = max((len(k) for k, _ in lines), default=0)
    what = min(WHAT, max((len(w) for _, w in lines), default=0))
    count = max(1, min(MAX_COLUMNS, (width + GAP) // (keys + what + 1 + GAP)))
    height = -(-len(lines) // count)
    result: list[list[Line]] = []
    rest = list(lines)
    while rest:
        column = rest[:height] if len(result) < count - 1 else rest
        rest = rest[len(column) :]
        if rest and column[-1][0] == "" and column[-1][1]:  # a heading at the foot
            rest.insert(0, column.pop())
        while column and column[-1] == ("", ""):
            column.pop()
        result.append(column)
        while rest and rest[0] == ("", ""):
            rest.pop(0)
    return result


def _column_table(lines: list[Line]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
    table.add_column(justify="right", style="bold", no_wrap=True)
    table.add_column()
    for keys, what in lines:
        heading = not keys and what
        table.add_row(Text(keys), Text(what, style="underline" if heading else ""))
    return table


class KeysScreen(QualcodeModal[None]):
    """Lists the keys of the screen below, in columns; `?` or Esc closes it, Space and the
    page keys page through it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="keys.close"),
        Binding("space", "page", "Next page", id="keys.page"),
    ]

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.t = self.app.t
        localize_bindings(self, self.t)
        self.rows = key_rows(under, self.t)

    def compose(self) -> ComposeResult:
        # the dialog is 90% of the screen, at most MAX_DIALOG wide (app.tcss's .cb-dialog)
        room = min(MAX_DIALOG, self.app.size.width * 9 // 10) - FRAME
        parts = columns(key_lines(self.rows), room)
        table = Table.grid(padding=(0, GAP))
        for _ in parts:
            table.add_column(vertical="top")
        table.add_row(*(_column_table(part) for part in parts))
        with Vertical(classes="cb-dialog", id="keys-dialog"):
            yield Static(self.t("keys_title"), classes="cb-dialog-title")
            with VerticalScroll(id="keys-list"):
                yield Static(table)

    def on_mount(self) -> None:
        self.query_one("#keys-list").focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_page(self) -> None:
        """Space pages on, as in a pager (PgDn, PgUp, Home and End are the list's own)."""
        self.query_one("#keys-list", VerticalScroll).scroll_page_down()

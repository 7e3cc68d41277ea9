"""The audit trail (H): who did what, when, newest first, narrowed by who, kind, document
and words, with the highlighted entry in full below the list.

What `qualcode audit` prints, for a lead over SSH who would otherwise leave the TUI for it:
read through ``Project.audit_trail``, which asks ``Project.audit``, the CLI's call, so
blind coding holds here as there (a coder reads her own entries and what a lead did for
her, never a colleague's) and names go through the pseudonym key unless a lead reads
them (she sees real names on every other screen too). The log of a national study holds
hundreds of thousands of entries, so it is read in a thread worker and the table lists
the newest ``SHOWN`` of those the filters keep; the search box and the filters narrow
all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable, Header, Input, Static

from qualcode.errors import QualcodeError
from qualcode.project import TrailEntry, filter_trail
from qualcode.project.audit_said import entry_said
from qualcode.tui.audit_words import ScreenWords
from qualcode.tui.keys import localize_bindings
from qualcode.tui.labels import names_by_key, word_names
from qualcode.tui.safe import literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_table import RowTable

SHOWN = 1000  # rows in the table at most: the newest the filters keep
FILTERS = ("actor", "kind", "document")
WIDE = 100  # from this width the time shows its year
ROW_NAME = 20  # a code's name in a row too narrow for the whole entry, as the reconcile
# table names it at 80 columns ("systems perspective", "integrating work …")


@dataclass
class TrailRead(Message):
    """The worker's answer: the entries, or the one line saying why there are none."""

    entries: list[TrailEntry]
    error: str = ""


class TrailTable(RowTable[Text]):
    """j and k move as in every other list of the TUI; Home and End go to the newest and
    the oldest entry."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter opens the entry's document (DataTable's own Enter is unlabelled)
        Binding("enter", "select_cursor", "Open", id="audit.open"),
        Binding("j", "cursor_down", "Down", show=False, id="audit.down"),
        Binding("k", "cursor_up", "Up", show=False, id="audit.up"),
    ]


class AuditScreen(QualcodeScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the keys typed after it go to the box (action_search)
        Binding("slash", "search", "Search", id="audit.search", priority=True),
        Binding("o", "cycle('actor', 1)", "Who", id="audit.coder"),
        Binding("t", "cycle('kind', 1)", "Kind", id="audit.kind"),
        Binding("d", "cycle('document', 1)", "Document", id="audit.document"),
        Binding("O", "cycle('actor', -1)", "", show=False, id="audit.coder_back"),
        Binding("T", "cycle('kind', -1)", "", show=False, id="audit.kind_back"),
        Binding("D", "cycle('document', -1)", "", show=False, id="audit.document_back"),
        Binding("x", "clear", "All entries", show=False, id="audit.clear"),
        Binding("q,escape", "back", "Back", id="audit.back"),
    ]

    def __init__(self, keep: AuditScreen | None = None) -> None:
        """``keep``: the screen this one replaces in another interface language (L), whose
        filters and search it keeps."""
        super().__init__()
        self.t = self.app.t
        # every word of qualcode's in the interface language: the Swedish screen read
        # "lena for karin" and "accept:karin with johan" (audit_words.py)
        self.words = ScreenWords(self.t)
        self.row_words = ScreenWords(self.t)  # the codes' shorter names, for a narrow row
        localize_bindings(self, self.t)
        self.entries: list[TrailEntry] = []
        self.shown: list[TrailEntry] = []
        self.chosen: dict[str, str | None] = dict.fromkeys(FILTERS)
        self._needle = ""
        if keep is not None:
            self.chosen = dict(keep.chosen)
            self._needle = keep.query_one("#audit-search", Input).value

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(self._needle, placeholder=self.t("audit_search"), id="audit-search")
        yield Static(id="audit-filters")
        yield TrailTable(id="audit-table", cursor_type="row", zebra_stripes=True)
        yield Static(self.t("audit_loading"), id="audit-detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.title = self.t("audit_title")
        # the list's own keys in the interface language too: the Swedish footer read
        # "⏎ Open" beside "/ Sök" (the keys panel was right, the footer not)
        localize_bindings(self.query_one(TrailTable), self.t)
        self.query_one(TrailTable).focus()

    def on_screen_resume(self) -> None:
        """Read the trail when the screen comes to the front: first, and again back from
        a document opened with Enter, whose new codings the list did not show."""
        # a lead reads real names, as on every other screen; asked here, not in the
        # thread, which may not touch the interface's connection
        project = self.app.project
        self.words.names = names_by_key(project.codebook(include_deleted=True), self.t.lang)
        self.row_words.names = word_names(self.words.names, ROW_NAME)
        self._read(project.coder(self.app.coder).role == "lead")

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _read(self, lead: bool) -> None:
        """In a thread with its own connection, acting as the person at the keyboard."""
        app = self.app
        with app.worker_project() as project:
            try:
                entries = project.audit_trail(app.coder, real_names=lead, words=self.words)
            except QualcodeError as exc:
                self.post_message(TrailRead([], said(exc, app.t)))
                return
        self.post_message(TrailRead(entries))

    def on_trail_read(self, message: TrailRead) -> None:
        self.entries = message.entries
        if message.error:
            self.query_one("#audit-detail", Static).update(Text(message.error))
        self.show()

    def show(self) -> None:
        """The table as the filters and the search keep it, the cursor on the same row."""
        needle = self.query_one("#audit-search", Input).value
        self.shown = filter_trail(self.entries, text=needle, **self.chosen)
        table = self.query_one(TrailTable)
        at = table.cursor_row
        table.clear(columns=True)
        widths = self._widths()
        for name, width in zip(("when", "who", "what", "document", "said"), widths, strict=True):
            table.add_column(self.t(f"audit_col_{name}"), width=width, key=name)
        for e in self.shown[:SHOWN]:
            table.add_row(*self._cells(e, widths))
        if self.shown:
            table.move_cursor(row=min(at, len(self.shown[:SHOWN]) - 1))
        self._said_filters()
        self._detail()

    def _widths(self) -> tuple[int, int, int, int, int]:
        """Room for each column at this width: the time, who and what whole, the document
        cut at two fifths of what is left, the details in the rest (and whole below)."""
        room = max(40, self.app.size.width - 2 - 2 * 5)  # the scrollbar; a gap per column
        when = 16 if self.app.size.width >= WIDE else 11
        longest = {
            k: max((len(getattr(e, k)) for e in self.shown[:SHOWN]), default=0)
            for k in ("who", "what", "document")
        }
        who = min(16, max(4, longest["who"]))
        what = min(18, max(4, longest["what"]))
        document = min(max(8, (room - when - who - what) * 2 // 5), max(8, longest["document"]))
        return when, who, what, document, max(10, room - when - who - what - document)

    def _cells(self, e: TrailEntry, widths: tuple[int, ...]) -> list[Text]:
        """The row's cells as plain text: a rationale or a name is never read as markup."""
        when = e.at[:16].replace("T", " ")
        when = when if widths[0] >= 16 else when[5:]
        values = (when, e.who, e.what, e.document, self._row_said(e, widths[4]))
        return [literal(_cut(v, w)) for v, w in zip(values, widths, strict=True)]

    def _row_said(self, e: TrailEntry, width: int) -> str:
        """The details as the row has room for them: whole where they fit; else the codes
        by their shorter names and a decision's verdict before them. The demo's turning
        points all begin "From ...", and the lead at 80 columns read "From separating…"
        down the column, never a verdict (tui50); the entry below the list reads whole."""
        whole = entry_said(e.payload, self.words)
        if len(e.said) <= width or not e.said.startswith(whole):
            return e.said
        short = entry_said(e.payload, self.row_words, verdict_first=True)
        return short + e.said[len(whole) :]  # what the trail added (a memo's passage)

    def _said_filters(self) -> None:
        every = self.t("audit_all")
        values = {k: v if v is not None else every for k, v in self.chosen.items()}
        if self.chosen["kind"] is not None:  # a family in the interface's words
            values["kind"] = self.words.kind(self.chosen["kind"])
        line = self.t("audit_filters", **values)
        total = len(self.shown)
        count = (
            self.t("audit_showing", shown=SHOWN, n=total)
            if total > SHOWN
            else self.t("audit_count", n=total)
        )
        self.query_one("#audit-filters", Static).update(Text(line))
        self.sub_title = count

    def _detail(self) -> None:
        """The highlighted entry whole: a rationale cut in the table reads in full here."""
        row = self.query_one(TrailTable).cursor_row
        detail = self.query_one("#audit-detail", Static)
        if not self.shown:
            detail.update(Text(self.t(self._none_said())))
            return
        e = self.shown[min(row, len(self.shown) - 1)]
        when = e.at[:19].replace("T", " ")
        head = " · ".join(x for x in (when, e.who, e.what, e.document) if x)
        detail.update(Text(head + "\n", style="bold") + Text(e.said))

    def _none_said(self) -> str:
        """Why the list is empty: the filters, or nothing recorded yet, and for a coder
        working blind that she reads her own entries only (an empty screen said nothing,
        and a new coder could not tell a broken screen from a rule)."""
        if self.entries:
            return "audit_none"
        blind = self.app.project.reads_only(self.app.coder) is not None
        return "audit_none_yet_blind" if blind else "audit_none_yet"

    @on(DataTable.RowHighlighted, "#audit-table")
    def _moved(self) -> None:
        self._detail()

    @on(Input.Changed, "#audit-search")
    def _typed(self) -> None:
        self.show()

    @on(Input.Submitted, "#audit-search")
    def _searched(self) -> None:
        self.query_one(TrailTable).focus()

    def on_resize(self, event: Resize) -> None:
        if self.entries:
            self.show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the box, the search key is a character to type ("a/b"), not the search."""
        return action != "search" or not isinstance(self.focused, Input)

    def action_search(self) -> None:
        """Focus the box at once, so the words typed straight after it reach it."""
        self.set_focus(self.query_one("#audit-search", Input))

    def action_cycle(self, what: str, step: int) -> None:
        """The next (``step`` 1) or previous value of a filter among those the trail holds,
        "all" between the last and the first; the search box keeps its words. Values come
        newest first, as the entries do: the lead back from reconciling meets "reconcile"
        and her own name at the first press (alphabetical, "codebook" came first and
        "reconcile" sixth)."""
        # a coder a lead acted for is among the people: her work is found under her name
        people = (p for e in self.entries for p in (e.actor, e.for_whom))
        found = people if what == "actor" else (getattr(e, what) for e in self.entries)
        values = dict.fromkeys(found)
        options: list[str | None] = [None, *(v for v in values if v)]
        now = self.chosen[what]
        at = options.index(now) if now in options else 0
        self.chosen[what] = options[(at + step) % len(options)]
        self.show()

    @on(DataTable.RowSelected, "#audit-table")
    def _open(self) -> None:
        """The highlighted entry's document, at its passage where it names one (a coding
        added, changed or removed): what a lead reading the trail goes to look at."""
        if not self.shown:
            return
        entry = self.shown[min(self.query_one(TrailTable).cursor_row, len(self.shown) - 1)]
        if not entry.document_id:
            self.notify(self.t("audit_no_document"), severity="warning")
            return
        from qualcode.tui.screens.coding import CodingScreen

        self.app.push_screen(CodingScreen(entry.document_id, select=entry.span))

    def action_clear(self) -> None:
        """Every entry again: each filter back to all and the search box emptied."""
        self.chosen = dict.fromkeys(FILTERS)
        self.query_one("#audit-search", Input).value = ""
        self.show()

    def action_back(self) -> None:
        if self.query_one("#audit-search", Input).has_focus:
            self.query_one(TrailTable).focus()
            return
        self.app.pop_screen()


def _cut(value: str, width: int) -> str:
    """``value`` on one line in ``width`` cells, "…" where it was cut."""
    line = " ".join(value.split())
    return line if len(line) <= width else line[: max(0, width - 1)] + "…"

"""The documents screen: every transcript with attributes, my status and my progress.

The rows are loaded once per visit (documents without their texts, my codings, and units
only of the documents I have coded), and the filter works on those rows in memory, so
typing in the filter never touches the project file.
"""

from __future__ import annotations

import time
from contextlib import suppress
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Input
from textual.widgets.data_table import RowDoesNotExist

from qualcode.errors import QualcodeError
from qualcode.model import Coding, DocumentSummary
from qualcode.project.report_titles import NAMED_ATTRIBUTES
from qualcode.tui.embed_all import EmbedLine
from qualcode.tui.fit import Fit, cut_end, fit
from qualcode.tui.keys import key_named, localize_bindings, set_shown
from qualcode.tui.labels import elide
from qualcode.tui.lead_keys import is_lead, offer_lead_keys
from qualcode.tui.safe import literal
from qualcode.tui.said import said
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.doc_import import ImportActions
from qualcode.tui.screens.doc_restore import RestoreActions
from qualcode.tui.screens.doc_sets import SetActions
from qualcode.tui.screens.document_rows import (
    FRONT,
    Row,
    coded_units,
    filter_example,
    matches,
    row_cells,
)
from qualcode.tui.screens.prompt import PromptScreen
from qualcode.tui.screens.speakers import SpeakerActions
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.row_table import RowTable

STATUSES = ("todo", "in_progress", "done")
WATCH_SECONDS = 2.0  # how often the list asks whether documents arrived (a cheap question)
NAMED_NEW = 3  # a notification names at most this many arrived documents
QUIT_NOTE = 6.0  # seconds the first q's note shows, in which a second q quits
# the lead's keys: reconcile, take a document out, bring one back
LEAD_KEYS = ("documents.reconcile", "documents.remove", "documents.restore")


class DocumentTable(RowTable[str]):
    """The documents list. Its own Enter (DataTable's, unlabelled and hidden) shadowed the
    screen's "Open", so neither the footer nor `?` said how to open a document; here Enter
    says so, under the screen's binding id (one remap moves both)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open", id="documents.open"),
        # j/k as in the transcript: "j j Enter" did nothing, then opened the first document
        Binding("j", "cursor_down", "Down", show=False, id="documents.down"),
        Binding("k", "cursor_up", "Up", show=False, id="documents.up"),
    ]


class DocumentsScreen(
    ImportActions, RestoreActions, SetActions, SpeakerActions, QualcodeScreen[None]
):
    # letters are commands on the list; the box is one / away. Textual focused the first
    # focusable widget, the box, as the screen came up, and the list only a turn later:
    # keys typed while the TUI started ("R" for reconcile, "jP") were typed into the box,
    # and the lead saw "0 of 3 documents" under a filter "jP" (eyes36)
    AUTO_FOCUS = "#documents"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="documents.open"),
        # the box says so; priority: the keys typed after it go to the box (action_filter)
        Binding("slash", "filter", "Filter", show=False, id="documents.filter", priority=True),
        Binding("R", "app.reconcile", "Reconcile", id="documents.reconcile"),
        Binding("P", "app.reports", "Reports", id="documents.reports"),
        Binding("w", "app.switch_coder", "Switch coder", show=False, id="documents.who"),
        Binding("v", "app.retrieve", "Passages", id="documents.retrieve"),
        Binding("F", "app.search_text", "Search text", show=False, id="documents.search_text"),
        Binding("N", "app.memo_list", "Memos", show=False, id="documents.memo_list"),
        Binding("T", "app.themes", "Themes", show=False, id="documents.themes"),
        Binding("X", "remove", "Remove", show=False, id="documents.remove"),
        Binding("U", "restore", "Restore", show=False, id="documents.restore"),
        Binding("A", "attributes", "Attributes", show=False, id="documents.attributes"),
        Binding("S", "sets", "Sets", show=False, id="documents.sets"),
        Binding("I", "speakers", "Speakers", show=False, id="documents.speakers"),
        Binding("i", "import_files", "Import", id="documents.import"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]
    help_words: ClassVar[dict[str, str]] = {"app.quit": "quit_twice_help"}  # `?` says it
    _quit_until = 0.0

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.stamp: tuple[int, int, int] | None = None  # the documents as last read
        self.keys: list[str] = []
        self.front: list[str] = []
        self.lead = False  # read again with the rows: the coder may switch (w)
        self.own = True  # her own status, codings and progress shown (``reload``)
        localize_bindings(self, self.app.t)
        self._offer_reconcile()  # before the first paint: no footer refresh needed

    def _offer_reconcile(self) -> bool:
        """R opens the lead's reconciliation, X and U take documents out and back: a
        coder's footer and `?` do not offer them (each key still says why it is not
        theirs). True when the footer's keys changed."""
        changed = offer_lead_keys(self, LEAD_KEYS, is_lead(self.app))
        # and w, who codes, to whoever may switch (a lead at the keyboard, or nobody named)
        return offer_lead_keys(self, ("documents.who",), self.app.may_switch()) or changed

    def _offer_for(self, any_documents: bool) -> bool:
        """With no document yet the footer offers importing where reconciling, reports
        and passages stood: at 80 columns they took the room of `i`, the one key that
        helps then, once the note saying so had gone (eyes43). True when it changed."""
        shown = {"documents.reports": any_documents, "documents.retrieve": any_documents}
        if not any_documents:  # a lead's R comes back with the documents
            shown["documents.reconcile"] = False
        return set_shown(self, shown)

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield Header()
        yield Input(placeholder=t("filter_hint", example="lang=en"), id="filter")
        yield DocumentTable(id="documents", cursor_type="row", zebra_stripes=True)
        yield EmbedLine("", id="embed-queue", classes="hidden")
        yield KeysFooter()

    def on_mount(self) -> None:
        localize_bindings(self.query_one(DataTable), self.app.t)
        self.reload()
        if not self.rows:  # a new project: its first step said where it is done
            self.notify(self.app.t("documents_none"), timeout=20)
        self.set_focus(self.query_one(DataTable))  # at once, not on the next turn
        self.set_interval(WATCH_SECONDS, self.watch_documents)

    def action_quit(self) -> None:
        """The first q asks, a second while its note shows quits: a lead pressing q q to
        back out of Reports left the TUI from this list at once (tui50)."""
        now, t = time.monotonic(), self.app.t
        if now < self._quit_until:
            self.app.exit()
            return
        self._quit_until = now + QUIT_NOTE
        key = key_named(self.app, "app.quit", "q")
        self.notify(t("quit_again", key=key), title=t("quit_ask"), timeout=QUIT_NOTE)

    def on_screen_resume(self) -> None:
        self.reload()

    def watch_documents(self) -> None:
        """Documents imported meanwhile (``qualcode import`` in another terminal, another
        coder) join the list while it is shown, and the coder is told which: the list was
        read only on entering it, so they appeared only after leaving it and coming back.
        Asking costs one pragma unless the file changed (``Project.documents_stamp``)."""
        if self.app.screen is not self or self.stamp is None or self.importing:
            # another screen is in front: the list is read again on returning; her own
            # import under way: read again when it is done (``on_imported``)
            return
        if self.app.project.documents_stamp() != self.stamp:
            self.reload()

    def _tell_arrived(self, before: set[str], docs: list[DocumentSummary]) -> None:
        """Say which documents arrived since the list was last read (none at first)."""
        new = [d.name for d in docs if d.id not in before and d.id not in self.own_imports]
        if not new:
            return
        names = ", ".join(new[:NAMED_NEW]) + (" …" if len(new) > NAMED_NEW else "")
        self.app.notify(self.app.t("documents_arrived", n=len(new), names=names))

    def reload(self) -> None:
        """Read the rows from the project file, then show those the filter lets through;
        the cursor stays on the document it was on, and documents that arrived are named."""
        app = self.app
        project, coder = app.project, app.coder
        self.stamp = project.documents_stamp()
        docs = project.documents()
        before = {row.doc.id for row in self.rows}
        table = self.query_one(DataTable)
        at = None
        if table.row_count:
            at = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if self.rows:
            self._tell_arrived(before, docs)
        app.notice_documents([d.id for d in docs])  # imported meanwhile: embedded too
        t = self.app.t
        hint = t("filter_hint", example=filter_example(docs, lambda k: t.attribute(k).casefold()))
        self.query_one("#filter", Input).placeholder = hint
        found = {k for d in docs for k in d.attributes}
        self.front = [k for k in FRONT if k in found]
        self.keys = sorted(found - set(self.front))
        # the coder switched (w), or the first documents came: the footer follows
        if self._offer_reconcile() | self._offer_for(bool(docs)):
            self.refresh_bindings()
            if docs:  # "No documents yet" stood beside the six just imported (eyes44)
                app.take_down(t("documents_none"))
        statuses = project.statuses(coder)
        mine: dict[str, list[Coding]] = {}
        # her own work on each document, a lead's too: the team's codings, counted for a
        # lead under "My status", read as hers ("to do", 39 codings, 12% coded) (eyes32)
        for coding in project.codings(coder=coder, layer="coder"):
            mine.setdefault(coding.document_id, []).append(coding)
        self.rows = []
        # a lead sees which interviews the coders finished, ready to reconcile: her own
        # "to do" and "0 codings" on every row said nothing of the team (eyes38)
        self.lead = is_lead(app)
        done = project.coders_done() if self.lead else {}
        for doc in docs:
            codings = sorted(mine.get(doc.id, []), key=lambda c: c.start)
            units = [(u.start, u.end) for u in project.units(doc.id)] if codings else []
            finished, coders = done.get(doc.id, (0, 0))
            self.rows.append(
                Row(
                    doc,
                    statuses.get(doc.id, "todo"),
                    len(codings),
                    coded_units(units, codings),
                    len(units),
                    f"{finished}/{coders}" if coders else "",
                )
            )
        # a lead who codes nothing sees the team's column, not three empty ones of her own
        # that cut the names at 80 columns (tui50)
        self.own = not self.lead or any(r.codings or r.status != "todo" for r in self.rows)
        self.read_set()
        self.show(self.query_one("#filter", Input).value)
        if at is not None and table.row_count:
            # filtered out of view: the cursor stays where show() put it
            with suppress(RowDoesNotExist):
                table.move_cursor(row=table.get_row_index(at))

    def show(self, needle: str = "") -> None:
        t = self.app.t
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear(columns=True)
        # who was interviewed where (municipality, role) and my own progress first, so they
        # stay in view on 80 columns; the other attributes, language and length after them
        headers = [
            t("name"),
            *(t.attribute(k).capitalize() for k in self.front),
            *((t("status"), t("codings"), t("progress")) if self.own else ()),
            *([t("coders_done")] if self.lead else []),
            t("words"),
            t("lang"),
            *(t.attribute(k).capitalize() if k in NAMED_ATTRIBUTES else k for k in self.keys),
        ]
        every = {row.doc.id: self._cells(row) for row in self.rows}
        fitted = self._fit(headers, list(every.values()))
        columns = fitted.columns if fitted else list(range(len(headers)))
        # every column as wide as its widest cell, said now: left to DataTable, the width
        # is measured on its next idle pass, and a list first painted before it (a new
        # coder's, on joining) kept its columns as wide as their headers, 'aby_' and
        # 'soci' on a 160-column terminal (eyes33)
        natural = [
            max([len(header), *(len(cells[i]) for cells in every.values())])
            for i, header in enumerate(headers)
        ]
        for i in columns:
            header = fitted.headers[i] if fitted else headers[i]
            # as typed: DataTable reads a str label as markup, and an attribute named
            # 'ort[/b]' (a sheet's column) stopped the TUI before it opened
            table.add_column(literal(header), width=fitted.widths[i] if fitted else natural[i])
        shown = 0
        for row in self.rows:
            cells = every[row.doc.id]
            if self.in_set is not None and row.doc.id not in self.in_set:
                continue
            if needle and not matches(row, needle, t(f"status.{row.status}")):
                continue
            shown += 1
            if fitted:  # the name loses its middle (start and end tell), a value its end
                cut = {i: cut_end(cells[i], w) for i, w in fitted.widths.items()}
                cells = [
                    elide(cells[0], fitted.widths[0]),
                    *(cut.get(i, "") for i in range(1, len(cells))),
                ]
            table.add_row(*(literal(cells[i]) for i in columns), key=row.doc.id)
        if shown:
            table.move_cursor(row=min(keep, shown - 1))
        of = t("shown_of", n=shown, total=len(self.rows))
        self.sub_title = f"{self.app.coder} · {of}{self.set_label()}"

    def _cells(self, row: Row) -> list[str]:
        return row_cells(row, self.front, self.keys, self.app.t, self.lead, self.own)

    def _fit(self, headers: list[str], rows: list[list[str]]) -> Fit | None:
        """How the columns fit the screen (``tui/fit.py``), None when all do as they are.
        The name, municipality, role, my status, codings and progress stay in view at 80
        columns (the last two were a scroll to the right); status stays whole ("in
        progress" was cut to "in progres"); words, language and the other attributes
        show while they fit whole and are left out when they do not."""
        t = self.app.t
        table = self.query_one(DataTable)
        values = [max((len(r[i]) for r in rows), default=0) for i in range(len(headers))]
        at = len(self.front) + 1  # the status column: as wide as its widest label, always
        room = _room(table, len(rows)) or (self.size.width or 80) - 2
        short: dict[int, str] = {}
        if self.own:  # "Codings" over counts of two digits, "Min status" over "klar"
            values[at] = max(values[at], *(len(t(f"status.{s}")) for s in STATUSES))
            short = {at: t("status_short"), at + 1: t("codings_short")}
        keep = at + 3 if self.own else at
        if self.lead:  # the coders done stay in view too, after her own progress
            short[keep] = t("coders_done_short")
            keep += 1
        return fit(headers, values, keep=keep, room=room, attributes=range(1, at), short=short)

    def on_resize(self) -> None:
        if self.rows:
            self.show(self.query_one("#filter", Input).value)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the box, the filter key is a character to type ("a/b"), not the filter."""
        return action != "filter" or not isinstance(self.focused, Input)

    def action_filter(self) -> None:
        """Focus the box at once, not on the next turn (``Widget.focus``): a coder types
        ahead, and "goteborg" typed in one go after / reached the list instead, whose Enter
        then opened the document under the cursor. A priority binding runs as the key
        arrives, so the keys after it go to the box."""
        self.set_focus(self.query_one("#filter", Input))

    @on(Input.Changed, "#filter")
    def _filtered(self) -> None:
        """The box's value now, not the event's: changes typed ahead arrive after it."""
        self.show(self.query_one("#filter", Input).value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        """Enter shows the list the box filters and moves to it at once, so a second Enter
        opens the first document shown. Typed ahead, that second Enter reached the box too
        (sent there before the first moved away): the list has it already, and it opens."""
        table = self.query_one(DataTable)
        if self.focused is table:
            self.action_open()
            return
        self.show(self.query_one("#filter", Input).value)
        self.set_focus(table)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.open_document(event.row_key.value)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            if key.value is not None:
                self.app.open_document(key.value)

    def action_remove(self) -> None:
        """Take the document under the cursor out, asking why: an interview imported by
        mistake (eyes13). Its codings stay, counted nowhere, until `U` brings it back. A
        coder is refused at once, before typing a reason the refusal then threw away."""
        app, table = self.app, self.query_one(DataTable)
        if not table.row_count:
            return
        try:
            app.project.check_removal()
        except QualcodeError as exc:  # said in the interface's language (tui/said.py)
            self.notify(said(exc, app.t), severity="error")
            return
        doc_id = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        doc = next((r.doc for r in self.rows if r.doc.id == doc_id), None)
        if doc is None:
            return

        def submit(reason: str) -> None:
            app.project.remove_document(doc.id, reason, actor=app.coder or "qualcode")

        def removed(reason: str | None) -> None:
            if reason:
                self.reload()
                self.notify(app.t("documents_removed", name=doc.name))

        title = app.t("documents_remove_title", name=doc.name)
        app.push_screen(PromptScreen(title, "", submit), removed)


def _room(table: DataTable[object], rows: int) -> int:
    """The cells the columns may fill: without the vertical scrollbar's where the rows
    (and the header) are more than the table's height. Fitted to the width before the
    rows came, the columns filled the scrollbar's cells once it appeared, and the lead's
    last column read "Klar" under "Klara" at 80 columns (eyes43)."""
    width = table.content_region.width
    if not width:  # not laid out yet: 0, the caller's guess
        return 0
    height = table.content_region.height
    if table.show_vertical_scrollbar or rows + int(table.show_header) > height:
        return width - table.styles.scrollbar_size_vertical
    return width

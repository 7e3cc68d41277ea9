"""The documents screen: every transcript with attributes, my status and progress."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input


class DocumentsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="documents.open"),
        Binding("slash", "filter", "Filter", id="documents.filter"),
        Binding("R", "app.reconcile", "Reconcile", id="documents.reconcile"),
        Binding("P", "app.reports", "Reports", id="documents.reports"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
    ]

    def compose(self) -> ComposeResult:
        t = self.app.t  # type: ignore[attr-defined]
        yield Header()
        yield Input(placeholder=t("filter"), id="filter")
        yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self, needle: str = "") -> None:
        t = self.app.t  # type: ignore[attr-defined]
        project = self.app.project  # type: ignore[attr-defined]
        coder = self.app.coder  # type: ignore[attr-defined]
        table = self.query_one(DataTable)
        table.clear(columns=True)
        docs = project.documents()
        keys = sorted({k for d in docs for k in d.attributes})
        table.add_columns(t("name"), t("lang"), t("words"), *keys, t("status"), t("codings"))
        statuses = project.statuses(coder)
        mine: dict[str, int] = {}
        for coding in project.codings(viewer=coder):
            mine[coding.document_id] = mine.get(coding.document_id, 0) + 1
        for doc in docs:
            cells = [
                doc.name,
                doc.lang,
                str(doc.words),
                *(doc.attributes.get(k, "") for k in keys),
                statuses.get(doc.id, "todo"),
                str(mine.get(doc.id, 0)),
            ]
            if needle and not any(needle.lower() in c.lower() for c in cells):
                continue
            table.add_row(*cells, key=doc.id)

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    @on(Input.Changed, "#filter")
    def _filtered(self, event: Input.Changed) -> None:
        self.reload(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_document(event.row_key.value)  # type: ignore[attr-defined]

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            self.app.open_document(key.value)  # type: ignore[attr-defined]

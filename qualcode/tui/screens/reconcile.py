"""The reconcile screen (lead only): cases side by side, a verdict and a rationale each.

Decisions go through ``Project.decide``, so they write consensus codings and audit entries
exactly as the CLI does; the agreement figure for the current code is recomputed in a
worker after every decision.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from qualcode.errors import QualcodeError
from qualcode.project import CaseView

CONTEXT = 160


class ReconcileScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "verdict('accept:1')", "Coder 1", id="reconcile.accept_first"),
        Binding("2", "verdict('accept:2')", "Coder 2", id="reconcile.accept_second"),
        Binding("u", "verdict('union')", "Union", id="reconcile.union"),
        Binding("i", "verdict('intersection')", "Intersection", id="reconcile.intersection"),
        Binding("x", "verdict('reject')", "Reject", id="reconcile.reject"),
        Binding("escape", "back", "Back", id="reconcile.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.views: list[CaseView] = []
        self.pending_verdict: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="versions"):
            yield Static(id="first", classes="version")
            yield Static(id="second", classes="version")
        yield Static(id="agreement")
        yield Input(
            placeholder="Rationale (Enter to decide, Esc to cancel)",
            id="rationale",
            classes="hidden",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Reconcile"
        self.reload()
        self.query_one(DataTable).focus()

    def reload(self) -> None:
        project = self.app.project  # type: ignore[attr-defined]
        self.views = project.cases()
        self.coders = sorted({c for v in self.views for c in v.case.versions})
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns("code", "kind", "document", "verdict")
        names = {d.id: d.name for d in project.documents()}
        for i, view in enumerate(self.views):
            table.add_row(
                view.case.code,
                view.case.kind,
                names.get(view.case.document_id, "?"),
                view.verdict or "",
                key=str(i),
            )
        self._show()

    def _current(self) -> CaseView | None:
        table = self.query_one(DataTable)
        if not self.views or table.cursor_row is None or table.cursor_row >= len(self.views):
            return None
        return self.views[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show()

    def _show(self) -> None:
        view = self._current()
        first, second = self.query_one("#first", Static), self.query_one("#second", Static)
        if view is None:
            first.update("No disagreements left.")
            second.update("")
            return
        case = view.case
        text = self.app.project.document_texts([case.document_id])[case.document_id]  # type: ignore[attr-defined]
        for pane, coder in zip((first, second), self.coders[:2], strict=False):
            spans = case.versions.get(coder, ())
            lo = max(0, case.start - CONTEXT)
            hi = min(len(text), case.end + CONTEXT)
            marked, pos = [], lo
            for s, e in spans:
                marked += [text[pos:s], f"[reverse]{text[s:e]}[/reverse]"]
                pos = e
            marked.append(text[pos:hi])
            others = ", ".join(case.other_codes.get(coder, ())) or "—"
            body = "".join(marked).replace("[", "\\[").replace("\\[reverse]", "[reverse]")
            body = body.replace("\\[/reverse]", "[/reverse]")
            pane.update(
                f"[b]{coder}[/b] ({'✓' if spans else '–'} {case.code}; other: {others})\n\n…{body}…"
            )
        self._agreement(case.code)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _agreement(self, code: str) -> None:
        from qualcode import Project

        with Project.open(self.app.project.path) as project:  # type: ignore[attr-defined]
            try:
                row = project.agreement(codes=[code], bootstrap=0).rows[0]
            except QualcodeError as exc:
                self.app.call_from_thread(self.query_one("#agreement", Static).update, str(exc))
                return
        line = f"{code}: alpha {row.alpha:.3f} · percent {row.percent:.3f} · {row.units} units"
        self.app.call_from_thread(self.query_one("#agreement", Static).update, line)

    def action_verdict(self, verdict: str) -> None:
        if self._current() is None:
            return
        if verdict.startswith("accept:"):
            index = int(verdict.split(":")[1]) - 1
            if index >= len(self.coders):
                return
            verdict = f"accept:{self.coders[index]}"
        self.pending_verdict = verdict
        prompt = self.query_one("#rationale", Input)
        prompt.value = ""
        prompt.remove_class("hidden")
        prompt.focus()

    @on(Input.Submitted, "#rationale")
    def _decide(self, event: Input.Submitted) -> None:
        view = self._current()
        event.input.add_class("hidden")
        self.query_one(DataTable).focus()
        if view is None or not self.pending_verdict:
            return
        try:
            self.app.project.decide(
                view.case.id,
                self.pending_verdict,
                event.value,  # type: ignore[attr-defined]
                self.app.coder,
            )  # type: ignore[attr-defined]
        except QualcodeError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(f"{self.pending_verdict}: decided")
        row = self.query_one(DataTable).cursor_row
        self.reload()
        self.query_one(DataTable).move_cursor(row=min(row + 1, max(len(self.views) - 1, 0)))

    def action_back(self) -> None:
        prompt = self.query_one("#rationale", Input)
        if not prompt.has_class("hidden"):
            prompt.add_class("hidden")
            self.query_one(DataTable).focus()
            return
        self.app.pop_screen()

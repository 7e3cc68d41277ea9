"""The reconcile screen (lead only): cases side by side, a verdict and a rationale each.

The lead narrows the cases by code, document and kind (``f``, ``d``, ``k`` cycle each
filter; shifted, backwards), reads each coder's version in its context, and decides with
a key and a rationale. Decisions go through ``Project.decide``, so they write consensus
codings and audit entries exactly as the CLI does; the agreement line for the current
code is recomputed in a worker after every decision.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from qualcode.errors import QualcodeError
from qualcode.model import Unit
from qualcode.project import CaseView
from qualcode.tui.keys import localize_bindings
from qualcode.tui.widgets.case_version import CONTEXT, version_text

KINDS = ("presence", "code", "boundary")
FILTERS = ("code", "document", "kind")


def room_for(pane: Static, case: Any) -> int:
    """Characters of context each side that leave the case itself in view in ``pane``
    (a pane not laid out yet gets the full ``CONTEXT``)."""
    width, height = pane.content_size
    if width < 10 or height < 4:
        return CONTEXT
    room = int(width * (height - 3) * 0.8)  # heading and blank line; wrapping wastes some
    return max(20, min(CONTEXT, (room - (case.end - case.start)) // 2))


class ReconcileScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "verdict('accept:1')", "Coder 1", id="reconcile.accept_first"),
        Binding("2", "verdict('accept:2')", "Coder 2", id="reconcile.accept_second"),
        Binding("u", "verdict('union')", "Union", id="reconcile.union"),
        Binding("i", "verdict('intersection')", "Intersection", id="reconcile.intersection"),
        Binding("x", "verdict('reject')", "Reject", id="reconcile.reject"),
        Binding("f", "cycle('code', 1)", "Code", show=False, id="reconcile.filter_code"),
        Binding(
            "d", "cycle('document', 1)", "Document", show=False, id="reconcile.filter_document"
        ),
        Binding("k", "cycle('kind', 1)", "Kind", show=False, id="reconcile.filter_kind"),
        Binding("F", "cycle('code', -1)", "", show=False, id="reconcile.filter_code_back"),
        Binding("D", "cycle('document', -1)", "", show=False, id="reconcile.filter_document_back"),
        Binding("K", "cycle('kind', -1)", "", show=False, id="reconcile.filter_kind_back"),
        Binding("escape", "back", "Back", id="reconcile.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        localize_bindings(self, self.app.t)  # type: ignore[attr-defined]
        self.every: list[CaseView] = []  # all open and decided disagreements
        self.views: list[CaseView] = []  # those the filters let through, in table order
        self.coders: list[str] = []
        self.names: dict[str, str] = {}
        self.filters: dict[str, str | None] = dict.fromkeys(FILTERS)
        self.pending_verdict: str | None = None
        self._docs: dict[str, tuple[str, list[Unit]]] = {}  # text and units, per document
        self._keys: dict[str, str] = {}  # binding id -> "[key]" for the filter line

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="reconcile-filter")
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="versions"):
            yield Static(id="first", classes="version")
            yield Static(id="second", classes="version")
        yield Static(id="agreement")
        yield Input(id="rationale", classes="hidden")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.app.t("rc_title")  # type: ignore[attr-defined]
        self.reload()
        self.query_one(DataTable).focus()

    def reload(self, row: int = 0) -> None:
        """Read the cases (with the decisions in force) again, then apply the filters."""
        project: Any = self.app.project  # type: ignore[attr-defined]
        try:
            self.every = project.cases()
        except QualcodeError as exc:  # fewer than two coders, for one
            self.every = []
            self.notify(str(exc), severity="error")
        self.coders = sorted({c for v in self.every for c in v.case.versions})
        self.names = {d.id: d.name for d in project.documents()}
        # documents by name (as the documents screen lists them), cases in reading order
        self.every.sort(
            key=lambda v: (self.names.get(v.case.document_id, ""), v.case.start, v.case.code)
        )
        self.show(row)

    def choices(self, name: str) -> list[str]:
        """The values filter ``name`` cycles through: those some case has under the other
        filters, so cycling never lands on an empty list."""
        others = [v.case for v in self.every if self.passes(v, skip=name)]
        if name == "code":
            return sorted({c.code for c in others})
        if name == "document":
            return sorted({c.document_id for c in others}, key=lambda i: self.names.get(i, i))
        return [k for k in KINDS if any(c.kind == k for c in others)]

    def passes(self, view: CaseView, skip: str = "") -> bool:
        """Whether every filter (but ``skip``) lets ``view`` through."""
        case = view.case
        values = {"code": case.code, "document": case.document_id, "kind": case.kind}
        return all(
            want is None or values[name] == want
            for name, want in self.filters.items()
            if name != skip
        )

    def show(self, row: int = 0) -> None:
        """Fill the table with the cases the filters let through; the cursor on ``row``."""
        t = self.app.t  # type: ignore[attr-defined]
        self.views = [v for v in self.every if self.passes(v)]
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns(t("rc_code"), t("rc_kind"), t("rc_document"), t("rc_verdict"))
        for i, view in enumerate(self.views):
            case = view.case
            name = self.names.get(case.document_id, "?")
            table.add_row(
                case.code, t(f"rc_kind.{case.kind}"), name, view.verdict or "", key=str(i)
            )
        if self.views:
            table.move_cursor(row=min(row, len(self.views) - 1))
        code, doc, kind = (self.filters[f] for f in FILTERS)
        self.query_one("#reconcile-filter", Static).update(
            Text(  # plain text: document names and "[f]" are not markup
                t(
                    "rc_filter",
                    code=code or t("rc_all"),
                    document=self.names.get(doc, doc) if doc else t("rc_all"),
                    kind=t(f"rc_kind.{kind}") if kind else t("rc_all"),
                    f=self.key_of("reconcile.filter_code"),
                    d=self.key_of("reconcile.filter_document"),
                    k=self.key_of("reconcile.filter_kind"),
                    n=len(self.views),
                    total=len(self.every),
                    decided=sum(1 for v in self.views if v.verdict),
                )
            )
        )
        self._show()

    def key_of(self, binding_id: str) -> str:
        """The key bound to ``binding_id`` now (a keymap file may have moved it), for the
        filter line, which names the filter keys instead of the footer."""
        if binding_id not in self._keys:  # looked up while the table, not an Input, has focus
            for key, active in self.active_bindings.items():  # the keymap already applied
                if active.binding.id == binding_id:
                    self._keys[binding_id] = f"[{self.app.get_key_display(Binding(key, ''))}]"
        return self._keys.get(binding_id, "")

    def action_cycle(self, name: str, step: int) -> None:
        """The next (or previous) value of one filter; "all" sits between the last and first."""
        options: list[str | None] = [None, *self.choices(name)]
        current = self.filters[name]
        at = options.index(current) if current in options else 0
        self.filters[name] = options[(at + step) % len(options)]
        self.show()

    def _current(self) -> CaseView | None:
        table = self.query_one(DataTable)
        if not self.views or table.cursor_row is None or table.cursor_row >= len(self.views):
            return None
        return self.views[table.cursor_row]

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show()

    def on_resize(self) -> None:
        self.call_after_refresh(self._show)  # the context fits the panes' new size

    def _document(self, doc_id: str) -> tuple[str, list[Unit]]:
        if doc_id not in self._docs:
            project: Any = self.app.project  # type: ignore[attr-defined]
            text = project.document_texts([doc_id])[doc_id]
            self._docs[doc_id] = (text, project.units(doc_id))
        return self._docs[doc_id]

    def _show(self) -> None:
        t = self.app.t  # type: ignore[attr-defined]
        view = self._current()
        first, second = self.query_one("#first", Static), self.query_one("#second", Static)
        if view is None:
            first.update(t("rc_none"))
            second.update("")
            self.query_one("#agreement", Static).update("")
            return
        case = view.case
        text, units = self._document(case.document_id)
        for n, (pane, coder) in enumerate(zip((first, second), self.coders[:2], strict=False)):
            spans = case.versions.get(coder, ())
            mark = "✓" if spans else "–"
            heading = t("rc_version", n=n + 1, coder=coder, mark=mark, code=case.code)
            if others := case.other_codes.get(coder):  # what they gave the passage instead
                heading += t("rc_others", others=", ".join(others))
            pane.update(version_text(text, units, case, coder, heading, room_for(pane, case)))
        of_code = [v for v in self.every if v.case.code == case.code]
        self._agreement(case.code, sum(1 for v in of_code if v.verdict), len(of_code))

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _agreement(self, code: str, decided: int, cases: int) -> None:
        """The coders' agreement on ``code`` and, once decisions exist, each coder's with
        the consensus; in a thread with its own connection, as SQLite wants."""
        from qualcode import Project

        t = self.app.t  # type: ignore[attr-defined]
        line = self.query_one("#agreement", Static)
        with Project.open(self.app.project.path).act_as(self.app.coder) as project:  # type: ignore[attr-defined]
            try:
                row = project.agreement(codes=[code], bootstrap=0).rows[0]
            except QualcodeError as exc:
                self.app.call_from_thread(line.update, str(exc))
                return
            text = t(
                "rc_agreement",
                code=code,
                alpha=f"{row.alpha:.3f}",
                percent=f"{row.percent:.3f}",
                units=row.units,
                decided=decided,
                cases=cases,
            )
            if decided:
                try:
                    report = project.agreement(codes=[code], layer="consensus", bootstrap=0)
                except QualcodeError:
                    report = None
                pairs = [r for r in report.rows if r.scope == "pair"] if report else []
                text += "".join(
                    " · " + t("rc_with_consensus", coder=r.coders[0], alpha=f"{r.alpha:.3f}")
                    for r in pairs
                    if r.coders[-1] == "consensus"
                )
        self.app.call_from_thread(line.update, text)

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
        prompt.placeholder = self.app.t("rc_rationale", verdict=verdict)  # type: ignore[attr-defined]
        prompt.value = ""
        prompt.remove_class("hidden")
        prompt.focus()

    @on(Input.Submitted, "#rationale")
    def _decide(self, event: Input.Submitted) -> None:
        app: Any = self.app
        view = self._current()
        event.input.add_class("hidden")
        self.query_one(DataTable).focus()
        if view is None or not self.pending_verdict:
            return
        try:
            app.project.decide(view.case.id, self.pending_verdict, event.value, app.coder)
        except QualcodeError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(app.t("rc_decided", verdict=self.pending_verdict))
        self.reload(self.query_one(DataTable).cursor_row + 1)  # filters stay; on to the next

    def action_back(self) -> None:
        prompt = self.query_one("#rationale", Input)
        if not prompt.has_class("hidden"):
            prompt.add_class("hidden")
            self.query_one(DataTable).focus()
            return
        self.app.pop_screen()

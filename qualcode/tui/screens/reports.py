"""The reports screen: code frequencies by a document attribute, a bar chart, intercoder
agreement (lead only) and the exports for papers.

Blind coding holds here too: a coder's reports are built from their own codings only, the
agreement table (which compares everyone's codings) is the lead's, and a coder's exports
are limited to their own codings. Frequencies, agreement and exports run in thread workers
with their own connection (SQLite connections stay in their thread) and post a message
back, so a large project never freezes the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    DataTable,
    Footer,
    Header,
    Input,
    LoadingIndicator,
    Static,
    TabbedContent,
    TabPane,
)

from qualcode.errors import QualcodeError
from qualcode.project import AgreementReport, Project
from qualcode.tui.widgets.report_views import (
    FrequencyChart,
    Pivot,
    fill_agreement_table,
    fill_frequency_table,
    pivot,
)

PREFERRED_ATTRIBUTES = ("municipality", "role")
EXPORTS = {  # kind: (default file name suffix, catalog key of the prompt)
    "summary": ("-summary.docx", "rep_export_summary"),
    "codings": ("-codings.xlsx", "rep_export_codings"),
    "qdpx": (".qdpx", "rep_export_qdpx"),
}


@dataclass
class FrequenciesReady(Message):
    layer: str
    attribute: str | None
    records: list[dict[str, Any]]
    error: str | None = None


@dataclass
class AgreementReady(Message):
    report: AgreementReport | None
    error: str | None = None


@dataclass
class ExportDone(Message):
    path: Path
    error: str | None = None


class ReportsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "next_attribute", "By", id="reports.by"),
        Binding("l", "next_layer", "Layer", id="reports.layer"),
        Binding("w", "toggle_measure", "Codings/words", id="reports.measure"),
        Binding("f", "tab('tab-frequencies')", "Table", id="reports.table"),
        Binding("g", "tab('tab-chart')", "Chart", id="reports.chart"),
        Binding("a", "tab('tab-agreement')", "Agreement", id="reports.agreement"),
        Binding("s", "export('summary')", "Summary", id="reports.summary"),
        Binding("c", "export('codings')", "Codings", id="reports.codings"),
        Binding("x", "export('qdpx')", ".qdpx", id="reports.qdpx"),
        Binding("escape", "back", "Back", id="reports.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        t = self.app.t  # type: ignore[attr-defined]
        # footer labels in the interface language: each binding's id names its label
        self._bindings = BindingsMap.from_keys(
            {
                key: [replace(b, description=t(b.id)) if b.id else b for b in bs]
                for key, bs in self._bindings.key_to_bindings.items()
            }
        )
        project, coder = self.app.project, self.app.coder  # type: ignore[attr-defined]
        self.lead = project.coder(coder).role == "lead"
        if self.lead:
            names = [c.name for c in project.coders()]
            self.layer_choices = ["coder", "consensus", *(f"coder:{n}" for n in names)]
        else:
            self.layer_choices = [f"coder:{coder}"]
        keys = {k for d in project.documents() for k in d.attributes}
        preferred = [a for a in PREFERRED_ATTRIBUTES if a in keys]
        self.attribute_choices: list[str | None] = [*preferred, *sorted(keys - set(preferred))] or [
            None
        ]
        self.codebook = [c.key for c in project.codebook()]
        self.shown_layer, self.attribute, self.measure = (
            self.layer_choices[0],
            self.attribute_choices[0],
            "codings",
        )
        self.pivot_data: Pivot | None = None
        self.agreement_started = False
        self.pending_export: str | None = None

    def compose(self) -> ComposeResult:
        t = self.app.t  # type: ignore[attr-defined]
        yield Header()
        yield Static(id="report-controls")
        with TabbedContent(id="report-tabs"):
            with TabPane(t("rep_frequencies"), id="tab-frequencies"):
                yield DataTable(id="frequencies", zebra_stripes=True, cursor_type="row")
            with TabPane(t("rep_chart"), id="tab-chart"):
                yield FrequencyChart(id="chart")
            with TabPane(t("rep_agreement"), id="tab-agreement"):
                if self.lead:
                    yield LoadingIndicator(id="agreement-loading")
                    yield DataTable(id="agreement-table", zebra_stripes=True, cursor_type="row")
                    yield Static(id="methods")
                else:
                    yield Static(t("rep_blind"), id="methods")
        yield Input(id="export-path", classes="hidden")
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.app.t("reports")  # type: ignore[attr-defined]
        self._show_controls()
        self._load_frequencies(self.shown_layer, self.attribute)
        self.query_one("#frequencies", DataTable).focus()

    # -- frequencies and chart ------------------------------------------------------------

    def _layer_label(self, layer: str) -> str:
        t, coder = self.app.t, self.app.coder  # type: ignore[attr-defined]
        kind, _, name = layer.partition(":")
        if not name:
            return t("rep_layer_all") if kind == "coder" else t("rep_layer_consensus")
        return t("rep_layer_mine", name=name) if name == coder else name

    def _show_controls(self) -> None:
        t = self.app.t  # type: ignore[attr-defined]
        parts = [
            (t("rep_by"), self.attribute or t("rep_no_attributes")),
            (t("rep_layer"), self._layer_label(self.shown_layer)),
            (t("rep_show"), t(f"rep_{self.measure}")),
        ]
        line = "  ·  ".join(f"{k}: [b]{escape(v)}[/b]" for k, v in parts)
        self.query_one("#report-controls", Static).update(line)

    @work(thread=True, exclusive=True, group="frequencies", exit_on_error=False)
    def _load_frequencies(self, layer: str, attribute: str | None) -> None:
        try:
            with Project.open(self.app.project.path) as project:  # type: ignore[attr-defined]
                frame = project.report_frequencies([attribute] if attribute else None, layer)
        except QualcodeError as exc:
            self.post_message(FrequenciesReady(layer, attribute, [], str(exc)))
            return
        self.post_message(FrequenciesReady(layer, attribute, frame.to_dict("records")))

    @on(FrequenciesReady)
    def _frequencies_ready(self, message: FrequenciesReady) -> None:
        if (message.layer, message.attribute) != (self.shown_layer, self.attribute):
            return  # the user moved on while this was computed
        if message.error:
            self.notify(message.error, severity="error")
        self.pivot_data = pivot(message.records, message.attribute, self.codebook)
        self._render_frequencies()

    def _render_frequencies(self) -> None:
        if self.pivot_data is None:
            return
        t = self.app.t  # type: ignore[attr-defined]
        fill_frequency_table(
            self.query_one("#frequencies", DataTable),
            self.pivot_data,
            self.measure,
            t("rep_code"),
            t("rep_total"),
        )
        title = t(
            "rep_chart_title",
            measure=t(f"rep_{self.measure}"),
            attribute=self.attribute or t("rep_no_attributes"),
            layer=self._layer_label(self.shown_layer),
        )
        self.query_one(FrequencyChart).show(self.pivot_data, self.measure, title)

    def _reload(self) -> None:
        self._show_controls()
        self._load_frequencies(self.shown_layer, self.attribute)

    def action_next_attribute(self) -> None:
        i = self.attribute_choices.index(self.attribute)
        self.attribute = self.attribute_choices[(i + 1) % len(self.attribute_choices)]
        self._reload()

    def action_next_layer(self) -> None:
        if len(self.layer_choices) == 1:
            self.notify(self.app.t("rep_only_mine"))  # type: ignore[attr-defined]
            return
        self.shown_layer = self.layer_choices[
            (self.layer_choices.index(self.shown_layer) + 1) % len(self.layer_choices)
        ]
        self._reload()

    def action_toggle_measure(self) -> None:
        self.measure = "words" if self.measure == "codings" else "codings"
        self._show_controls()
        self._render_frequencies()

    def action_tab(self, pane: str) -> None:
        self.query_one(TabbedContent).active = pane

    # -- agreement ------------------------------------------------------------------------

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        if pane == "tab-agreement" and self.lead and not self.agreement_started:
            self.agreement_started = True
            self._compute_agreement()
        self._focus_tab()

    def _focus_tab(self) -> None:
        """Keys keep working after a tab switch or a closed prompt: focus the tab's table."""
        pane = self.query_one(TabbedContent).active
        focus = {"tab-frequencies": "#frequencies", "tab-agreement": "#agreement-table"}
        if pane in focus and self.query(focus[pane]):
            self.query_one(focus[pane]).focus()
        else:
            self.set_focus(None)

    @work(thread=True, exclusive=True, group="agreement", exit_on_error=False)
    def _compute_agreement(self) -> None:
        try:
            with Project.open(self.app.project.path) as project:  # type: ignore[attr-defined]
                report = project.agreement()
        except QualcodeError as exc:
            self.post_message(AgreementReady(None, str(exc)))
            return
        self.post_message(AgreementReady(report))

    @on(AgreementReady)
    def _agreement_ready(self, message: AgreementReady) -> None:
        t = self.app.t  # type: ignore[attr-defined]
        self.query_one("#agreement-loading").display = False
        methods = self.query_one("#methods", Static)
        if message.report is None:
            methods.update(f"[b]{t('rep_agreement')}[/b]: {escape(message.error or '')}")
            return
        headers = [t("rep_code"), t("rep_units"), "%", "Fleiss κ", "α", "α 95%", "Cohen κ"]
        fill_agreement_table(
            self.query_one("#agreement-table", DataTable),
            message.report,
            [*headers, "AC1", "BP", "uα"],
        )
        methods.update(escape(message.report.methods_paragraph()))

    # -- exports --------------------------------------------------------------------------

    def action_export(self, kind: str) -> None:
        t, coder = self.app.t, self.app.coder  # type: ignore[attr-defined]
        if not self.lead and kind != "codings":
            self.notify(t("rep_lead_only", what=t(f"rep_what_{kind}")), severity="warning")
            return
        project_path = Path(str(self.app.project.path))  # type: ignore[attr-defined]
        suffix, prompt_key = EXPORTS[kind]
        stem = project_path.stem if self.lead else f"{project_path.stem}-{coder}"
        prompt = self.query_one("#export-path", Input)
        prompt.value = str(project_path.with_name(stem + suffix))
        prompt.border_title = t(prompt_key, layer=self._layer_label(self.export_layer(kind)))
        self.pending_export = kind
        prompt.remove_class("hidden")
        prompt.focus()
        prompt.cursor_position = len(prompt.value)

    def export_layer(self, kind: str) -> str:
        """The summary shows the layer on screen; a coder's codings are their own."""
        if kind == "codings" and not self.lead:
            return f"coder:{self.app.coder}"  # type: ignore[attr-defined]
        return self.shown_layer

    @on(Input.Submitted, "#export-path")
    def _export_submitted(self, event: Input.Submitted) -> None:
        t = self.app.t  # type: ignore[attr-defined]
        self._hide_prompt()
        kind, self.pending_export = self.pending_export, None
        if kind is None or not event.value.strip():
            return
        target = Path(event.value.strip()).expanduser().resolve()
        if not target.parent.is_dir():
            self.notify(t("rep_no_folder", path=str(target.parent)), severity="error")
            return
        self.notify(t("rep_writing", path=str(target)))
        self._export(kind, target, self.export_layer(kind))

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, kind: str, target: Path, layer: str) -> None:
        lang = self.app.t.lang  # type: ignore[attr-defined]
        try:
            with Project.open(self.app.project.path) as project:  # type: ignore[attr-defined]
                if kind == "summary":
                    project.export_summary(target, layer=layer, lang=lang)
                elif kind == "codings":
                    project.export_codings(target, layer=None if self.lead else layer)
                else:
                    project.export_qdpx(target, lang=lang)
        except (QualcodeError, OSError) as exc:
            self.post_message(ExportDone(target, str(exc)))
            return
        self.post_message(ExportDone(target))

    @on(ExportDone)
    def _exported(self, message: ExportDone) -> None:
        if message.error:
            self.notify(message.error, severity="error", timeout=8)
        else:
            self.notify(self.app.t("rep_wrote", path=str(message.path)), timeout=8)  # type: ignore[attr-defined]

    def _hide_prompt(self) -> None:
        self.query_one("#export-path", Input).add_class("hidden")
        self._focus_tab()

    def action_back(self) -> None:
        if not self.query_one("#export-path", Input).has_class("hidden"):
            self.pending_export = None
            self._hide_prompt()
            return
        self.app.pop_screen()

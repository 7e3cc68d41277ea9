"""The reports screen: code frequencies by a document attribute, a bar chart, intercoder
agreement (lead only) and the exports for papers.

Blind coding holds here too: a coder's reports are built from their own codings only, the
agreement table (which compares everyone's codings) is the lead's, and a coder's exports
are limited to their own codings. Frequencies, agreement and exports run in thread workers
with their own connection (SQLite connections stay in their thread) and post a message
back, so a large project never freezes the screen.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import (
    DataTable,
    Header,
    Input,
    LoadingIndicator,
    Static,
    TabbedContent,
    TabPane,
)

from qualcode.analysis.pivot import Pivot
from qualcode.errors import QualcodeError
from qualcode.project.coder_pseudonyms import in_printed_order
from qualcode.project.report_groups import BY_PARTICIPANT, value_printed
from qualcode.project.reports import splits_by_coder
from qualcode.tui.keys import key_named, localize_bindings
from qualcode.tui.labels import names_by_key, word_names
from qualcode.tui.safe import markup as escape
from qualcode.tui.screens.base import QualcodeScreen
from qualcode.tui.screens.report_agreement import NAME_COLUMN, AgreementTab
from qualcode.tui.screens.report_exports import ExportActions
from qualcode.tui.screens.report_frequencies import FrequenciesReady, FrequencyTab
from qualcode.tui.screens.report_sets import SetChoice
from qualcode.tui.screens.report_team import TeamChoice
from qualcode.tui.widgets.footer import KeysFooter
from qualcode.tui.widgets.report_views import FrequencyChart

PREFERRED_ATTRIBUTES = ("municipality", "role")
INLINE_CHART_ROWS = 32  # terminal rows from which the table tab also shows the chart
# the header's rows over the tabs, the notes in full only within them: two at 80x24, where
# each row is one of the table's; more on a taller terminal (120x35)
CONTROL_LINES, TALL_CONTROL_LINES, TALL = 2, 4, 30
SPLITS = ("next_attribute", "next_layer", "toggle_measure")  # what the agreement tab ignores


@dataclass
class LayerReady(Message):
    layer: str  # the lead's default layer of ``doc_set`` (``report_layer``)
    note: str  # why it is not the consensus yet (``report_layer_note``), or ""
    doc_set: str | None = None


_NOT_YET = object()  # no default layer worked out yet


class ReportsScreen(
    FrequencyTab, AgreementTab, ExportActions, SetChoice, TeamChoice, QualcodeScreen[None]
):
    BINDINGS: ClassVar[list[BindingType]] = [
        # named where their choice is shown ("[b] By: municipality"), as the tabs name
        # theirs: at 80 columns the footer then has room for the exports (tui49)
        Binding("b", "next_attribute", "By", show=False, id="reports.by"),
        Binding("l", "next_layer", "Layer", show=False, id="reports.layer"),
        Binding("w", "toggle_measure", "Segments/words", show=False, id="reports.measure"),
        Binding("t", "choose_team", "Coders", show=False, id="reports.team"),
        Binding("e", "toggle_notes", "Notes", show=False, id="reports.notes"),
        Binding("f", "tab('tab-frequencies')", "Table", id="reports.table", show=False),
        Binding("g", "tab('tab-chart')", "Chart", id="reports.chart", show=False),
        Binding("a", "tab('tab-agreement')", "Agreement", id="reports.agreement", show=False),
        Binding("s", "export('summary')", "Summary", id="reports.summary"),
        Binding("c", "export('codings')", "Codings", id="reports.codings"),
        Binding("x", "export('qdpx')", ".qdpx", id="reports.qdpx"),
        # after the exports: the footer's room at 80 columns goes to them first (tui49)
        Binding("S", "next_set", "Set", id="reports.set"),
        Binding("m", "export('memos')", "Memos", id="reports.memos", show=False),
        Binding("q,escape", "back", "Back", id="reports.back"),
    ]

    def __init__(self, keep: ReportsScreen | None = None) -> None:
        """``keep``: the screen this one replaces in another interface language (L), whose
        tab, split, layer, measure and set it opens on."""
        super().__init__()
        t = self.app.t
        localize_bindings(self, t)  # footer, `?` and palette in the interface language
        project, coder = self.app.project, self.app.coder
        self.lead = project.coder(coder).role == "lead"
        # what she may read (the service's rule): blind, a coder her own layer; once a lead
        # unblinds, every layer, the coder split and agreement, as a lead (exports stay hers)
        self.reads_all = self.lead or project.reads_only(coder) is None
        if self.reads_all:
            names = [c.name for c in project.coders()]
            self.layer_choices = ["coder", "consensus", *(f"coder:{n}" for n in names)]
        else:
            self.layer_choices = [f"coder:{coder}"]
        docs = project.documents()
        self.read_sets(project, [d.id for d in docs])  # S: one set's documents (report_sets)
        keys = {k for d in docs for k in d.attributes}
        # the counts arrive through the pseudonym key (Project.report_frequencies): so must
        # the columns every value gets, or 'Lövsta 0' stood beside 'Kommun A 45'
        key = project.pseudonym_key(lang=t.lang)  # 'Municipality A' in English, as the counts
        self.values = {  # a role in the screen's words, as the counts (value_printed)
            k: [value_printed(key, k, d.attributes.get(k), t.lang) for d in docs] for k in keys
        }
        preferred = [a for a in PREFERRED_ATTRIBUTES if a in keys]
        ordered: list[str | None] = [*preferred, *sorted(keys - set(preferred))]
        # who said the coded words, as `report frequencies --by participant` counts them
        # (study46), where some text has speakers; an attribute so named keeps its meaning
        speaks = BY_PARTICIPANT not in keys and bool(project.participant_numbers())
        said = [BY_PARTICIPANT] if speaks else []
        self.attribute_choices: list[str | None] = [*(ordered or [None]), *said]
        if self.reads_all:  # codings per code and coder: a methods section's first count
            self.attribute_choices = [*ordered, *said, "coder"]
            # in the order every report lists them as printed (``in_printed_order``)
            listed = in_printed_order(names, key.coder)
            self.values["coder"] = [key.apply(n) for n in listed]
        # the counts name codes by their keys through the key too ("olof_lindqvists_stod",
        # made from a proposal's name, arrives as "IP2:s_stod"): rows follow them
        self.codebook = [key.apply(c.key) for c in project.codable_codes()]  # themes: no rows
        # rows and bars are named as the lead reads them, through the key like every report
        # (found by the code's key as stored, as agreement rows give it, or as the counts do)
        named = names_by_key(project.codebook(include_deleted=True), t.lang)
        self.code_names = {k: key.apply(n) for k, n in named.items()}
        self.row_names = word_names(self.code_names, NAME_COLUMN)  # numbers stay in view
        for stored in named:
            self.code_names.setdefault(key.apply(stored), self.code_names[stored])
            self.row_names.setdefault(key.apply(stored), self.row_names[stored])
        # the service's default: a lead's consensus once reconciliation is finished, as
        # export summary's (the screen opened on all coders, and `s` exported their pooled
        # codings; then on the consensus after one decided case, eyes40), and why not yet.
        # A lead's is worked out in a worker (`_reload`): counting the open cases of 1,000
        # documents and 200k codings takes 0.4 s; all coders until it is known
        self.shown_layer = "coder" if self.lead else project.report_layer(coder, self.doc_set)
        self.layer_note = ""
        self.layer_for: object = _NOT_YET  # the set whose default and note these are
        self.layer_picked = False  # `l` chose one: a set chosen with S keeps it
        self.team = self.app.team  # the coders chosen with `t` earlier this session
        self.notes_shown = False  # `e`: the header's notes in full where they take room
        self.attribute = self.splits()[0]
        self.measure = "segments"  # or "words": coded words
        self.pivot_data: Pivot | None = None
        # frequency records per layer and set
        self.by_layer: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self.others: tuple[str, ...] = ()
        self.agreement_started = False
        self.pending_export: str | None = None
        self.start_tab = "tab-frequencies"
        if keep is not None:  # L rebuilt the screen: the lead's choices stay (eyes40)
            self.doc_set, self.attribute, self.measure = keep.doc_set, keep.attribute, keep.measure
            self.shown_layer, self.layer_picked = keep.shown_layer, keep.layer_picked
            self.start_tab = keep.query_one(TabbedContent).active or self.start_tab

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield Header()
        yield Static(id="report-controls")
        with TabbedContent(id="report-tabs"):
            with TabPane(f"{t('rep_frequencies')} (f)", id="tab-frequencies"):
                yield Static(id="report-title")  # what the table counts, as the CLI says it
                yield DataTable(id="frequencies", zebra_stripes=True, cursor_type="row")
                yield FrequencyChart(id="chart-inline")
            with TabPane(f"{t('rep_chart')} (g)", id="tab-chart"):
                yield FrequencyChart(id="chart")
            with TabPane(f"{t('rep_agreement')} (a)", id="tab-agreement"):
                if self.reads_all:
                    # one page to read, table and methods paragraph, scrolled as a whole: the
                    # table scrolled apart and Down stopped at its last row, the paragraph
                    # under it out of reach at 80x24 (eyes17)
                    with VerticalScroll(id="agreement-page"):
                        yield LoadingIndicator(id="agreement-loading")
                        table: DataTable[Any] = DataTable(
                            id="agreement-table", zebra_stripes=True, cursor_type="none"
                        )
                        table.can_focus = False  # the page takes the keys
                        yield table
                        yield Static(id="methods")
                else:
                    yield Static(t("rep_blind"), id="methods")
        # the cursor at the offered path's end, the path not selected: Backspace took the
        # whole path at once where the lead meant to change its suffix (eyes37)
        yield Input(id="export-path", classes="hidden", select_on_focus=False)
        yield KeysFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A coder has one layer and no team to choose while the team is blind: those keys
        are hidden. Every export key is shown: what she exports, and of whose codings, the
        service decides, as for the CLI.
        The agreement tab is split by no attribute, layer or measure: their keys go there."""
        if action in SPLITS and self._on_agreement():
            return False
        if action == "next_set":  # a project without sets has no key for them
            return self.has_sets()
        if self.lead:
            return True
        return self.reads_all or action not in ("next_layer", "choose_team")

    def _on_agreement(self) -> bool:
        tabs = self.query(TabbedContent)
        return bool(tabs) and tabs.first().active == "tab-agreement"

    def on_resize(self) -> None:
        """A tall terminal shows the chart under the table too; a small one keeps the table
        whole and the chart on its own tab."""
        self.query_one("#chart-inline").display = self.size.height >= INLINE_CHART_ROWS
        self._show_controls()  # the notes in full once they fit, or the key to them

    def on_mount(self) -> None:
        self.title = self.app.t("reports")
        self._show_controls()
        self._reload()
        self.query_one("#frequencies", DataTable).focus()
        if self.start_tab != "tab-frequencies":
            self.action_tab(self.start_tab)

    # -- frequencies and chart ------------------------------------------------------------

    def _layer_label(self, layer: str) -> str:
        t, coder = self.app.t, self.app.coder
        kind, _, name = layer.partition(":")
        if not name:
            return t("rep_layer_all") if kind == "coder" else t("rep_layer_consensus")
        return t("rep_layer_mine", name=name) if name == coder else name

    def _show_controls(self) -> None:
        """The split, layer, set and measure shown, with the notes on what a count is and
        why the layer is not the consensus yet where they fit in ``CONTROL_LINES``; else
        the choices alone and the key (`e`) that shows the notes. At 80x24 the notes took
        five of 24 rows over the table they explain (tui48)."""
        t = self.app.t
        attribute = t.attribute(self.attribute) if self.attribute else t("rep_no_attributes")
        counted = f" ({t('rep_segments_note')})" if self.measure == "segments" else ""

        def keyed(what: str, binding_id: str, default: str, acts: bool = True) -> str:
            """'[b] By' where the choice's key acts for her (a blind coder's layer: none)."""
            return f"[{key_named(self.app, binding_id, default)}] {what}" if acts else what

        parts = [  # (what, the choice, its note)
            (keyed(t("rep_by"), "reports.by", "b"), attribute, ""),
            (
                keyed(t("rep_layer"), "reports.layer", "l", self.reads_all),
                self._layer_label(self.shown_layer),
                self._note_of_layer(),
            ),
            *(
                [(keyed(t("rep_set"), "reports.set", "S"), self.doc_set, "")]
                if self.doc_set
                else []
            ),
            # not every coding (loose11)
            (keyed(t("rep_show"), "reports.measure", "w"), t(f"rep_{self.measure}"), counted),
        ]

        def line(notes: bool, bold: bool = True) -> str:
            said = (
                f"{escape(k)}: [b]{escape(v)}[/b]" + escape(note * notes)
                if bold
                else f"{k}: {v}" + note * notes
                for k, v, note in parts
            )
            return ("  ·  " if notes else " · ").join(said)  # short: one row at 80

        room = max((self.size.width or self.app.size.width) - 2, 20)  # its padding
        tall = (self.size.height or self.app.size.height) >= TALL
        rows = TALL_CONTROL_LINES if tall else CONTROL_LINES
        whole = len(textwrap.wrap(line(True, bold=False), room)) <= rows
        shown = line(True)
        if not (whole or self.notes_shown):
            key = key_named(self.app, "reports.notes", "e")
            shown = line(False) + " · " + escape(t("rep_notes_key", key=key))
        self.query_one("#report-controls", Static).update(shown)

    def _note_of_layer(self) -> str:
        """Why all coders' codings are shown and not yet the consensus, or nothing."""
        return self.layer_note if self.shown_layer == "coder" else ""

    def action_toggle_notes(self) -> None:
        self.notes_shown = not self.notes_shown
        self._show_controls()

    @on(FrequenciesReady)
    def _frequencies_ready(self, message: FrequenciesReady) -> None:
        if message.error:
            self.notify(message.error, severity="error")
        else:
            self.by_layer[(message.layer, message.doc_set)] = message.records
            self.others = message.others or self.others
        if (message.layer, message.doc_set) == (self.shown_layer, self.doc_set):
            self._pivot(message.records)  # else the user moved on meanwhile

    def _reload(self) -> None:
        if self.lead and self.layer_for != self.doc_set:
            # the default is worked out again for the set now chosen: the consensus once
            # its documents are reconciled (S onto a set reconciled kept 'all coders',
            # eyes21); shown once the worker says (``_layer_ready``)
            self._work_out_layer(self.doc_set)
            return
        if self.attribute not in self.splits():  # the consensus by coder: by none instead
            self.attribute = self.splits()[0]
        self._show_controls()
        if (self.shown_layer, self.doc_set) in self.by_layer:
            self._pivot(self.by_layer[(self.shown_layer, self.doc_set)])
        else:
            self._load_frequencies(self.shown_layer, self.doc_set)

    @work(thread=True, exclusive=True, group="default-layer", exit_on_error=False)
    def _work_out_layer(self, doc_set: str | None) -> None:
        """The lead's default layer of ``doc_set`` and why it is not the consensus yet."""
        try:
            with self.app.worker_project() as project:
                layer = project.report_layer(self.app.coder, doc_set)
                note = project.report_layer_note(self.app.coder, doc_set, self.app.t.lang)
        except QualcodeError:  # counted as all coders, as before any reconciliation
            layer, note = "coder", ""
        self.post_message(LayerReady(layer, note, doc_set))

    @on(LayerReady)
    def _layer_ready(self, message: LayerReady) -> None:
        if message.doc_set != self.doc_set:
            return  # S chose another set meanwhile: its own worker answers
        self.layer_for, self.layer_note = message.doc_set, message.note
        if not self.layer_picked:
            self.shown_layer = message.layer
        self._reload()

    def splits(self) -> list[str | None]:
        """What `b` splits the shown layer by. The consensus is no coder's: its codings
        are recorded as the deciding lead's, and split by coder it read "ada 0, bo 0,
        cilla 0, lena 4", as though the lead had coded every passage (eyes33)."""
        if splits_by_coder(self.shown_layer):
            return self.attribute_choices
        return [a for a in self.attribute_choices if a != "coder"] or [None]

    def action_next_attribute(self) -> None:
        choices = self.splits()
        i = choices.index(self.attribute) if self.attribute in choices else -1
        self.attribute = choices[(i + 1) % len(choices)]
        self._reload()

    def action_next_layer(self) -> None:
        if len(self.layer_choices) == 1:
            self.notify(self.app.t("rep_only_mine"))
            return
        self.shown_layer = self.layer_choices[
            (self.layer_choices.index(self.shown_layer) + 1) % len(self.layer_choices)
        ]
        self.layer_picked = True
        self._reload()

    def action_toggle_measure(self) -> None:
        self.measure = "words" if self.measure == "segments" else "segments"
        self._show_controls()
        self._render_frequencies()

    def action_tab(self, pane: str) -> None:
        self.query_one(TabbedContent).active = pane

    # -- agreement ------------------------------------------------------------------------

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        if pane == "tab-agreement" and self.reads_all and not self.agreement_started:
            self.agreement_started = True
            self._compute_agreement(self.doc_set)
        # "By: municipality · Layer: all coders" said nothing true of the agreement tab and
        # took two of 24 rows from it (eyes17)
        self.query_one("#report-controls").display = pane != "tab-agreement"
        self.refresh_bindings()
        self._focus_tab()

    def _focus_tab(self) -> None:
        """Keys keep working after a tab switch or a closed prompt: focus the tab's table."""
        pane = self.query_one(TabbedContent).active
        focus = {"tab-frequencies": "#frequencies", "tab-agreement": "#agreement-page"}
        if pane in focus and self.query(focus[pane]):
            self.query_one(focus[pane]).focus()
        else:
            self.set_focus(None)

    def _hide_prompt(self) -> None:
        self.query_one("#export-path", Input).add_class("hidden")
        self._focus_tab()

    def action_back(self) -> None:
        if not self.query_one("#export-path", Input).has_class("hidden"):
            self.pending_export = None
            self._hide_prompt()
            return
        self.app.pop_screen()

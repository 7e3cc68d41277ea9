"""The frequencies tab of the reports screen: the counts of a layer by every attribute,
read once per layer and set in a worker (``FrequenciesReady``), pivoted by the split
shown, and drawn as the table and the terminal chart with the codes' names as wide as
the counts leave room for. Kept apart from ``reports`` (the screen, its layers, keys and
tabs) as ``report_agreement`` is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message
from textual.widgets import DataTable, Static

from qualcode.analysis.pivot import Pivot, pivot
from qualcode.errors import QualcodeError
from qualcode.project.report_groups import BY_PARTICIPANT, others_named, participants_in_order
from qualcode.project.report_titles import screen_title
from qualcode.project.reports import splits_by_coder
from qualcode.tui.safe import markup as escape
from qualcode.tui.said import said
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.screens.report_agreement import wider_names
from qualcode.tui.widgets.report_views import FrequencyChart, fill_frequency_table


@dataclass
class FrequenciesReady(Message):
    layer: str
    records: list[dict[str, Any]]
    error: str | None = None
    doc_set: str | None = None  # the document set counted (None: every document)
    # the names of the documents without speakers, counted by name in a participant
    # split, after the participants, as the CLI and the summary list them (minor47)
    others: tuple[str, ...] = ()


class FrequencyTab(ScreenPart):
    """Mixed into ``ReportsScreen``: its frequency table and chart, from the state below."""

    attribute_choices: list[str | None]
    attribute: str | None  # the split shown (None: no attribute to split by)
    values: dict[str, list[Any]]  # every document's value of each attribute, through the key
    codebook: list[str]  # the codes' keys, a row each
    code_names: dict[str, str]  # a code's full name by its key, through the pseudonym key
    row_names: dict[str, str]  # the same names cut to NAME_COLUMN
    measure: str  # "segments" or "words"
    pivot_data: Pivot | None
    by_layer: dict[tuple[str, str | None], list[dict[str, Any]]]
    shown_layer: str
    doc_set: str | None  # the document set the screen counts (None: every document)
    others: tuple[str, ...]  # documents without speakers, as FrequenciesReady names them

    if TYPE_CHECKING:  # what ReportsScreen and SetChoice add

        def in_set_only(self, values: Sequence[Any]) -> list[Any]: ...

    @work(thread=True, exclusive=True, group="frequencies", exit_on_error=False)
    def _load_frequencies(self, layer: str, doc_set: str | None) -> None:
        """Frequencies of a layer by every attribute at once, once per layer: switching the
        attribute then only re-adds numbers the screen already has (codings and words are
        sums), where asking again would rebuild the project's frames each time."""
        # every split the layer has (the consensus none by coder: ``splits_by_coder``)
        by = [a for a in self.attribute_choices if a is not None and a != "coder"]
        if "coder" in self.attribute_choices and splits_by_coder(layer):
            by.append("coder")
        try:
            with self.app.worker_project() as project:
                frame = project.report_frequencies(
                    by or None, layer, doc_set=doc_set, names_in=self.app.t.lang
                )
                others: tuple[str, ...] = ()
                if BY_PARTICIPANT in by:  # named as the counts name them
                    key = project.pseudonym_key(lang=self.app.t.lang)
                    others = tuple(others_named(project, key).values())
        except QualcodeError as exc:
            self.post_message(FrequenciesReady(layer, [], said(exc, self.app.t), doc_set))
            return
        records = frame.to_dict("records")
        self.post_message(FrequenciesReady(layer, records, doc_set=doc_set, others=others))

    def _pivot(self, records: list[dict[str, Any]]) -> None:
        known = self.values.get(self.attribute or "", [])
        if self.attribute not in ("coder", BY_PARTICIPANT):  # a set's: its documents' only
            known = self.in_set_only(known)
        everything = self.app.t("rep_all_documents")
        missing = self.app.t("rep_no_value")
        if self.attribute == BY_PARTICIPANT and BY_PARTICIPANT not in self.values:
            # who said what is known once counted: each as cited, in the order the CLI
            # lists them ("IP2" before "IP10"), not given last (as pivot puts ``missing``)
            said = {r.get(BY_PARTICIPANT) for r in records}
            known = participants_in_order(
                {s for s in said if isinstance(s, str)}, None, self.others
            )
        # the coders in the order the reports list them (``in_printed_order``), set so in
        # ``values``: sorted as text, "Kodare AA" stood before "Kodare B" past 26 coders
        in_order = self.attribute in ("coder", BY_PARTICIPANT)
        self.pivot_data = pivot(
            records, self.attribute, self.codebook, known, everything, missing, in_order
        )
        if not self.pivot_data.total("segments"):
            self.notify(self.app.t("rep_empty"))
        self._render_frequencies()

    def _render_frequencies(self) -> None:
        if self.pivot_data is None:
            return
        t = self.app.t
        fill_frequency_table(
            self.query_one("#frequencies", DataTable),
            self.pivot_data,
            self.measure,
            t("rep_code"),
            t("rep_total"),
            self._names_for(self.pivot_data.values),
        )
        title = self.report_title()
        self.query_one("#report-title", Static).update(escape(title))
        too_many = t("rep_too_many", n=len(self.pivot_data.values))
        for chart in self.query(FrequencyChart):
            # the chart under the table (a tall terminal) stands under the same title
            said = "" if chart.id == "chart-inline" else title
            chart.show(
                self.pivot_data, self.measure, said, t("rep_empty"), too_many, self.code_names
            )

    def report_title(self) -> str:
        """What the counts shown are, as `qualcode report crosstab` titles them, in the
        screen's language (``project/report_titles``): the TUI had its own words for it, and
        a Swedish lead read them nowhere as the CLI's `--lang sv` prints them. A coder is
        named as the columns name her, through the pseudonym key (``printed_layer``)."""
        return screen_title(
            self.app.project,
            self.attribute,
            self.shown_layer,
            self.app.t.lang,
            viewer=self.app.coder,
            doc_set=self.doc_set,
            measure=self.measure,
        )

    def _names_for(self, values: list[str]) -> dict[str, str]:
        """The codes' names for the frequency table's rows: cut to NAME_COLUMN where the
        screen is narrow, whole (or less cut) where it has room beside the counts; at 160
        columns 'separering till integrer…samhetskvalitet' stood beside half a screen of
        nothing (eyes33)."""
        counts = sum(max(len(str(v)), 5) + 2 for v in values) + len(self.app.t("rep_total")) + 2
        return wider_names(self.code_names, self.row_names, self.size.width - counts - 4)

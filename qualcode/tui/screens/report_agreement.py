"""The agreement tab of the reports screen: the table of figures per code and, under it, the
line that says whom and what it counts and the methods paragraph a paper can quote.

Only a screen that reads every layer (a lead, or a coder once the team is unblinded) has the
tab's table; ``report_team`` computes the agreement in a worker and posts ``AgreementReady``,
which lands here. The table gives its room to the figures before the names: a figure cut at
the terminal's edge reads as another number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.widgets import DataTable, Static

from qualcode.project import AgreementRow
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import word_names
from qualcode.tui.safe import markup as escape
from qualcode.tui.screens.base import ScreenPart
from qualcode.tui.widgets.report_views import fill_agreement_table

if TYPE_CHECKING:
    from qualcode.project import AgreementReport
    from qualcode.tui.screens.report_team import AgreementReady

NAME_COLUMN = 40  # characters of a code's name in a table row (the rest: figures)
AGREEMENT_FIGURES = 77  # columns the agreement table's nine figures take, with padding
NARROW_SAVES = 14  # the units column and the κ after Fleiss and Cohen, left out at 80
SCROLLBAR_ROOM = 1  # a row under the table for its horizontal scrollbar, when it is wider
PAGE_SCROLLBAR = 2  # columns the agreement page's vertical scrollbar takes beside the table
THIRD_DECIMAL = 8  # columns a third decimal adds: one a coefficient, two for the interval


def wider_names(names: dict[str, str], cut: dict[str, str], room: int) -> dict[str, str]:
    """``cut`` (names cut to NAME_COLUMN or less) unless ``room`` characters beside a
    table's figures hold more: then the names cut to that room, whole where they fit."""
    if room <= NAME_COLUMN:
        return cut
    return word_names(names, min(room, max((len(n) for n in names.values()), default=0)))


def table_height(table: DataTable[object]) -> int:
    """The rows the table needs on the page: its header, every row, and the scrollbar a
    table wider than the page shows under them.

    Left to ``height: auto``, the table took its height from the size it measures when it
    is next idle, and the page around it was not always laid out again after that: a lead
    of five at 80x24 (and now and then at 120x40) opened the agreement tab on the counted
    line and the methods paragraph with no table above them, the figures the paragraph
    cites nowhere to be seen (team39). Its rows are known here, so the height is said."""
    if not table.columns:  # cleared: a one-line refusal stands there instead
        return 0
    rows = sum(row.height for row in table.rows.values())
    return (table.header_height if table.show_header else 0) + rows + SCROLLBAR_ROOM


def laid_out_width(table: DataTable[object]) -> int:
    """The columns the table will take once laid out: each column as wide as its widest
    cell or heading, and the cell padding each side. Measured from the cells themselves:
    the table measures its columns only when next idle, after the names have been cut."""
    widths = [cell_len(str(column.label)) for column in table.columns.values()]
    for row in range(table.row_count):
        for i, cell in enumerate(table.get_row_at(row)):
            widths[i] = max(widths[i], cell_len(str(cell)))
    return sum(widths) + 2 * table.cell_padding * len(widths)


class AgreementTab(ScreenPart):
    """Mixed into ``ReportsScreen``: what the agreement worker's answer shows on the tab."""

    doc_set: str | None  # the document set the screen counts (None: every document)
    team: tuple[str, ...] | None  # the coders chosen with `t`, None: the default team
    counted: tuple[str, ...]  # the coders the agreement shown counts (`t` offers them)
    offered: tuple[str, ...]  # or, counting no document, a team that finished some
    code_names: dict[str, str]  # a code's full name by its key, through the pseudonym key
    row_names: dict[str, str]  # the same names cut to NAME_COLUMN

    if TYPE_CHECKING:  # what ReportsScreen and SetChoice add

        def set_said(self) -> str: ...

    def on_agreement_ready(self, message: AgreementReady) -> None:
        t = self.app.t
        if (message.doc_set, message.team) != (self.doc_set, self.team):
            return  # another set or team was chosen meanwhile: its own is on the way
        self.query_one("#agreement-loading").display = False
        methods = self.query_one("#methods", Static)
        if message.report is None:
            table = self.query_one("#agreement-table", DataTable)
            table.clear(columns=True)  # not the last set's
            table.styles.height = table_height(table)
            methods.update(f"[b]{t('rep_agreement')}[/b]: {escape(message.error or '')}")
            return
        # three decimals, as the methods paragraph under the table gives them, where they
        # fit and cut no code's name shorter than two would (up to NAME_COLUMN); else two,
        # and a line says so: the table read 0.61 above a paragraph citing 0.614 (tui45)
        table = self.query_one("#agreement-table", DataTable)
        _, names = self._fit_table(table, message.report, 2)
        over, beside_three = self._fit_table(table, message.report, 3)
        kept = all(
            len(beside_three[key]) >= min(len(name), len(self.row_names.get(key, name)))
            for key, name in names.items()
        )
        digits = 3 if over <= 0 and kept else 2
        if digits == 2:
            self._fit_table(table, message.report, 2)
        report = message.report
        self.counted = tuple(report.coders)
        self.offered = report.together[0][0] if report.documents == 0 and report.together else ()
        table.styles.height = table_height(table)
        # no document counts: thirty rows of dashes hid the line that says why (eyes19)
        table.display = report.documents > 0
        counted = t(
            "rc_counted_report",
            coders=len(report.coders),
            names=", ".join(report.coders),
            docs=report.documents,
            total=report.total_documents,
        )
        counted += self.set_said()
        if report.narrowed_by:  # a late coder's one finished document: say who narrows it
            name, finished, without = report.narrowed_by
            counted += t("rc_narrowed", name=name, finished=finished, without=without)
        counted += t("rep_team_key")
        # no document counts: a dash per coder said nothing; who could count does (eyes42)
        counted += together_lines(report, t) if report.documents == 0 else ""
        counted += per_coder_lines(report.rows, t, digits) if report.documents else ""
        counted += "\n" + t("rep_two_decimals") if digits == 2 and report.documents else ""
        # what the headings stand for: "BP" and "uα" were said nowhere on the page, and the
        # paragraph below never names Brennan-Prediger (tui50)
        counted += "\n" + t("rep_headings") if report.documents else ""
        methods.update(escape(counted + "\n\n" + report.methods_page(t.lang)))

    def _fit_table(
        self, table: DataTable[object], report: AgreementReport, digits: int
    ) -> tuple[int, dict[str, str]]:
        """Fill the table with its figures to ``digits`` decimals, the names giving up room
        to them; returns by how many cells it still overruns the page (0 or less: fits)
        and the codes' names as shown.

        At 100 columns a 40-character name cut AC1's 0,92 to "0,9" at the table's edge and
        left BP and uα off screen (eyes6); at 80 the units go too (every row counts the
        same, the paragraph says how many) and kappa's name is its coefficient's: BP's 0.85
        read "0.8" there (eyes7)."""
        t = self.app.t
        narrow = self.size.width < AGREEMENT_FIGURES + 16
        figures = AGREEMENT_FIGURES - (NARROW_SAVES if narrow else 0)
        figures += THIRD_DECIMAL if digits == 3 else 0
        room = max(12 if narrow else 16, min(NAME_COLUMN, self.size.width - figures))
        names = self.row_names if room == NAME_COLUMN else word_names(self.code_names, room)
        kappas = (
            ["Fleiss", "α", "α 95%", "Cohen"] if narrow else ["Fleiss κ", "α", "α 95%", "Cohen κ"]
        )
        units = [] if narrow else [t("rep_units")]
        shown = wider_names(self.code_names, names, self.size.width - figures - 4)
        over = 0
        for _ in range(2):
            fill_agreement_table(
                table,
                report,
                [t("rep_code"), *units, "%", *kappas, "AC1", "BP", "uα"],
                t,
                shown,
                units=not narrow,
                # the pairs' names in the room the codes' take: no wider (eyes40)
                pair_room=max(room, *(len(n) for n in shown.values())),
                digits=digits,
            )
            # figures wider than reckoned (an interval from below zero, "-0.31–0.00") cut
            # uα at the edge: the names give up what they overran by (eyes40)
            over = laid_out_width(table) - (self.size.width - PAGE_SCROLLBAR)
            if over <= 0 or room <= 12:
                break
            room = max(12, min(room, max(len(n) for n in shown.values())) - over)
            shown = word_names(self.code_names, room)
        return over, shown


def together_lines(report: AgreementReport, t: Catalog) -> str:
    """The teams that finished documents together, a team a line with how many documents
    it would count, for a lead whose default team counts none (``TeamScope.together``)."""
    if not report.together:
        return ""
    lines = [
        "  " + t("rep_together_row", names=", ".join(team), n=n) for team, n in report.together
    ]
    return "\n" + t("rep_together_head") + "\n" + "\n".join(lines)


def per_coder_lines(rows: list[AgreementRow], t: Catalog, digits: int = 2) -> str:
    """Three coders or more: which one reads the codes differently (eyes9), a coder a line
    under a heading, names padded and figures right-aligned so the kappas read down one
    column. Run on as one sentence, the list wrapped at 80 columns between a coder's name
    and her figures ('mira κ' over '0,61', eyes40). To ``digits`` decimals, as the table
    above them. Empty for two coders."""
    mine = [r for r in rows if r.scope == "coder"]
    if not mine:
        return ""
    names = [r.coders[0] for r in mine]
    cohens = [t.figure(r.cohen, digits) for r in mine]
    alphas = [t.figure(r.alpha_without, digits) for r in mine]
    wide = [max(len(x) for x in column) for column in (names, cohens, alphas)]
    lines = [
        "  " + t("rep_per_coder_row", name=name.ljust(wide[0]), cohen=cohen.rjust(wide[1]),
                 alpha=alpha.rjust(wide[2]))
        for name, cohen, alpha in zip(names, cohens, alphas, strict=True)
    ]  # fmt: skip
    return "\n" + t("rep_per_coder_head") + "\n" + "\n".join(lines)

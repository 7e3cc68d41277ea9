"""What the reports screen shows: a frequency pivot (built in ``qualcode.analysis.pivot``),
its bar chart and the agreement table.

The numbers come from ``Project`` (``report_frequencies``, ``agreement``); these helpers
only arrange them for the terminal, so the screen holds no arithmetic of its own beyond
adding a row and a column of totals.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static
from textual_plotext import PlotextPlot

from qualcode.analysis.pivot import Pivot
from qualcode.tui.catalog import Catalog
from qualcode.tui.labels import word_names
from qualcode.tui.safe import literal
from qualcode.tui.safe import markup as escape

BAR_LABEL = 28  # characters of a code's name beside its bar: the plot keeps the rest
# Okabe-Ito: distinguishable with the common colour-vision deficiencies
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def _num(n: int | str) -> Text:
    return Text(str(n), justify="right")


def fill_frequency_table(
    table: DataTable[Any],
    data: Pivot,
    measure: str,
    code_title: str,
    total_title: str,
    names: Mapping[str, str],
) -> None:
    """Codes down (by ``names``: key -> the name a person reads), attribute values
    across, a total column and a total row."""
    table.clear(columns=True)
    table.add_columns(code_title, *(literal(v) for v in data.values), total_title)
    for code in data.codes:
        cells = [_num(data.get(code, v, measure)) for v in data.values]
        table.add_row(
            literal(names.get(code, code)), *cells, _num(data.row_total(code, measure)), key=code
        )
    totals = [_num(data.column_total(v, measure)) for v in data.values]
    table.add_row(
        Text(total_title, style="bold"),
        *totals,
        Text(str(data.total(measure)), justify="right", style="bold"),
        key="__total__",
    )


def _ticks(top: int) -> list[int]:
    """Whole-number ticks (counts have no fractions), at most six of them."""
    if top <= 0:
        return [0]
    steps = (m * 10**e for e in range(12) for m in (1, 2, 5))
    step = next(s for s in steps if top / s <= 5)
    return list(range(0, top + step, step))


class FrequencyChart(Vertical):
    """Horizontal stacked bars: one bar per code, one colour per attribute value.

    The legend is drawn below the plot rather than by plotext, whose legend sits on top
    of the first bars. An attribute with more values than there are distinguishable
    colours (dates, say) gets one bar per code of its total instead of a rainbow that
    repeats; the table has the breakdown.
    """

    def compose(self) -> ComposeResult:
        # the title over the plot, wrapped: plotext draws none longer than its width, and
        # the report's title (``project/report_titles``) is longer at 80 columns
        yield Static(classes="chart-title")
        yield PlotextPlot(classes="chart-plot")
        yield Static(classes="chart-legend")

    def show(
        self,
        data: Pivot,
        measure: str,
        title: str,
        empty: str,
        too_many: str,
        names: Mapping[str, str],
    ) -> None:
        plot = self.query_one(PlotextPlot)
        plt = plot.plt
        plt.clear_figure()
        codes = list(reversed(data.codes))  # plotext draws the first bar at the bottom
        stacked = len(data.values) <= len(SERIES_COLORS)
        values = data.values if stacked else [too_many]
        colors = list(SERIES_COLORS[: len(values)])
        if codes and data.values:
            if stacked:
                series = [[data.get(c, v, measure) for c in codes] for v in values]
            else:
                series = [[data.row_total(c, measure) for c in codes]]
            # one colour per series: plotext takes a list here though its hints name one
            per_series: Any = [_rgb(c) for c in colors]
            # whole words, turning points by where they go: cut in the middle,
            # "uppdragsmonolog t…ragsdialog" beside a bar named no code (eyes38)
            short = word_names({c: names.get(c, c) for c in codes}, BAR_LABEL)
            labels = [short[c] for c in codes]
            plt.stacked_bar(labels, series, orientation="horizontal", width=0.6, color=per_series)
            ticks = _ticks(max((data.row_total(c, measure) for c in codes), default=0))
            plt.xticks([float(t) for t in ticks], [str(t) for t in ticks])
        title_row = self.query_one(".chart-title", Static)
        title_row.update(escape(title))
        title_row.display = bool(title)
        plot.refresh()
        legend = "   ".join(
            f"[{color}]██[/] {escape(value)}" for value, color in zip(values, colors, strict=True)
        )
        self.query_one(".chart-legend", Static).update(legend if data.total("segments") else empty)


def _rgb(color: str) -> tuple[int, int, int]:
    return (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16))


# pairs a code may list under it; more go below the codes' rows. Three coders' three
# pairs a code put the overall row sixteen rows down, past an 80x24 screen (eyes14), so
# from three coders on the codes and the overall row come first; two coders have one pair,
# whose Cohen's kappa is shown on the code's own row
GROUPED_PAIRS = 1


PAIR_INDENT = "  "  # a pair's row under its code's name
PAIR_JOIN = " – "
SHORTEST = 4  # characters of a coder's name kept, at least, in a pair's row


def pair_labels(coders: list[str], room: int) -> dict[tuple[str, str], str]:
    """Each pair of ``coders`` as its row names it, in at most ``room`` characters where
    that can be done: first names where the team's differ ("Anna-Karin – Johan"), every
    name cut to one length ("Anna-K…") where even those do not fit, and whole names where
    no cut keeps the coders apart. Whole names made the label column forty wide at 80
    columns ("Anna-Karin Lindqvist – Johan Bergström") and pushed Cohen's kappa, AC1, BP
    and u-alpha off the screen (eyes40); the counted line under the table names them whole."""
    firsts = {name: (name.split() or [name])[0] for name in coders}
    short = firsts if len(set(firsts.values())) == len(firsts) else {n: n for n in coders}
    free = room - len(PAIR_INDENT) - len(PAIR_JOIN)

    def cut(name: str, most: int) -> str:
        return name if len(name) <= most else name[: most - 1].rstrip() + "…"

    pairs = [(a, b) for i, a in enumerate(coders) for b in coders[i + 1 :]]
    longest = max((len(n) for n in short.values()), default=0)
    for most in range(longest, SHORTEST - 1, -1):
        named = {n: cut(short[n], most) for n in coders}
        if len(set(named.values())) < len(named):
            break  # cut this far, two coders read alike: their whole names instead
        if all(len(named[a]) + len(named[b]) <= free for a, b in pairs):
            break
    else:
        named = {n: n for n in coders}
    if len(set(named.values())) < len(named):
        named = {n: n for n in coders}
    labels: dict[tuple[str, str], str] = {}
    for a, b in pairs:
        labels[(a, b)] = labels[(b, a)] = f"{PAIR_INDENT}{named[a]}{PAIR_JOIN}{named[b]}"
    return labels


def fill_agreement_table(
    table: DataTable[Any],
    report: Any,
    headers: list[str],
    t: Catalog,
    names: Mapping[str, str],
    units: bool = True,
    pair_room: int = 0,
    digits: int = 2,
) -> None:
    """Per code (and overall): units, percent, Fleiss' kappa, alpha with its bootstrap
    interval, Cohen's kappa for a single pair, AC1, Brennan-Prediger and unitizing alpha.

    With more than two raters each code is followed by its coder pairs (Cohen's kappa is
    a two-rater coefficient, so it is only shown there). Without ``units`` the units
    column is left out (``headers`` then has none): every row counts the same units.
    A pair's row is named in ``pair_room`` characters where it can be (``pair_labels``;
    0: the coders' whole names). Coefficients to ``digits`` decimals.
    """
    table.clear(columns=True)
    table.add_columns(*headers)
    rows = report.rows
    pairs: dict[str, list[Any]] = {}
    for row in rows:
        if row.scope == "pair" and row.code is not None:
            pairs.setdefault(row.code, []).append(row)
    # three coders or more: three pairs a code or ten, and the codes and the overall figure
    # a methods section cites lay 4 to 11 rows apart, the overall one past the screen's end
    # (eyes12, a lead of five at 80x24; eyes14, three); the codes and the overall row come
    # first, the pairs after
    grouped = max((len(p) for p in pairs.values()), default=0) > GROUPED_PAIRS
    team = list(dict.fromkeys(name for p in pairs.values() for row in p for name in row.coders))
    labels = pair_labels(team, pair_room) if pair_room else {}
    after: list[list[str | Text]] = []
    for row in [r for r in rows if r.scope == "code"] + [report.overall()]:
        mine = pairs.get(row.code or "", [])
        cohen = mine[0].cohen if len(mine) == 1 else math.nan
        label = names.get(row.code, row.code) if row.code else t("rep_overall")
        table.add_row(*_agreement_cells(label, row, cohen, t, units, digits))
        if len(mine) > 1:
            block = [
                _agreement_cells(
                    labels.get(tuple(p.coders), PAIR_INDENT + PAIR_JOIN.join(p.coders)),
                    p,
                    p.cohen,
                    t,
                    units,
                    digits,
                )
                for p in mine
            ]
            if grouped:  # the code's name above its pairs, with no figures of its own
                after.append([literal(label), *[""] * (len(headers) - 1)])
                after.extend(block)
            else:
                for cells in block:
                    table.add_row(*cells)
    for cells in after:
        table.add_row(*cells)


def _agreement_cells(
    label: str, row: Any, cohen: float, t: Catalog, units: bool = True, digits: int = 2
) -> list[str | Text]:
    """One row's cells, figures as the interface language writes them (0,49 in Swedish,
    as the methods paragraph under the table does), coefficients to ``digits`` decimals."""

    def _coef(value: float) -> str:
        return t.figure(value, digits)

    interval = (
        f"{_coef(row.alpha_low)}–{_coef(row.alpha_high)}" if not math.isnan(row.alpha_low) else "—"
    )
    return [
        literal(label),
        *([_num(row.units)] if units else []),
        _num(t.figure(row.percent * 100, 1)),
        _num(_coef(row.fleiss)),
        _num(_coef(row.alpha)),
        _num(interval),
        _num(_coef(cohen)),
        _num(_coef(row.ac1)),
        _num(_coef(row.brennan_prediger)),
        _num(_coef(row.unitizing_alpha)),
    ]

"""The reports screen: frequencies as Project computes them, blind coding, agreement, exports."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.reports import ReportsScreen
from tests.conftest import SV_TEXT
from tests.tui.conftest import (
    agreement_table,
    documents_screen,
    export_to,
    notifications,
    reports_screen,
    settle,
    settled,
    wrote,
)

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


def table_counts(screen: ReportsScreen) -> dict[tuple[str, str], int]:
    """(code key, column) -> the number the frequency table shows, totals left out (the
    row shows the code's name; its key is the row's key)."""
    table = screen.query_one("#frequencies", DataTable)
    columns = [str(c.label) for c in table.columns.values()][1:-1]
    shown: dict[tuple[str, str], int] = {}
    for row_key in table.rows:
        if row_key.value == "__total__":
            continue
        cells = table.get_row(row_key)
        for column, cell in zip(columns, cells[1:-1], strict=True):
            shown[(str(row_key.value), column)] = int(str(cell))
    return shown


def expected_counts(
    project: Project, attribute: str, layer: str, measure: str = "segments"
) -> dict[tuple[str, str], int]:
    """As the English screen counts: a proposed place's pseudonym in English words."""
    frame = project.report_frequencies([attribute], layer, names_in="en")
    return {(r["code"], r[attribute]): int(r[measure]) for r in frame.to_dict("records")}


def nonzero(counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    return {k: v for k, v in counts.items() if v}


async def test_lead_frequencies_follow_attribute_measure_and_layer(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        with Project.open(demo) as project:
            by_place = expected_counts(project, "municipality", "coder")
            by_role = expected_counts(project, "role", "coder")
            role_words = expected_counts(project, "role", "coder", "words")
            karin = expected_counts(project, "role", "coder:karin")
        assert screen.attribute == "municipality" and screen.shown_layer == "coder"
        assert by_place and nonzero(table_counts(screen)) == by_place
        said = " ".join(str(screen.query_one("#report-controls", Static).render()).split())
        # what a count is: segments, not every coding (a coder's second drag counts once)
        assert "Showing: coded segments (a coder's overlapping codings of one code" in said
        await pilot.press("b")
        await settle(app, pilot)
        assert screen.attribute == "role"
        assert nonzero(table_counts(screen)) == by_role
        await pilot.press("w")
        await pilot.pause()
        assert nonzero(table_counts(screen)) == role_words
        said = str(screen.query_one("#report-controls", Static).render())
        assert "coded words" in said and "segment" not in said
        await pilot.press("w", "l", "l")  # all coders -> consensus -> johan
        await settle(app, pilot)
        await pilot.press("l")
        await settle(app, pilot)
        assert screen.shown_layer == "coder:karin"
        assert nonzero(table_counts(screen)) == karin


async def test_a_coder_sees_only_their_own_codings_and_no_agreement(demo: Path) -> None:
    async with reports_screen(demo, "karin", "en") as (pilot, app, screen):
        with Project.open(demo) as project:
            mine = expected_counts(project, "municipality", "coder:karin")
            all_coders = expected_counts(project, "municipality", "coder")
        assert screen.layer_choices == ["coder:karin"]
        assert nonzero(table_counts(screen)) == mine != all_coders
        await pilot.press("l")  # there is no other layer to switch to
        await settle(app, pilot)
        assert screen.shown_layer == "coder:karin"
        await pilot.press("a")
        await settle(app, pilot)
        assert not screen.query("#agreement-table")
        assert "only a lead" in str(screen.query_one("#methods", Static).render())
        assert not [w for w in app.workers if w.group == "agreement"]


async def test_lead_agreement_table_shows_what_project_computes(demo: Path) -> None:
    async with reports_screen(demo, "lena", "en") as (pilot, app, screen):
        table = await agreement_table(app, pilot)
        with Project.open(demo) as project:
            report = project.agreement(bootstrap=0)
        rows: dict[str, list[object]] = {}
        for k in table.rows:  # a code's row with figures first; its name again above its pairs
            rows.setdefault(str(table.get_row(k)[0]), table.get_row(k))
        pairs = {name for name in rows if name.startswith("  ")}  # three coders: their pairs
        assert pairs == {"  johan – karin", "  johan – mira", "  karin – mira"}
        codes = [r for r in report.rows if r.scope == "code"]
        # each code's row is named as the lead reads it (cut to keep the figures in view)
        named = {r.code: screen.row_names[r.code or ""] for r in codes}
        assert "individual to systems perspective" in rows  # "From" left out: all share it
        assert set(rows) - pairs == set(named.values()) | {"overall"}
        methods = str(screen.query_one("#methods", Static).render())
        assert methods.startswith("Counted: 3 coders (johan, karin, mira), 6 of 15 documents")
        for row in [*codes, report.overall()]:
            cells = rows[named[row.code] if row.code else "overall"]
            assert str(cells[1]) == str(row.units)
            # two: at 120 a third decimal would cut "mission dialogue" from a code's name
            assert str(cells[4]) == f"{row.alpha:.2f}"
            assert str(cells[7]) == f"{row.ac1:.2f}"
        assert not screen.query_one("#agreement-loading").display
        assert "Krippendorff's alpha" in str(screen.query_one("#methods", Static).render())


async def test_the_swedish_agreement_table_writes_figures_as_its_paragraph(demo: Path) -> None:
    """The Swedish table said 0.49 and "overall" above a paragraph saying 0,54: the table
    now writes the decimal comma and "Totalt"."""
    async with reports_screen(demo, "lena", "sv") as (pilot, app, _):
        table = await agreement_table(app, pilot)
        with Project.open(demo) as project:
            overall = project.agreement(bootstrap=0).overall()
        rows = {str(table.get_row(k)[0]): table.get_row(k) for k in table.rows}
        assert "overall" not in rows
        cells = rows["Totalt"]
        # three, as the paragraph: the Swedish names keep every word beside them (tui45)
        assert str(cells[4]) == f"{overall.alpha:.3f}".replace(".", ",")
        assert str(cells[2]) == f"{overall.percent * 100:.1f}".replace(".", ",")


async def test_lead_exports_summary_codings_and_qdpx(demo: Path, tmp_path: Path) -> None:
    async with reports_screen(demo, "lena", "en") as (pilot, app, _):
        summary, codings, qdpx = tmp_path / "s.docx", tmp_path / "c.xlsx", tmp_path / "p.qdpx"
        said = await export_to(app, pilot, "s", summary)
        assert wrote(said, summary)
        # the demo's places are not on the key: the lead is told they print as written
        off = "Not on the pseudonym key, printed as written: Ekstad, Norrvik, Åby"
        assert any(m.startswith(off) for m in said), said
        await export_to(app, pilot, "c", codings)
        await export_to(app, pilot, "x", qdpx)
    with Project.open(demo) as project:
        total = len(project.codings())
        names = [c.name("en") for c in project.codebook()]
    text = "\n".join(p.text for p in docx.Document(str(summary)).paragraphs)
    assert all(name in text for name in names)
    sheet = openpyxl.load_workbook(codings).active
    assert sheet.max_row == total + 1  # a header and one row per coding
    with zipfile.ZipFile(qdpx) as archive:
        assert "project.qde" in archive.namelist()


async def test_a_coder_exports_only_their_own_codings(demo: Path, tmp_path: Path) -> None:
    async with reports_screen(demo, "karin", "en") as (pilot, app, _):
        said = await export_to(app, pilot, "c", tmp_path / "mine.csv")
        screen = app.screen
        assert screen.check_action("export", ("codings",))  # shown in the footer
        assert screen.check_action("export", ("summary",))  # of her own codings
        assert screen.check_action("export", ("qdpx",))  # of her own codings (faces31)
    assert wrote(said, tmp_path / "mine.csv")
    assert not any("pseudonym key" in m for m in said)  # the key is the lead's
    rows = list(csv.DictReader((tmp_path / "mine.csv").open(encoding="utf-8-sig")))
    with Project.open(demo) as project:
        assert len(rows) == len(project.codings(coder="karin", layer="coder"))
    assert rows and {r["coder"] for r in rows} == {"karin"}


async def test_a_bad_export_path_is_one_clear_error(demo: Path, tmp_path: Path) -> None:
    async with reports_screen(demo, "lena", "en") as (pilot, app, _):
        said = await export_to(app, pilot, "c", tmp_path / "codings.pdf")
        said += await export_to(app, pilot, "c", tmp_path / "missing" / "c.csv")
    assert any("choose .csv or .xlsx" in m for m in said)
    assert any("No folder" in m for m in said)
    assert not list(tmp_path.glob("codings.*"))


async def test_reports_open_from_coding_screen_and_palette(demo: Path) -> None:
    async with documents_screen(demo, "karin", "sv", size=(120, 40)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("P")
        await settle(app, pilot)
        assert isinstance(app.screen, ReportsScreen)
        assert app.screen.title == "Rapporter"
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Rapporter" in titles
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReportsScreen)


async def wait_for_report(pilot: Pilot[Any]) -> None:
    await settled(pilot, pilot.app, "P")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_reports_screen_snapshot(snap_compare, demo: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(demo, "lena", "en"), run_before=wait_for_report, terminal_size=size
    )


async def show_chart(pilot: Pilot[Any]) -> None:
    await wait_for_report(pilot)
    await pilot.press("g")
    await pilot.pause()


def test_reports_chart_snapshot(snap_compare, demo: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(demo, "karin", "en"), run_before=show_chart, terminal_size=(100, 30)
    )


async def test_a_project_without_attributes_counts_per_code(
    karins_text: Callable[..., Path],
) -> None:
    path = karins_text("plain.txt", SV_TEXT)
    with Project.open(path) as project:
        doc = project.documents()[0]
        start = project.document(doc.id).text.index("Arbetsmiljöproblemen")
        project.add_coding(doc.id, start, start + 20, "integration", "karin")
    async with reports_screen(path, "karin", "en", size=(80, 24)) as (pilot, app, screen):
        # no attribute to cycle through: who said it (the text has speakers), then back
        assert screen.attribute_choices == [None, "participant"]
        await pilot.press("b", "b")
        await settle(app, pilot)
        assert screen.attribute is None
        assert nonzero(table_counts(screen)) == {("integration", "all documents"): 1}
        assert "no document attributes" in str(screen.query_one("#report-controls").render())


async def test_an_existing_file_is_replaced_only_after_asking(demo: Path, tmp_path: Path) -> None:
    """The one writer replaces a file only when asked: the TUI asks, n keeps the file,
    y writes the export over it; the project itself is refused whatever the answer."""
    from qualcode.tui.screens.confirm import ConfirmScreen

    mine = tmp_path / "mine.csv"
    mine.write_text("my own notes")
    async with reports_screen(demo, "lena", "en") as (pilot, app, _):
        await export_to(app, pilot, "c", mine)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(app, pilot)
        assert mine.read_text() == "my own notes"
        await export_to(app, pilot, "c", mine)
        await pilot.press("y")
        await settle(app, pilot)
        await export_to(app, pilot, "c", demo)
        await pilot.press("y")
        await settle(app, pilot)
        said = notifications(app)
    assert mine.read_text(encoding="utf-8-sig").startswith('"id"')
    assert any("is this project's own file" in m for m in said)
    with Project.open(demo) as project:
        assert project.codings()  # the project still opens, whole


async def test_a_theme_is_no_row_of_the_frequency_table(demo: Path) -> None:
    with Project.open(demo) as project:
        lead = next(c.name for c in project.coders() if c.role == "lead")
        theme = project.create_theme("Styrning", lead).key
    async with reports_screen(demo, lead, "en") as (_, _, screen):
        rows = {code for code, _ in table_counts(screen)}
        assert theme not in rows and rows  # the codes are rows, coded or not; the theme not
        assert screen.pivot_data is not None and theme not in screen.pivot_data.codes


async def test_the_swedish_reports_name_the_attribute_in_swedish(demo: Path) -> None:
    """ "Per: municipality" and "kodningar per municipality" in a Swedish screen: the usual
    attributes take the summary's Swedish names."""
    async with reports_screen(demo, "lena", "sv") as (pilot, app, screen):
        await settle(app, pilot)
        controls = str(screen.query_one("#report-controls", Static).render())
        assert "Per: kommun" in controls and "municipality" not in controls
        assert "Visar: kodade segment (en kodares överlappande kodningar" in controls
        await pilot.press("b")  # the next attribute: role
        await settle(app, pilot)
        controls = str(screen.query_one("#report-controls", Static).render())
        assert "Per: roll" in controls


@pytest.mark.parametrize(
    ("ui", "shown"),
    [
        ("en", "From individual to systems perspective"),
        ("sv", "Från individ- till systemperspektiv"),
    ],
)
async def test_rows_and_bars_name_codes_in_the_interface_language(
    demo: Path, ui: str, shown: str
) -> None:
    """The table showed ``systems_perspective`` where a researcher reads the code's name;
    keys stay in the CSV and JSON exports only."""
    async with reports_screen(demo, "lena", ui) as (_, _, screen):
        table = screen.query_one("#frequencies", DataTable)
        firsts = {
            str(k.value): str(table.get_row(k)[0]) for k in table.rows if k.value != "__total__"
        }
        with Project.open(demo) as project:
            keys = {c.key for c in project.codable_codes()}
        assert set(firsts) == keys
        assert not keys & set(firsts.values())  # no row shows a key
        assert shown in firsts.values(), firsts  # whole where there is room (eyes33)
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths) <= table.scrollable_content_region.width


async def test_the_agreement_table_fits_100_columns(demo: Path) -> None:
    """At 100 columns the table ran past the screen: AC1's 0,92 showed as '0,9' at the edge
    and BP and uα were off screen (eyes6, a lead over SSH). The names give up room."""
    async with reports_screen(demo, "lena", "sv", size=(100, 30)) as (pilot, app, _):
        table = await agreement_table(app, pilot)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert [str(c.label) for c in table.columns.values()][-3:] == ["AC1", "BP", "uα"]


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_the_agreement_table_fits_80_columns(demo: Path, lang: str) -> None:
    """At 80 columns BP's 0.85 read "0.8" at the table's edge and uα was off screen (eyes7,
    a lead at 80x24): the units column goes (every row counts the same units; the paragraph
    under the table says how many) and the kappas are headed by their coefficient's name."""
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, screen):
        table = await agreement_table(app, pilot)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        headers = [str(c.label) for c in table.columns.values()]
        assert headers[1:] == ["%", "Fleiss", "α", "α 95%", "Cohen", "AC1", "BP", "uα"]
        with Project.open(demo) as project:
            overall = project.agreement(bootstrap=0).overall()
        rows = {str(table.get_row(k)[0]): table.get_row(k) for k in table.rows}
        cells = rows["overall" if lang == "en" else "Totalt"]
        assert str(cells[-2]) == app.t.figure(overall.brennan_prediger)
        assert f"{overall.units} " in str(screen.query_one("#methods", Static).render())

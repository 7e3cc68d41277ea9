"""The documents list fits an 80-column terminal (helper "loose6"): on the demo it showed
the name, municipality, role and status and left a coder's codings and progress a scroll
to the right. Now header letters no cell needs, the end of a long value and the middle of
the name give way first, then the columns a coder can do without are left out whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.fit import NAME_MIN, cut_end, fit
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # drives the whole app on the demo

SEEN = {
    "en": ["Name", "Munici…", "Role", "My status", "Codings", "Coded"],
    "sv": ["Namn", "Kommun", "Roll", "Status", "Kodningar", "Kodat"],
}


@pytest.mark.parametrize("lang", ["en", "sv"])
async def test_the_demo_list_fits_80_columns(demo: Path, lang: str) -> None:
    with Project.open(demo) as project:
        karin = project.act_as("karin")
        coded = {d.name: len(karin.codings(d.id, "karin")) for d in karin.documents()}
    app = build_app(demo, "karin", lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths) <= table.scrollable_content_region.width  # nothing off screen
        assert [str(c.label) for c in table.columns.values()] == SEEN[lang]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
    assert len(rows) == len(coded)
    name, n = next((name, n) for name, n in coded.items() if n and len(name) > 22)
    row = next(r for r in rows if r[0].startswith(name[:6]) and r[0][-4:] == name[-4:])
    assert "…" in row[0] and row[4] == str(n) and row[5].endswith("%")


async def test_a_wide_terminal_shows_every_column_whole(demo: Path) -> None:
    async with documents_screen(demo, "karin", size=(200, 24)) as (_, app, _):
        labels = [str(c.label) for c in app.screen.query_one(DataTable).columns.values()]
    whole = ["Name", "Municipality", "Role", "My status", "Codings", "Coded", "Words", "Lang"]
    assert labels[:8] == whole
    assert "Interviewer" in labels  # named, as Municipality is (eyes19)


async def test_every_column_is_as_wide_as_its_cells_as_soon_as_it_is_shown(demo: Path) -> None:
    """A new coder joining from the 'who is coding' dialog saw the list at 160 columns
    with every column as wide as its header ('aby_', 'soci', '1 3'): the widths were
    left to DataTable, which measures cells on its next idle pass, and the list had been
    painted before it. The widths are now given with the rows (eyes33)."""
    async with documents_screen(demo, "karin", "sv", size=(160, 40)) as (_, app, _):
        screen = app.screen
        table = screen.query_one(DataTable)
        screen.show()  # as the list is read again; no idle pass before the check
        widths = [c.get_render_width(table) for c in table.columns.values()]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
    for i, width in enumerate(widths):
        assert width >= max(len(row[i]) for row in rows) + 2, (i, width)  # cell padding


def test_fit_gives_up_letters_then_columns() -> None:
    headers = ["Name", "Municipality", "Role", "Status", "Codings", "Words", "date"]
    values = [20, 7, 18, 11, 3, 6, 10]
    assert fit(headers, values, keep=5, room=200) is None  # all fit: nothing changes
    roomy = fit(headers, values, keep=5, room=90, attributes=[1, 2], short={4: "n"})
    assert roomy is not None
    assert roomy.columns == [0, 1, 2, 3, 4, 5]  # words fit whole, the date does not
    assert roomy.headers[1] == "Municipality" and roomy.widths[0] == 24  # and the rest
    assert sum(w + 2 for w in roomy.widths.values()) == 90
    tight = fit(headers, values, keep=5, room=60, attributes=[1, 2], short={4: "n"})
    assert tight is not None and tight.columns == [0, 1, 2, 3, 4]
    assert (tight.headers[1], tight.headers[4]) == ("Munici…", "n")  # letters no cell needs
    assert tight.widths[2] == 12 and tight.widths[3] == 11  # the role's end, never the status
    assert tight.widths[0] >= NAME_MIN and sum(w + 2 for w in tight.widths.values()) == 60
    assert cut_end("socialsekreterare", 12) == "socialsekre…"

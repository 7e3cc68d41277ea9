"""The reports screen's line of what is counted is read whole, and at 80x24 it leaves the
table its rows. Once reconciliation was under way the layer said why it was not yet the
consensus ("all coders; reconciliation under way: 1 of 69 disagreement cases decided, 21
passages ... confirmed"), and the line, capped at three rows, lost its end: "· Showing:
coded segments (a coder's overlapping codings of one code in" and no more, in Swedish as
in English (eyes44). Whole, it took five of 24 rows (tui48): at 80x24 the choices stand
alone with the key to the notes (`e`), which shows the line whole; a taller terminal shows
it whole at once. The choices name their keys ("[b] By: municipality") since tui49, which
made room in the footer for the exports: two rows at 80 columns, no longer one."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import reports_screen

pytestmark = pytest.mark.slow  # the demo and a whole Textual app

CASES = [
    ("en", "one segment)", "e: notes", "Frequencies"),
    ("sv", "ett segment)", "e: förklaringar", "Frekvenser"),
]


def _under_way(demo: Path) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.decide(project.cases()[0].case.id, "union", "both halves belong", "lena")


def _rows(app: object) -> list[str]:
    return [s.text for s in app.screen._compositor.render_strips()]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "end", "key", "tab"), CASES)
async def test_the_counted_line_ends_on_the_screen(
    demo: Path, lang: str, end: str, key: str, tab: str
) -> None:
    _under_way(demo)
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, _):
        rows = _rows(app)
        header = rows[1 : next(i for i, r in enumerate(rows) if tab in r)]
        assert len(header) <= 2, rows  # four rows before, five in Swedish
        said = " ".join(row.strip() for row in header)
        assert key in said and end not in said, header
        await pilot.press("e")
        await pilot.pause()
        shown = "\n".join(_rows(app))
        assert "1 " in shown and end in shown, shown
        await pilot.press("e")  # and back to the one row
        await pilot.pause()
        assert end not in "\n".join(_rows(app))


@pytest.mark.parametrize(("lang", "end", "key", "tab"), CASES)
async def test_a_taller_screen_shows_the_line_whole(
    demo: Path, lang: str, end: str, key: str, tab: str
) -> None:
    _under_way(demo)
    async with reports_screen(demo, "lena", lang, size=(120, 35)) as (_, app, _):
        shown = "\n".join(_rows(app))
    assert end in shown and key not in shown, shown

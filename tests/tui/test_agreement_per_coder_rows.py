"""The agreement tab's figures per coder stand one coder a line, in columns, under their
heading. They ran as one sentence after the counted team, and at 80 columns it wrapped
where it would: in Swedish 'mira κ' ended one line and her '0,61' began the next, and a
lead of five read 'ulrika κ 0.79, α' over 'without 0.69' (eyes40, the lead of three and
then five coders at 80x24)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Static

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


async def _methods_lines(demo: Path, lang: str) -> list[str]:
    """The lines the methods block shows on an 80x24 screen, as wrapped there."""
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        methods = screen.query_one("#methods", Static)
        width, height = methods.size
        return [strip.text.rstrip() for strip in methods.render_lines(Region(0, 0, width, height))]


@pytest.mark.parametrize(("lang", "without"), [("en", "α without"), ("sv", "α utan")])
async def test_each_coder_has_a_line_of_her_own_at_80_columns(
    demo: Path, lang: str, without: str
) -> None:
    lines = await _methods_lines(demo, lang)
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        rows = [r for r in project.agreement(bootstrap=0).rows if r.scope == "coder"]
    assert [r.coders[0] for r in rows] == ["johan", "karin", "mira"]
    mine = []
    for row in rows:
        cohen, alpha = (f"{v:.2f}" if lang == "en" else f"{v:.2f}".replace(".", ",")
                        for v in (row.cohen, row.alpha_without))  # fmt: skip
        # her name, her kappa and her alpha on one line, and nobody else's
        found = [x for x in lines if x.split()[:2] == [row.coders[0], "κ"]]
        assert len(found) == 1, lines
        line = found[0]
        assert line.split() == [row.coders[0], "κ", cohen, *without.split(), alpha], lines
        mine.append(lines.index(line))
    assert mine == list(range(mine[0], mine[0] + 3))  # one under the other
    columns = {lines[i].index("κ") for i in mine}
    assert len(columns) == 1  # the kappas in one column

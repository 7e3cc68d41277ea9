"""The reports screen's agreement tab says, under the counted team, each
coder's mean kappa with the others and alpha among the others without her: with three to
five coders the pair rows under every code left the lead to work out who reads the codes
differently (eyes9). The figures are the report's own coder rows, a coder a line (eyes40)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from tests.tui.conftest import reports_screen, settle

pytestmark = pytest.mark.slow  # a whole Textual app through the reports screen


@pytest.mark.parametrize(("lang", "words", "digits"), [("en", "α without", 2), ("sv", "α utan", 3)])
async def test_a_line_per_coder_under_the_counted_team(
    demo: Path, lang: str, words: str, digits: int
) -> None:
    async with reports_screen(demo, "lena", lang) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        methods = str(screen.query_one("#methods", Static).render())
    with Project.open(demo) as project:
        project.act_as("lena", "lena")
        rows = [r for r in project.agreement(bootstrap=0).rows if r.scope == "coder"]
    assert [r.coders[0] for r in rows] == ["johan", "karin", "mira"]
    lines = methods.splitlines()[2:5]
    for row, line in zip(rows, lines, strict=True):
        # as many decimals as the table above them: at 120 columns three beside the
        # Swedish names, two beside the longer English ones (tui45)
        cohen, alpha = (f"{v:.{digits}f}" if lang == "en" else f"{v:.{digits}f}".replace(".", ",")
                        for v in (row.cohen, row.alpha_without))  # fmt: skip
        assert line.split() == [row.coders[0], "κ", cohen, *words.split(), alpha]

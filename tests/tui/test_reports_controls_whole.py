"""The reports screen's line of what is counted is read whole at 80 columns. Once
reconciliation was under way the layer said why it was not yet the consensus ("all coders;
reconciliation under way: 1 of 69 disagreement cases decided, 21 passages ... confirmed"),
and the line, capped at three rows, lost its end: "· Showing: coded segments (a coder's
overlapping codings of one code in" and no more, in Swedish as in English (eyes44)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import reports_screen

pytestmark = pytest.mark.slow  # the demo and a whole Textual app


@pytest.mark.parametrize(("lang", "end"), [("en", "one segment)"), ("sv", "ett segment)")])
async def test_the_counted_line_ends_on_the_screen(demo: Path, lang: str, end: str) -> None:
    with Project.open(demo) as project:
        project.act_as("lena")
        project.decide(project.cases()[0].case.id, "union", "both halves belong", "lena")
    async with reports_screen(demo, "lena", lang, size=(80, 24)) as (_, app, _):
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())
    assert "1 " in shown and end in shown, shown

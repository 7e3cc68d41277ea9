"""The list of sentences below the threshold (`l`) starts every sentence in one column
(eyes38). Each line is score, the best code's name, the sentence: with names as short as
"systemperspektiv" and as long as "integrering av arbetsmiljö …", the sentences began
wherever a name ended and the list did not read down."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from qualcode import Project
from qualcode.tui.screens.below_line import BelowLineScreen
from tests.tui.conftest import karins_coding_screen


async def test_the_sentences_start_in_one_column(project_file: Path) -> None:
    with Project.open(project_file) as project:
        doc = project.documents()[0].id
        units = project.units(doc)[:3]
    names = {"integration": "integrering av arbetsmiljö …", "caseload": "ärenden"}
    rows = [
        (units[0].start, units[0].end, "integration", 0.3),
        (units[1].start, units[1].end, "caseload", 0.2),
        (units[2].start, units[2].end, "integration", 0.1),
    ]
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        text = screen.transcript.text
        await app.push_screen(BelowLineScreen(rows, names, text))
        await pilot.pause()
        listed = app.screen.query_one(OptionList)
        lines = [listed.render_line(y).text for y in range(listed.region.height)]
    shown = [line for line in lines if "0," in line or "0." in line]
    assert len(shown) == 3, lines
    starts = {
        line.index(" ".join(text[s:e].split())[:12])
        for line, (s, e, *_r) in zip(shown, rows, strict=True)
    }
    assert len(starts) == 1, shown

"""The documents list's filter box shows an example from the project's own documents: a
UK team's English study (eyes7) read "key=value such as municipality=Åby", a Swedish town
from the demo, in a list of Ashbourne and Kingsmere."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input

from qualcode import Project
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

INTERVIEW = "Interviewer: Could you describe your role?\nDaniel: I manage the discharge team.\n"


@pytest.mark.parametrize(
    ("attributes", "example"),
    [
        ({"municipality": "Kingsmere", "role": "senior social worker"}, "municipality=Kingsmere"),
        ({"role": "senior social worker"}, "role=senior"),  # the first word finds it
        ({}, "lang=en"),
    ],
)
async def test_the_filter_hint_is_the_projects_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, attributes: dict[str, str], example: str
) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("alex")
        project.import_text("int_02.txt", INTERVIEW, lang="en", attributes=attributes)
        project.import_text("zz_plan.txt", "Planen gäller 2025.\n", lang="sv")
    monkeypatch.setenv("QUALCODE_CODER", "alex")
    async with documents_screen(path, "alex", size=(80, 24)) as (pilot, app, _):
        box = app.screen.query_one("#filter", Input)
        assert box.placeholder == f"/ Filter: words, or key=value such as {example}…"
        await pilot.press("slash", *example)  # and the example finds what it names
        await pilot.pause()
        table = app.screen.query_one("#documents", DataTable)
        assert table.row_count == 1 and "int_02" in str(table.get_row_at(0)[0])

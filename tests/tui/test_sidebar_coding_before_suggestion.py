"""The coding under the cursor comes first in the sidebar, before a suggestion of another
code on the same passage (eyes37, left over). Karin coded a sentence with mission
dialogue while an integration suggestion still lay on it: the sidebar showed integration's
name, score and definition, with her coding's memo under integration's name, as though
that were what she had coded. Her code now heads the pane with its memo, the other code's
suggestion follows under its own name (so `a` still says what it takes), then her code's
definition. A suggestion alone reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.widgets.text_pane import TextPane
from tests.tui.conftest import karins_coding_screen, pending_suggestions

pytestmark = pytest.mark.slow  # drives the whole app (run_test)


def _code_first_unit(path: Path, code: str, memo: str) -> None:
    with Project.open(path) as project:
        doc = project.documents()[0].id
        unit = project.units(doc)[0]
        coding = project.add_coding(doc, unit.start, unit.end, code, "karin")
        project.add_memo("coding", coding.id, "karin", memo)


async def _pane(path: Path) -> str:
    async with karins_coding_screen(path, size=(120, 40)) as (pilot, _app, screen):
        await pilot.pause()
        return screen.query_one(TextPane).markup


async def test_the_coding_comes_before_another_codes_suggestion(project_file: Path) -> None:
    pending_suggestions(project_file, [0.9])  # integration, on the first unit
    _code_first_unit(project_file, "mission_dialogue", "asked upwards, told downwards")
    pane = await _pane(project_file)
    mine, memo = pane.index("Mission dialogue"), pane.index("asked upwards")
    other = pane.index("Also suggested here: Integration")
    assert mine < memo < other < pane.index("Suggestion, score 0.90")
    # the definition under them is her code's, not the suggestion's
    assert "Talk about the assignment between levels." in pane[other:]


async def test_a_suggestion_alone_reads_as_before(project_file: Path) -> None:
    pending_suggestions(project_file, [0.9])
    pane = await _pane(project_file)
    assert "Also suggested here" not in pane
    score = pane.index("Suggestion, score 0.90")
    assert pane.index("Integration") < score < pane.index("Definition")

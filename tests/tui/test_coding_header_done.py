"""The coding screen's header says when the coder has marked the document done. "Marked
done" passed as a note and nothing on the screen said it afterwards: a new coder who came
back to a transcript, or stayed on it after D, could not tell whether she had finished it
without going back to the list (tui50, mira at 80x24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, open_first_document

pytestmark = pytest.mark.slow  # a whole Textual app per test


def _code_first(path: Path) -> None:
    """karin codes the first sentence: D marks without asking about nothing coded."""
    with Project.open(path) as project:
        project.act_as("karin")
        doc = project.documents()[0].id
        first = project.units(doc)[0]
        project.add_coding(doc, first.start, first.end, "mission_dialogue", "karin")


@pytest.mark.parametrize(("lang", "done"), [("en", "done"), ("sv", "klar")])
async def test_the_header_says_done_after_d_and_on_coming_back(
    project_file: Path, lang: str, done: str
) -> None:
    _code_first(project_file)
    async with karins_coding_screen(project_file, ui_lang=lang) as (pilot, app, screen):
        before = screen.sub_title
        await pilot.press("D")
        await pilot.pause()
        after = screen.sub_title
        await pilot.press("q")
        await pilot.pause()
        again = await open_first_document(pilot, app)
        back = again.sub_title
    assert done not in before.split(" · ")
    assert after.split(" · ")[-1] == done
    assert back.split(" · ")[-1] == done

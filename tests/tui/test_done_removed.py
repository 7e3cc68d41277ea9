"""`D` on a document a lead removed meanwhile from another window says so in one line and
leaves the screen as it was (it raised "no document <uuid>" out of the app), in the
interface's language (the Swedish screen said it in the service's English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from tests.tui.conftest import notifications, open_first_document

pytestmark = pytest.mark.slow  # a whole Textual app


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "aby_01.txt was removed from the project; nothing to mark"),
        ("sv", "aby_01.txt togs bort ur projektet; inget att markera"),
    ],
)
async def test_d_on_a_removed_document_says_it_was_removed(
    project_file: Path, lang: str, line: str
) -> None:
    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_document(pilot, app)
        with Project.open(project_file) as lenas:
            lenas.act_as("lena")
            lenas.remove_document("aby_01.txt", "imported twice", "lena")
        app.clear_notifications()
        await pilot.press("D")
        await pilot.pause()
        assert app.screen is screen
        said = notifications(app)
        assert said == [line]

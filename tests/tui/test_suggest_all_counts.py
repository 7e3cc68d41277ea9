"""`S` says what it acted on: how many suggestions, in how many documents, how many here.

It said "4 suggestions" over a sidebar listing this document's 2, and a coder could not
tell whether it had suggested on every document or on this one (tui45). `s` on one
document says its count alone, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from tests.conftest import SV_TEXT
from tests.tui.conftest import notifications, open_first_document

pytestmark = pytest.mark.slow  # drives the whole app and its helper process

SECOND = SV_TEXT.replace("Intervju med enhetschef, Åby.", "Intervju med socialsekreterare, Åby.")


@pytest.mark.parametrize(
    ("lang", "key", "said"),
    [
        ("en", "S", "4 suggestions in 2 documents, 2 in this one"),
        ("sv", "S", "4 förslag i 2 dokument, 2 i det här"),
        ("en", "s", "2 suggestions"),
    ],
)
async def test_suggesting_says_how_many_and_where(
    project_file: Path, lang: str, key: str, said: str
) -> None:
    with Project.open(project_file) as project:
        project.import_text("aby_02.txt", SECOND, lang="sv")
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, app)
        await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.pending_suggestions) == 2
        notes = notifications(app)
        assert any(note.startswith(said) for note in notes), notes
        if key == "s":
            assert not any("documents" in note for note in notes), notes

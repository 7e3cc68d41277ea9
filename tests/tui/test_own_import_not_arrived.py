"""A coder's own import (``i``) is said once, as hers: the list also said "2 documents
imported meanwhile, now in the list", the note for documents someone else imported, of
the same two she had just imported (eyes43). A colleague's import is still named."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app and imports through spaCy


async def test_her_import_is_not_said_to_have_arrived(project_file: Path, tmp_path: Path) -> None:
    mine = tmp_path / "Intervju 3.txt"
    mine.write_text(f"{SV_TEXT}\nR: Det sa hon också.\n", encoding="utf-8")
    async with documents_screen(project_file, "karin") as (pilot, app, screen):
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*str(mine), "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen.watch_documents()  # the list's watch, as its timer runs it
        await pilot.pause()
        notes = notifications(app)
        assert any("Imported 1 document: Intervju 3.txt" in n for n in notes), notes
        assert not any("meanwhile" in n for n in notes), notes
        # a colleague's import, in another terminal, is still named when it arrives
        with Project.open(project_file) as project:
            project.import_text("ip9.txt", SV_TEXT + "\nR: Och en till.\n", lang="sv")
        screen.watch_documents()
        await pilot.pause()
        arrived = [n for n in notifications(app) if "meanwhile" in n]
    assert len(arrived) == 1 and "ip9.txt" in arrived[0], arrived
    assert "Intervju 3.txt" not in arrived[0]

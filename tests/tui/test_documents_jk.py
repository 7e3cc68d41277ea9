"""j and k move through the documents list as they move through a transcript: a keyboard
user's "j j Enter" did nothing in the list and then opened the first document, not the
third (eyes7); the keys panel lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.keys_help import KeysScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)

TEXT = "Interviewer: How did it start?\nSam: It started with the budget.\n"


async def test_j_and_k_move_in_the_documents_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "study.db"
    with Project.create(path) as project:
        project.add_coder("alex")
        for name in ("int_01.txt", "int_02.txt", "int_03.txt"):
            project.import_text(name, TEXT + name + "\n", lang="en")
    monkeypatch.setenv("QUALCODE_CODER", "alex")
    async with documents_screen(path, "alex", size=(80, 24)) as (pilot, app, _):
        await pilot.press("j", "j", "k", "j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.doc.name == "int_03.txt"
        await pilot.press("q", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        listed = {(keys, what) for _section, keys, what in app.screen.rows}
        assert ("j", "Down") in listed and ("k", "Up") in listed

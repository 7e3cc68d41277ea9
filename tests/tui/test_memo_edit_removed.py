"""The memo list's e on a memo removed from her other window while she typed (red team
32): the save said 'no memo ...' and everything she had typed was gone. It is kept as a
new memo in the same place, and one line says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.memo_list import MemoListScreen
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen, save_memo


@pytest.mark.slow
async def test_an_edit_of_a_memo_removed_meanwhile_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "memos.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv")
        memo = project.add_memo("document", doc.id, "karin", "Lugn intervju")
    async with documents_screen(path, "karin", size=(100, 30)) as (pilot, app, _):
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, MemoListScreen)
        await pilot.press("e", "enter", *"Men trött.")
        with Project.open(path) as other:  # her other window
            other.act_as("karin").remove_memo(memo.id, "karin")
        notes = await save_memo(pilot, app)
        assert any("kept as a new memo" in n for n in notes), notes
    with Project.open(path) as check:
        assert [m.text for m in check.memos("document")] == ["Lugn intervju\nMen trött."]

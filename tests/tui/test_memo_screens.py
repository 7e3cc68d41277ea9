"""Memos in the TUI: the multi-line editor, the list of all memos (search, edit, remove,
open the passage), and a snapshot of the list at 120x40 and 80x24."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.memo_list import MemoListScreen
from tests.conftest import SV_TEXT, small_codebook

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "memos.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv", attributes={"role": "chef"})
        text = project.document(doc.id).text
        start = text.index("Politikerna bestämde")
        end = start + len("Politikerna bestämde och vi fick bara göra.")
        karins = project.add_coding(doc.id, start, end, "mission_dialogue", "karin")
        johans = project.add_coding(doc.id, start, end, "integration", "johan")
        project.add_memo("coding", karins.id, "karin", "Styrning uppifrån.\nJämför Norrvik.")
        project.add_memo("coding", johans.id, "johan", "Johans tanke")
        project.add_memo("document", doc.id, "karin", "Lugn intervju")
    return path


async def _memo_list(pilot: Pilot[Any]) -> MemoListScreen:
    await pilot.pause()
    await pilot.press("N")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MemoListScreen)
    return screen


async def test_search_edit_remove_and_open(project_file: Path) -> None:
    app = build_app(project_file, "karin", "sv")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _memo_list(pilot)
        assert {v.memo.author for v in screen.views} == {"karin"}  # blind: not johan's
        await pilot.press("slash", *"norrvik", "enter")
        await pilot.pause()
        assert [v.memo.text for v in screen.views] == ["Styrning uppifrån.\nJämför Norrvik."]
        await pilot.press("e", "enter", *"Och Ekstad.", "ctrl+s")
        await pilot.pause()
        with Project.open(project_file) as check:
            texts = {m.text for m in check.memos("coding")}
        assert "Styrning uppifrån.\nJämför Norrvik.\nOch Ekstad." in texts
        view = screen.views[0]
        await pilot.press("enter")  # to the passage, selected
        await pilot.pause()
        await pilot.pause()
        coding = app.screen
        assert isinstance(coding, CodingScreen)
        assert coding.transcript.selection == (view.start, view.end)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("slash", *["backspace"] * 7, *"lugn", "enter", "x", "y")
        await pilot.pause()
        assert screen.views == []
    with Project.open(project_file) as check:
        assert [m.text for m in check.memos("document")] == []
        assert check.audit()[-1].action == "memo.remove"


async def _lead_list(pilot: Pilot[Any]) -> None:
    await _memo_list(pilot)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_memo_list_snapshot(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(project_file, "karin", "sv"), run_before=_lead_list, terminal_size=size
    )

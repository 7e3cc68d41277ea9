"""Memos in the TUI: the multi-line editor, the list of all memos (search, edit, remove,
open the passage, the date on each row, `m` writes the memos document), and a snapshot of
the list at 120x40 and 80x24."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.memo_list import MemoListScreen
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen

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
    # fixed days (in the order written): the rows show them, and the snapshots stay true
    with sqlite3.connect(path) as db:
        ids = [r[0] for r in db.execute("SELECT id FROM memos ORDER BY created_at, rowid")]
        for day, memo_id in enumerate(ids, start=3):
            at = f"2026-03-0{day}T09:00:00+00:00"
            db.execute("UPDATE memos SET created_at = ? WHERE id = ?", (at, memo_id))
    db.close()
    return path


async def _memo_list(pilot: Pilot[Any]) -> MemoListScreen:
    await pilot.pause()
    await pilot.press("N")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MemoListScreen)
    return screen


async def test_search_edit_remove_and_open(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(100, 30)) as (pilot, app, _):
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


def _row(screen: MemoListScreen, at: int) -> str:
    return screen._memo_text(screen.views[at]).plain.splitlines()[0]


async def test_rows_name_author_and_day(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(100, 30)) as (pilot, _, _):
        screen = await _memo_list(pilot)
        assert _row(screen, 0) == "karin · 2026-03-05 · aby_01.txt"  # the newest first
        assert _row(screen, 1).startswith("karin · 2026-03-03 · aby_01.txt · ")


async def test_m_writes_the_memos_document(project_file: Path, tmp_path: Path) -> None:
    """`m` asks where, as the reports screen's `m`, and writes what she may read only."""
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        screen = await _memo_list(pilot)
        await pilot.press("m")
        await pilot.pause()
        prompt = screen.query_one("#export-path", Input)
        assert prompt.has_focus
        assert prompt.border_title == app.t("rep_export_memos")
        assert prompt.value == str(project_file.with_name("memos-karin-memos.docx"))
        await pilot.press("escape")  # Esc: nothing written, back in the list
        await pilot.pause()
        assert prompt.has_class("hidden")
        assert not project_file.with_name("memos-karin-memos.docx").exists()
        target = tmp_path / "notes.md"
        prompt.value = str(target)
        await pilot.press("m")
        await pilot.pause()
        prompt.value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        written = target.read_text(encoding="utf-8")
        assert "Lugn intervju" in written and "Johans tanke" not in written  # blind
        await pilot.press("m")
        await pilot.pause()
        prompt.value = str(target)
        await pilot.press("enter")  # it exists: asked before replacing
        await pilot.pause()
        assert app.screen is not screen
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert target.read_text(encoding="utf-8") == written


async def _lead_list(pilot: Pilot[Any]) -> None:
    await _memo_list(pilot)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_memo_list_snapshot(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(project_file, "karin", "sv"), run_before=_lead_list, terminal_size=size
    )

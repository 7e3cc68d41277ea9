"""`m` where nothing is coded (issue 14.2): the coder is told what the memo will be about and
chooses the passage or the document. Before, it silently became a document memo."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.memo_edit import MemoEditor
from qualcode.tui.screens.memo_target import MemoTargetScreen
from tests.tui.conftest import documents_screen


async def _coding(pilot, app) -> CodingScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, CodingScreen)
    return app.screen


@pytest.mark.slow
async def test_m_on_uncoded_text_asks_and_the_passage_comes_first(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        screen = await _coding(pilot, app)
        await pilot.press("j", "j", "J")
        start, end = screen.transcript.selection
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MemoTargetScreen)  # asked, not silently a document memo
        from textual.widgets import OptionList

        listed = dialog.query_one(OptionList)
        shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert shown[0].startswith("p  this passage") and shown[1].startswith("d  the whole")
        await pilot.press("enter")  # the passage is highlighted first
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, MemoEditor)
        assert "Memo on this passage" in editor._title
        assert screen.doc.text[start:end].split()[0] in editor._title  # which passage
        await pilot.press(*"why here?", "ctrl+s")
        await pilot.pause()
        with Project.open(project_file) as check:
            memos = check.memos("document", screen.doc_id)
        assert [(m.text, m.start, m.end) for m in memos] == [("why here?", start, end)]
        # the margin marks it, the sidebar shows it while the cursor is on the passage
        assert any(m.memo and m.label == "*" for m in screen.transcript.marks)
        assert "why here?" in screen.sidebar.shown("memos")
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert "why here?" not in screen.sidebar.shown("memos")


@pytest.mark.slow
@pytest.mark.parametrize(("key", "lang"), [("d", "en"), ("d", "sv")])
async def test_d_chooses_the_document(project_file: Path, key: str, lang: str) -> None:
    app = build_app(project_file, "karin", lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _coding(pilot, app)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MemoTargetScreen)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, MemoEditor)
        assert screen.doc.name in app.screen._title
        await pilot.press(*"calm", "ctrl+s")
        await pilot.pause()
        with Project.open(project_file) as check:
            memos = check.memos("document", screen.doc_id)
        assert [(m.text, m.start) for m in memos] == [("calm", None)]


@pytest.mark.slow
async def test_esc_writes_nothing(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        screen = await _coding(pilot, app)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        with Project.open(project_file) as check:
            assert check.memos() == []


@pytest.mark.slow  # a whole screen rendered and compared, as every other snapshot test is
@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_memo_target_snapshot(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = build_app(project_file, "karin", "en")
    assert snap_compare(app, press=["enter", "j", "j", "m"], terminal_size=size)

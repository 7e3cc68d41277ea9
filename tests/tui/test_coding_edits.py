"""Coding by word and by mouse, changing a coding's code, undo/redo, memos: rows in the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.documents import DocumentsScreen
from qualcode.tui.widgets.transcript import GUTTER
from tests.tui.conftest import documents_screen

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


def rows(path: Path) -> list[tuple[int, int, str]]:
    with Project.open(path) as check:
        return [(c.start, c.end, c.code) for c in check.codings(coder="karin")]


async def _open(pilot: object, app: object) -> CodingScreen:
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, DocumentsScreen)  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, CodingScreen)  # type: ignore[attr-defined]
    return app.screen  # type: ignore[attr-defined,no-any-return]


async def test_select_by_word_then_code(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _open(pilot, app)
        await pilot.press("j", "j")  # "R: Ja, alltså, förr kom allt uppifrån."
        unit_start, unit_end = screen.transcript.selection
        await pilot.press("w")  # the selection now ends one word past the unit
        text = screen.doc.text
        nxt = re.compile(r"\w+").search(text, unit_end)
        assert nxt is not None
        assert screen.transcript.selection == (unit_start, nxt.end())
        await pilot.press("b")  # one word back: the unit's last word again
        words = [m.end() for m in re.finditer(r"\w+", text[: nxt.start()])]
        assert screen.transcript.selection == (unit_start, words[-1])
        await pilot.press("b")  # a whole word more, not one letter ("Nu" -> "N" once)
        assert screen.transcript.selection == (unit_start, words[-2])
        await pilot.press("W")  # the start moves to the next word's start, not a letter on
        word = re.compile(r"\w+")
        here = word.match(text, unit_start)
        assert here is not None
        first = word.search(text, here.end())
        assert first is not None
        start, end = first.start(), words[-2]
        assert screen.transcript.selection == (start, end)
        await pilot.press("2")
        await pilot.pause()
        assert rows(project_file) == [(start, end, "integration")]


async def test_drag_with_the_mouse_selects_exact_characters(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _open(pilot, app)
        view = screen.transcript
        line = next(i for i, (s, e) in enumerate(view._lines) if e - s > 30)
        line_start = view._lines[line][0]
        await pilot.mouse_down(view, offset=(GUTTER + 3, line))
        await pilot.hover(view, offset=(GUTTER + 21, line))
        await pilot.mouse_up(view, offset=(GUTTER + 21, line))
        await pilot.pause()
        assert view.selection == (line_start + 3, line_start + 21)
        await pilot.press("1")
        await pilot.pause()
        assert rows(project_file) == [(line_start + 3, line_start + 21, "mission_dialogue")]
        await pilot.click(view, offset=(GUTTER + 10, line))  # a click picks the whole unit again
        await pilot.pause()
        start, end = view.selection
        assert start <= line_start + 10 < end and (start, end) in view.units


async def test_change_code_then_undo_and_redo(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _open(pilot, app)
        await pilot.press("j", "j", "1")
        await pilot.pause()
        start, end = screen.transcript.selection
        await pilot.press("e", "down", "enter")  # change to the second code in the picker
        await pilot.pause()
        assert rows(project_file) == [(start, end, "integration")]
        with Project.open(project_file) as check:
            assert check.audit()[-1].action == "coding.change"
        await pilot.press("u")
        await pilot.pause()
        assert rows(project_file) == [(start, end, "mission_dialogue")]
        await pilot.press("u")
        await pilot.pause()
        assert rows(project_file) == []
        await pilot.press("U")
        await pilot.pause()
        assert rows(project_file) == [(start, end, "mission_dialogue")]
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert rows(project_file) == [(start, end, "integration")]
        with Project.open(project_file) as check:
            before = check.codings(coder="karin")[0].id
        await pilot.press("x", "u")  # remove, then undo the removal: the same row is back
        await pilot.pause()
        with Project.open(project_file) as check:
            assert [c.id for c in check.codings(coder="karin")] == [before]
            assert check.audit()[-1].action == "coding.restore"


async def test_memos_on_a_coding_and_on_the_document(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(80, 24)) as (pilot, app, _):
        screen = await _open(pilot, app)
        await pilot.press("j", "j", "2", "m")
        await pilot.pause()
        await pilot.press(*"förr uppifrån", "enter", *"sen dialog", "ctrl+s")  # two lines
        await pilot.pause()
        await pilot.press("M")
        await pilot.pause()
        await pilot.press(*"kort intervju", "ctrl+s")
        await pilot.pause()
        with Project.open(project_file) as check:
            coding = check.codings(coder="karin")[0]
            on_coding = check.memos("coding", coding.id)
            on_doc = check.memos("document", screen.doc_id)
        assert [(m.author, m.text) for m in on_coding] == [("karin", "förr uppifrån\nsen dialog")]
        assert [(m.author, m.text) for m in on_doc] == [("karin", "kort intervju")]
        shown = screen.sidebar.shown("memos")
        assert "förr uppifrån" in shown and "kort intervju" in shown
        assert screen.transcript.marks[0].label.endswith("*")  # the gutter shows a memo

"""The keys that open a memo or a proposal keep what is typed after them in one go: the
coding screen's ``M`` (document memo), ``m`` (memo; on uncoded text first passage or
document) and ``p`` (propose a code). As ordinary bindings they ran only once the
transcript got to the key, after the keys behind it had been sent there: "M" and a memo
starting "Snabb" suggested on every document (``S``), moved to the next suggestion (``n``)
and accepted it (``a``) before the editor opened (eyes14, typing at the coding screen).
The keys are sent as a terminal sends fast typing, all before the app has handled the
first."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, type_fast, typed_through

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_a_document_memo_typed_ahead_is_the_memo(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["M", *"Snabb", "space", *"anteckning", "ctrl+s"])
        await typed_through(pilot)
        assert app.screen is screen
        with Project.open(project_file) as check:
            memos = check.memos("document", screen.doc_id)
            assert [m.text for m in memos] == ["Snabb anteckning"]
            assert check.codings() == []  # no letter reached the transcript


async def test_a_passage_memo_typed_ahead_is_the_memo(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        start, end = screen.transcript.selection
        type_fast(app, ["m", "p", *"varför", "space", *"här", "ctrl+s"])
        await typed_through(pilot)
        assert app.screen is screen
        with Project.open(project_file) as check:
            memos = check.memos("document", screen.doc_id)
        assert [(m.text, m.start, m.end) for m in memos] == [("varför här", start, end)]


async def test_a_proposal_typed_ahead_names_the_code(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["p", *"veckomoten", "enter"])
        await typed_through(pilot)
        assert app.screen is screen
        with Project.open(project_file) as check:
            assert [c.code for c in check.codings()] == ["veckomoten__karin"]


async def test_enter_typed_ahead_chooses_the_passage(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        start, end = screen.transcript.selection
        type_fast(app, ["m", "enter", *"varför", "ctrl+s"])
        await typed_through(pilot)
        assert app.screen is screen
        with Project.open(project_file) as check:
            memos = check.memos("document", screen.doc_id)
        assert [(m.text, m.start, m.end) for m in memos] == [("varför", start, end)]


async def test_memo_and_propose_keys_in_the_search_box_are_letters(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["slash", *"mpM"])
        await typed_through(pilot)
        assert app.screen is screen
        assert screen.query_one("#prompt", Input).value == "mpM"

"""A coder types ahead into a search box: ``/``, the words and Enter in one go. The search
key focused its box only on the next turn, so the letters typed after it reached the list
or the transcript behind it, where letters are commands: in the coding screen ``a``
accepted and ``r`` rejected a suggestion and a code's shortcut coded the passage, in the
memo list ``e`` opened the editor and ``x`` asked to remove a memo, in the codebook ``a``
and ``e`` opened the lead's forms. The documents list was fixed so (0636880); these are
the other boxes a ``/`` opens. The keys are sent as a terminal sends fast typing, all
before the app has handled the first (pilot.press waits between keys and never saw it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Tree

from qualcode import Project
from qualcode.tui.screens.codebook import CodebookScreen
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.memo_list import MemoListScreen
from qualcode.tui.screens.prompt import SearchPrompt
from qualcode.tui.screens.text_search import TextSearchScreen
from tests.tui.conftest import (
    documents_screen,
    karins_coding_screen,
    settle,
    type_fast,
    typed_through,
)

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


def _letters(word: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in word]


async def test_the_transcript_search_typed_ahead_finds_the_words(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        # a, r, e and l are the coding screen's keys (accept, reject, change, below line)
        type_fast(app, ["slash", *_letters("arbetsmiljöproblemen"), "enter"])
        await typed_through(pilot, 3)
        assert app.screen is screen and app.focused is screen.transcript
        unit = screen.transcript.units[screen.transcript.cursor]
        assert "Arbetsmiljöproblemen" in screen.doc.text[unit[0] : unit[1]]
        assert screen.query_one("#prompt", Input).value == "arbetsmiljöproblemen"
        assert not app.project.codings()  # no letter coded or accepted anything


async def test_keys_typed_behind_the_enter_of_a_transcript_search_are_the_texts(
    project_file: Path,
) -> None:
    """Textual ran the box's Enter once the key had bubbled up to the app, after the box had
    read the keys behind it: "arbetsmiljö", Enter, j in one go searched "arbetsmiljöj" and
    found nothing (small35a). Now Enter searches as the box reads it, and j moves on."""
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        type_fast(app, ["slash", *_letters("arbetsmiljö"), "enter", "j"])
        await typed_through(pilot, 6)
        assert screen.query_one("#prompt", Input).value == "arbetsmiljö"
        assert app.focused is screen.transcript
        first = screen.doc.text.index("arbetsmiljön")
        found = next(i for i, (a, b) in enumerate(screen.transcript.units) if a <= first < b)
        assert screen.transcript.cursor == found + 1  # the match, then j: the next unit


async def test_the_memo_search_typed_ahead_opens_what_it_shows(project_file: Path) -> None:
    with Project.open(project_file) as project:
        doc = project.document("aby_01.txt")
        at = doc.text.index("Arbetsmiljöproblemen")
        project.add_memo("document", doc.id, "karin", "Dialog med nämnden", span=(0, 10))
        project.add_memo("document", doc.id, "karin", "Extra personal behövs", span=(at, at + 20))
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        app.action_memo_list()
        await typed_through(pilot, 3)
        assert isinstance(app.screen, MemoListScreen)
        # e edits and x removes a memo in the list
        type_fast(app, ["slash", *_letters("extra"), "enter", "enter"])
        await typed_through(pilot, 3)
        screen = app.screen
        assert isinstance(screen, CodingScreen)
        assert screen.transcript.selection == (at, at + 20)


async def test_the_codebook_search_typed_ahead_shows_the_code(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        await pilot.press("ctrl+b")
        await typed_through(pilot, 3)
        screen = app.screen
        assert isinstance(screen, CodebookScreen)
        # a adds and e edits a code (the lead's forms; a coder is told so)
        type_fast(app, ["slash", *_letters("case"), "enter"])
        await typed_through(pilot, 3)
        assert app.screen is screen and app.focused is screen.query_one(Tree)
        assert screen.query_one("#cb-search", Input).value == "case"
        assert screen.current_key == "caseload"


async def test_keys_typed_behind_the_enter_of_the_terms_box_are_the_hit_lists(
    project_file: Path,
) -> None:
    """F's terms box read the keys typed behind its Enter too: "arbetsmiljö", Enter, w in
    one go searched "arbetsmiljöw" (nothing found) and whole words stayed off; and a `/`
    behind the Enter searched "arbetsmiljö/". Now Enter searches as the box reads it, `w`
    reaches the hits (whole words) and `/` opens the terms box again."""
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        await pilot.press("F")  # from the documents list
        await typed_through(pilot, 2)
        type_fast(app, [*_letters("arbetsmiljö"), "enter", "w"])
        await typed_through(pilot, 6)
        await settle(app, pilot)
        search = app.screen
        assert isinstance(search, TextSearchScreen)
        assert (search.typed, search.whole_word) == ("arbetsmiljö", True)
        type_fast(app, ["slash", *_letters("arbete"), "enter", "slash"])
        await typed_through(pilot, 6)
        await settle(app, pilot)
        assert search.typed == "arbete"
        box = app.screen
        assert isinstance(box, SearchPrompt)  # `/` behind the Enter: the terms box again
        assert box.query_one(Input).value == "arbete"

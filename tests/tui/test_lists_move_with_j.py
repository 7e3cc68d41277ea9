"""`j` and `k` move through every list of choices, as through a transcript's sentences and
the documents list (tui47): in the list below the threshold (`l`) `j` did nothing, so a new
coder who pressed `j` and then `a` coded the first sentence, not the one she had moved to;
in the memo list `j` did nothing either."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from qualcode import Project
from qualcode.tui.screens.below_line import BelowLineScreen
from qualcode.tui.screens.memo_list import MemoListScreen
from tests.tui.conftest import karins_coding_screen

pytestmark = pytest.mark.slow  # the whole app, driven with Pilot

FIRST = "Politikerna bestämde och vi fick bara göra."
SECOND = "Ärendemängden var för hög för socialsekreterarna."


async def test_j_then_a_codes_the_sentence_moved_to_below_the_line(project_file: Path) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        text = screen.transcript.text
        rows = [
            (text.index(s), text.index(s) + len(s), key, score)
            for s, key, score in ((FIRST, "mission_dialogue", 0.3), (SECOND, "integration", 0.2))
        ]
        # the rows the helper would rank, shown as `l` shows them
        screen._show_below(rows, {key: screen.short_name(key) for *_, key, _ in rows}, 0)
        await pilot.pause()
        assert isinstance(app.screen, BelowLineScreen)
        await pilot.press("j")
        assert app.screen.query_one(OptionList).highlighted == 1
        await pilot.press("k", "j", "a")
        await pilot.pause()
    with Project.open(project_file) as check:
        coded = [(text[c.start : c.end], c.code) for c in check.codings(coder="karin")]
    assert coded == [(SECOND, "integration")]


async def test_j_and_k_move_through_the_memos(project_file: Path) -> None:
    with Project.open(project_file) as project:
        doc = project.documents()[0].id
        for words in ("the first note", "the second note", "the third note"):
            project.add_memo("document", doc, "karin", words)
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, _):
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, MemoListScreen)
        listed = app.screen.query_one(OptionList)
        assert listed.has_focus and listed.highlighted == 0
        await pilot.press("j", "j")
        assert listed.highlighted == 2
        await pilot.press("k")
        assert listed.highlighted == 1

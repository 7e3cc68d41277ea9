"""`l` in the coding screen: the best code of each sentence below the threshold, best
first (issue 10's ranked view, which only the CLI had: a coder of eyes10's team looked for
it in the TUI). Enter goes to the sentence, `a` codes it with the code shown and comes
back to the list.

Driven with Pilot against a real project file and the real helper process and engine (the
core tier: the ranking must not wait for a codebook to be embedded).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qualcode import Project
from qualcode.tui.screens.below_line import BelowLineScreen
from tests.tui.conftest import documents_screen, open_first_document


async def _open_below(pilot: Any, app: Any) -> tuple[Any, BelowLineScreen]:
    screen = await open_first_document(pilot, app)
    await pilot.press("l")
    for _ in range(600):  # the helper fits the engine first: seconds on a loaded machine
        await pilot.pause(0.1)
        if isinstance(app.screen, BelowLineScreen):
            return screen, app.screen
    raise AssertionError("the below-the-threshold list never opened")


@pytest.mark.slow
async def test_l_lists_sentences_below_the_threshold_and_enter_goes_there(
    project_file: Path,
) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        coding, below = await _open_below(pilot, app)
        rows = below.rows
        assert rows, "the demo interview has sentences below the threshold"
        scores = [score for *_, score in rows]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 < score < 0.4 for score in scores)
        start, end, _, _ = rows[1]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is coding
        chosen = coding.transcript.selection
        assert chosen[0] <= start and end <= chosen[1]
    with Project.open(project_file) as check:  # going there codes nothing
        assert check.codings(coder="karin") == []


@pytest.mark.slow
async def test_a_in_the_list_codes_the_sentence_with_the_code_shown(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(80, 24)) as (pilot, app, _):
        _, below = await _open_below(pilot, app)
        start, end, key, _ = below.rows[0]
        await pilot.press("a")
        await pilot.pause()
        # the list is back, without the sentence just coded, to code the next one
        again = app.screen
        assert isinstance(again, BelowLineScreen) and again is not below
        assert again.rows == below.rows[1:]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BelowLineScreen)
    with Project.open(project_file) as check:
        coded = [(c.start, c.end, c.code) for c in check.codings(coder="karin")]
    assert len(coded) == 1
    c_start, c_end, c_code = coded[0]
    assert c_code == key and c_start <= start and end <= c_end


def test_ranked_while_nothing_is_embedded_answers_with_the_core_tier(
    project_file: Path, semantic_on: None
) -> None:
    """semantic=None: the TUI's `l` ranks at once; it never embeds (the demo's codebook took
    minutes before the first list appeared)."""
    with Project.open(project_file) as project:
        project.act_as("karin")
        before = project.embedding_plan(coder="karin")
        rows = project.ranked(project.documents()[0].id, coder="karin", semantic=None)
        after = project.embedding_plan(coder="karin")
    assert rows and all(0.0 < r.score < 0.4 for r in rows)
    assert before.engine_words > 0 and before.documents  # there was something to embed
    assert (after.engine_words, after.documents) == (before.engine_words, before.documents)

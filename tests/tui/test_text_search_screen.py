"""The text search screen (`F` on the documents list): type terms, read the hits in
context, code every hit after confirming, take the batch back, open a hit's passage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from qualcode import Project
from qualcode.project.text_search import split_terms
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.keys_help import key_rows
from qualcode.tui.screens.text_search import TextSearchScreen
from tests.tui.conftest import documents_screen, settle

# slow: each test drives a whole Textual app through the screen
pytestmark = pytest.mark.slow


def test_terms_are_separated_by_commas() -> None:
    assert split_terms(" ärende*, arbetsmiljö ,, en plan ") == ["ärende*", "arbetsmiljö", "en plan"]


async def _search(pilot: Pilot[Any], typed: str) -> TextSearchScreen:
    await pilot.pause()
    await pilot.press("F")
    await pilot.pause()
    await pilot.press(*typed, "enter")
    await settle(pilot.app, pilot)  # the search runs in a worker
    screen = pilot.app.screen
    assert isinstance(screen, TextSearchScreen)
    return screen


async def test_a_coder_searches_codes_every_hit_and_takes_them_back(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, _, _):
        screen = await _search(pilot, "arbetsmiljö,politiker")
        # "arbetsmiljön" in a question, "Arbetsmiljöproblemen" and "Politikerna" in answers
        # (a word's forms whole, a compound's first part as far as the word goes); the
        # heading is nobody's turn
        assert sorted(h.text for h in screen.hits) == [
            *("Arbetsmiljö", "Politikerna", "arbetsmiljön")
        ]
        await pilot.press("c", *"integration", "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert screen.last is not None and len(screen.last.coded) == 3
        with Project.open(project_file) as project:
            project.act_as("karin")
            coded = {c.code for c in project.codings(coder="karin")}
            assert coded == {"integration"}
            assert len(project.codings(coder="karin")) == 3
        await pilot.press("u")
        await pilot.pause()
        with Project.open(project_file) as project:
            project.act_as("karin")
            assert project.codings(coder="karin") == []


async def test_a_phrase_in_quotes_is_searched_with_its_comma(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, _, _):
        screen = await _search(pilot, '"ja, alltså",arbetsmiljön')
        assert [h.text for h in screen.hits] == ["Ja, alltså", "arbetsmiljön", "Arbetsmiljö"]


async def test_e_searches_the_exact_letters_and_again_the_word_forms(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(160, 40)) as (pilot, app, _):
        screen = await _search(pilot, "arbetsmiljön")
        assert [h.text for h in screen.hits] == ["arbetsmiljön", "Arbetsmiljö"]
        assert "word forms" in str(screen.query_one("#search-line").render())
        await pilot.press("e")
        await settle(app, pilot)
        assert [h.text for h in screen.hits] == ["arbetsmiljön"]  # not -problemen
        assert "exact letters" in str(screen.query_one("#search-line").render())
        await pilot.press("e")
        await settle(app, pilot)
        assert len(screen.hits) == 2
        # `?` tells the key
        rows = key_rows(screen, app.t)
        assert any(row[1:] == ("e", "Exact letters") for row in rows), rows


async def test_r_leaves_the_interviewers_questions_out(project_file: Path) -> None:
    """The interviewer's question echoes "arbetsmiljön": with `r` only the answers are hits,
    as `qualcode search --respondents` finds them (search47)."""
    async with documents_screen(project_file, "karin", size=(160, 40)) as (pilot, app, _):
        screen = await _search(pilot, "arbetsmiljö,politiker")
        assert len(screen.hits) == 3
        await pilot.press("r")
        await settle(app, pilot)
        assert sorted(h.text for h in screen.hits) == ["Arbetsmiljö", "Politikerna"]
        assert "only the interviewees' words" in str(screen.query_one("#search-line").render())
        rows = key_rows(screen, app.t)
        assert any(row[1:] == ("r", "Respondents only") for row in rows), rows
        await pilot.press("r")
        await settle(app, pilot)
        assert len(screen.hits) == 3


async def test_f_takes_a_participant_as_the_reports_cite_her(project_file: Path) -> None:
    """`participant=IP1` in the filter box: only what she said (search47); one cited
    nowhere is refused naming those there are."""
    async with documents_screen(project_file, "karin", size=(160, 40)) as (pilot, app, _):
        screen = await _search(pilot, "arbetsmiljö,politiker")
        with Project.open(project_file) as project:
            hers = project.search_text("arbetsmiljö,politiker", participant="IP1")
        assert hers and len(hers) < len(screen.hits)
        await pilot.press("f", *"participant=ip1", "enter")
        await settle(app, pilot)
        assert screen.participants == ("ip1",)
        assert [h.start for h in screen.hits] == [h.start for h in hers]
        assert "participant=ip1" in str(screen.query_one("#search-line").render())


async def test_whole_words_narrow_the_hits_and_enter_opens_the_passage(
    project_file: Path,
) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _search(pilot, "arbetsmiljö*")
        assert len(screen.hits) == 2
        await pilot.press("w")
        await settle(app, pilot)
        assert [h.text for h in screen.hits] == ["arbetsmiljön", "Arbetsmiljöproblemen"]
        await pilot.press("enter")
        await pilot.pause()
        coding = pilot.app.screen
        assert isinstance(coding, CodingScreen)
        assert coding.doc_id == screen.hits[0].document_id


async def test_a_refused_term_keeps_the_box_open_with_the_reason(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, _, _):
        await pilot.press("F")
        await pilot.pause()
        await pilot.press("*", "enter")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, TextSearchScreen)  # the box is still open
        assert "no letter or digit" in str(pilot.app.screen.query_one(".cb-dialog-error").render())


async def test_w_lists_the_words_said_most_and_enter_searches_one(project_file: Path) -> None:
    with Project.open(project_file) as project:
        project.act_as("karin")
        said = project.word_frequencies(respondents=True, top=100, base_forms=True)
        expected = [w.word for w in said]
    async with documents_screen(project_file, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _search(pilot, "uppdrag")
        await pilot.press("W")
        await settle(app, pilot)
        assert screen.words is not None
        assert [w.word for w in screen.words] == expected
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.words is None
        assert screen.typed == expected[0]
        assert screen.hits and all(h.text.lower() == expected[0] for h in screen.hits)

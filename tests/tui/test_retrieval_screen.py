"""The retrieval view with Pilot on the demo: blind for coders, filters for the lead,
Enter opens the passage in its document; snapshots at 120x40 and 80x24."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.retrieval import RetrievalScreen
from tests.tui.conftest import documents_screen

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


async def _retrieve(pilot: Pilot[Any], code_words: str) -> RetrievalScreen:
    await pilot.pause()
    await pilot.press("v")
    await pilot.pause()
    await pilot.press("c", *code_words, "enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, RetrievalScreen)
    return screen


async def test_a_coder_retrieves_only_their_own_passages(demo: Path) -> None:
    async with documents_screen(demo, "karin", size=(120, 40)) as (pilot, _, _):
        screen = await _retrieve(pilot, "systems_perspective")
        assert screen.code == "systems_perspective"
        assert screen.passages and {p.coding.coder for p in screen.passages} == {"karin"}
        await pilot.press("o")  # no other coder for a coder: blind coding says so
        await pilot.pause()
        assert {p.coding.coder for p in screen.passages} == {"karin"}


async def test_the_lead_filters_and_jumps_into_the_document(demo: Path) -> None:
    with Project.open(demo) as project:
        everyone = project.retrieve("systems_perspective", "lena")
        johans = project.retrieve("systems_perspective", "lena", coder="johan")
    async with documents_screen(demo, "lena", size=(120, 40)) as (pilot, app, _):
        screen = await _retrieve(pilot, "systems_perspective")
        assert len(screen.passages) == len(everyone)
        while screen.filters.coders != ("johan",):
            await pilot.press("o")
        assert [p.coding.id for p in screen.passages] == [p.coding.id for p in johans]
        await pilot.press("a")  # the first attribute value
        await pilot.pause()
        key, value = screen.attribute or ("", "")
        assert all(p.attributes[key] == value for p in screen.passages)
        while not screen.passages:
            await pilot.press("a")
        chosen = screen.passages[0].coding
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        coding = app.screen
        assert isinstance(coding, CodingScreen) and coding.doc_id == chosen.document_id
        assert coding.transcript.selection == (chosen.start, chosen.end)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen


async def _lead_view(pilot: Pilot[Any]) -> None:
    await _retrieve(pilot, "systems_perspective")
    await pilot.press("a")
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_retrieval_snapshot(snap_compare, demo: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(build_app(demo, "lena", "sv"), run_before=_lead_view, terminal_size=size)


async def test_a_coder_translates_a_passage_where_it_is_shown(demo: Path) -> None:
    async with documents_screen(demo, "karin", size=(120, 40)) as (pilot, app, _):
        screen = await _retrieve(pilot, "systems_perspective")
        swedish = next(i for i, p in enumerate(screen.passages) if p.lang == "sv")
        screen.query_one("#passages", OptionList).highlighted = swedish
        chosen = screen.passages[swedish].coding
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("enter")  # empty: refused in the dialog, nothing stored
        await pilot.pause()
        assert "empty" in str(app.screen.query_one(".cb-dialog-error", Static).render())
        await pilot.press(*"We see the whole chain now.", "enter")
        await pilot.pause()
        assert app.screen is screen
        shown = screen._passage_text(screen.passages[swedish]).plain
        assert "translation (en): We see the whole chain now." in shown
        await pilot.press("t")  # the dialog opens on the translation, to change it
        await pilot.pause()
        assert app.screen.query_one(Input).value == "We see the whole chain now."
        await pilot.press("escape")
    with Project.open(demo) as project:
        assert project.translations()[(chosen.id, "en")] == "We see the whole chain now."


@pytest.mark.parametrize(("lang", "said"), [("en", "+ and/not codes"), ("sv", "+ och/inte koder")])
async def test_the_passages_line_names_plus_for_the_coding_query(
    demo: Path, lang: str, said: str
) -> None:
    """The line over a code's passages listed every key but `+`, so a coder who read it
    (and only it) never found the and/not query of this stop (eyes16)."""
    app = build_app(demo, "karin", lang)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _retrieve(pilot, "systems_perspective")
        line = str(screen.query_one("#retrieve-filter", Static).render())
        assert said in line

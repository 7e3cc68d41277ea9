"""On the documents list, A edits the document's attributes on one line and S works with
document sets (show one, add or take out the document under the cursor, make a set of
the documents shown): only the CLI did either before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, OptionList

from qualcode import Project
from qualcode.tui.screens.doc_sets import SetsScreen
from qualcode.tui.screens.prompt import PromptScreen
from tests.conftest import add_plain_document
from tests.tui.conftest import documents_screen, notifications, settle

pytestmark = pytest.mark.slow


@pytest.fixture
def two(project_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared project with lena as lead and a second document, ekstad_01.txt."""
    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        add_plain_document(p, "ekstad_01.txt", ["Vi fick en mentor.", "Det hjälpte."])
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    return project_file


def _mentors(path: Path, *others: str) -> str:
    """Lena makes the set mentors of ekstad_01.txt (and the empty sets ``others``), as the
    set cases each wrote out; ekstad's id."""
    with Project.open(path) as p:
        p.act_as("lena")
        ekstad = next(d.id for d in p.documents() if d.name == "ekstad_01.txt")
        p.make_document_set("mentors", "lena", [ekstad])
        for name in others:
            p.make_document_set(name, "lena")
    return ekstad


async def _show_mentors(pilot: Any) -> None:
    """From the documents list: S, and the second choice, mentors, shown."""
    await pilot.pause()
    await pilot.press("S")
    await pilot.pause()
    await pilot.press("down", "enter")
    await pilot.pause()


def _rows(app: Any) -> list[str]:
    return [str(key.value) for key in app.screen.query_one(DataTable).rows]


async def test_the_lead_edits_a_documents_attributes_on_one_line(two: Path) -> None:
    async with documents_screen(two, "lena") as (pilot, app, _):
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.value == "municipality=Åby"
        await pilot.press("end", *"; role=chef", "enter")
        await pilot.pause()
        said = notifications(app)
    assert "aby_01.txt: role=chef" in said
    with Project.open(two) as p:
        doc = next(d for d in p.documents() if d.name == "aby_01.txt")
        assert dict(doc.attributes) == {"municipality": "Åby", "role": "chef"}


async def test_a_bad_line_keeps_the_field_open_with_the_reason(two: Path) -> None:
    async with documents_screen(two, "lena") as (pilot, app, _):
        await pilot.press("A", "end", *"; chef", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)  # nothing typed is lost
    with Project.open(two) as p:
        assert dict(p.documents()[0].attributes) == {"municipality": "Åby"}


async def test_a_coder_is_refused_attributes_before_any_field_opens(
    two: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(two, "karin") as (pilot, app, _):
        await pilot.press("A")
        await pilot.pause()
        assert not isinstance(app.screen, PromptScreen)
        said = notifications(app)
    assert said[-1] == "Only a lead, or whoever imported aby_01.txt, changes its attributes"


async def test_sets_show_add_and_make_from_the_list(two: Path) -> None:
    ekstad = _mentors(two)
    async with documents_screen(two, "lena") as (pilot, app, _):
        assert len(_rows(app)) == 2
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, SetsScreen)
        listed = app.screen.query_one(OptionList)
        assert "mentors · 1 document · made by lena" in str(listed.get_option_at_index(1).prompt)
        await pilot.press("down", "enter")  # show the set
        await pilot.pause()
        assert _rows(app) == [ekstad]
        assert "set mentors" in app.screen.sub_title
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("enter")  # all documents again
        await pilot.pause()
        assert len(_rows(app)) == 2
        aby = next(d for d in _rows(app) if d != ekstad)
        app.screen.query_one(DataTable).move_cursor(row=_rows(app).index(aby))
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("down", "a")  # the cursor's document into the set
        await pilot.pause()
        assert "Added aby_01.txt to mentors" in notifications(app)
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"everything", "enter")
        await pilot.pause()
        assert "set everything" in app.screen.sub_title
    with Project.open(two) as p:
        assert set(p.document_set("mentors").documents) == {aby, ekstad}
        assert set(p.document_set("everything").documents) == {aby, ekstad}


async def test_text_search_from_a_shown_set_searches_only_it(two: Path) -> None:
    """F from the list showing a set searched every document: the set now goes with it."""
    from qualcode.tui.screens.text_search import TextSearchScreen

    _mentors(two)
    async with documents_screen(two, "lena") as (pilot, app, _):
        await _show_mentors(pilot)
        await pilot.press("F")
        await pilot.pause()
        await pilot.press(*"vi", "enter")  # said in both documents
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TextSearchScreen)
        assert screen.hits and {h.document for h in screen.hits} == {"ekstad_01.txt"}
        assert "set mentors" in str(screen.query_one("#search-line").render())
    with Project.open(two) as p:  # without the set, the other document has hits too
        assert "aby_01.txt" in {h.document for h in p.search_text("vi")}


async def test_r_renames_the_highlighted_set_and_keeps_it_shown(two: Path) -> None:
    ekstad = _mentors(two, "other")
    async with documents_screen(two, "lena") as (pilot, app, _):
        await _show_mentors(pilot)
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("down", "r")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = "OTHER"  # reads as the other set: refused
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)  # open, with the reason under the field
        app.screen.query_one(Input).value = "with mentors"
        await pilot.press("enter")
        await pilot.pause()
        assert "Renamed the set mentors to with mentors" in notifications(app)
        assert "set with mentors" in app.screen.sub_title and _rows(app) == [ekstad]
    with Project.open(two) as p:
        assert [s.name for s in p.document_sets()] == ["other", "with mentors"]


async def test_passages_from_a_shown_set_are_the_sets_only(two: Path) -> None:
    from qualcode.tui.screens.retrieval import RetrievalScreen

    with Project.open(two) as p:
        p.act_as("lena")
        for doc in p.documents():
            unit = p.units(doc.id)[0]
            p.add_coding(doc.id, unit.start, unit.end, "mission_dialogue", "lena")
    ekstad = _mentors(two)
    async with documents_screen(two, "lena") as (pilot, app, _):
        await _show_mentors(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, RetrievalScreen)
        if app.screen.code != "mission_dialogue":
            app.screen.code = "mission_dialogue"
            app.screen.reload()
        assert {p.coding.document_id for p in app.screen.passages} == {ekstad}
        assert "set mentors" in app.screen.title

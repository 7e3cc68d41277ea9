"""The TUI driven with Pilot: coding a passage ends with the right row in the project file."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from qualcode.tui.app import build_app
from tests.conftest import ROOT, SV_TEXT
from tests.tui.conftest import karins_coding_screen


@pytest.mark.slow
async def test_code_a_unit_by_shortcut_then_undo(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, _, screen):
        await pilot.press("j", "j")
        start, end = screen.transcript.selection
        await pilot.press("2")  # integration's shortcut in the tiny codebook
        await pilot.pause()
        with Project.open(project_file) as check:
            rows = check.codings(coder="karin")
            assert [(r.start, r.end, r.code) for r in rows] == [(start, end, "integration")]
        await pilot.press("u")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert check.codings(coder="karin") == []


@pytest.mark.slow
async def test_extend_selection_pick_code_and_remove(project_file: Path) -> None:
    async with karins_coding_screen(project_file, ui_lang="sv") as (pilot, _, screen):
        # past the title (a passage of its own since 7e311c33) and the question
        await pilot.press("j", "j", "J")
        start, end = screen.transcript.selection
        assert end - start > len(screen.doc.text[start:end].split(".")[0])
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")  # first code in the picker: mission_dialogue
        await pilot.pause()
        with Project.open(project_file) as check:
            rows = check.codings(coder="karin")
            assert [(r.start, r.end, r.code) for r in rows] == [(start, end, "mission_dialogue")]
        await pilot.press("x")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert check.codings(coder="karin") == []
            assert check.audit()[-1].action == "coding.remove"


@pytest.mark.slow
async def test_search_and_mark_done(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, _, screen):
        await pilot.press("slash", *"ärendemängden", "enter")
        await pilot.pause()
        start, end = screen.transcript.selection
        assert "Ärendemängden" in screen.doc.text[start:end]
        # what was found coded first: D on a document she coded nothing in asks (eyes37)
        await pilot.press("1", "D")
        await pilot.pause()
        with Project.open(project_file) as check:
            doc = check.documents()[0]
            assert check.statuses("karin")[doc.id] == "done"


ON_TOPIC = (
    "I: Hur ser ekonomin ut?\n\nR: Vi hade sparkrav varje år. Placeringskostnaderna på HVB "
    "åt upp budgeten och konsulterna kostade dubbelt så mycket som fast anställda. "
    "Vädret var fint den våren. Vi åkte till fjällen i februari.\n"
)


@pytest.mark.slow
async def test_suggestions_are_computed_in_a_worker_and_accepted(tmp_path: Path) -> None:
    project_file = tmp_path / "s.db"
    with Project.create(project_file) as project:
        project.load_codebook(ROOT / "codebooks" / "turning_points.yaml")
        project.add_coder("karin")
        project.import_text("norrvik.txt", SV_TEXT + "\n" + ON_TOPIC, lang="sv")
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, app, screen):
        await pilot.press("s")
        assert screen.query_one("#progress").display  # the bar shows while the worker runs
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.query_one("#progress").display
        assert any(s.code == "long_term_economics" for s in screen.pending_suggestions)
        await pilot.press("n", "a")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert [c.origin for c in check.codings(coder="karin")] == ["suggestion"]
        await pilot.press("n", "r")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert len(check.suggestions(status="rejected")) == 1
        # accept all at or above a threshold lowered from its start by two steps
        start = screen.threshold
        await pilot.press("minus", "minus")
        assert screen.threshold == pytest.approx(start - 0.1)
        above = {s.id for s in screen.pending_suggestions if s.score >= screen.threshold}
        below = {s.id for s in screen.pending_suggestions} - above
        assert above, "the fixture should give at least one suggestion above 0.7"
        await pilot.press("A", "y")  # it asks first, with the count
        await pilot.pause()
        with Project.open(project_file) as check:
            accepted = {s.id for s in check.suggestions(status="accepted")}
            pending = {s.id for s in check.suggestions()}
        assert above <= accepted and pending == below
        assert {s.id for s in screen.pending_suggestions} == below
        # accepted suggestions are codings like any other: one undo takes the batch back
        with Project.open(project_file) as check:
            live = len(check.codings(coder="karin"))
        assert live == 1 + len(above)
        await pilot.press("u")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert len(check.codings(coder="karin")) == live - len(above)
        await pilot.press("U")
        await pilot.pause()
        with Project.open(project_file) as check:
            assert len(check.codings(coder="karin")) == live


def test_unknown_coder_fails_before_any_screen(project_file: Path) -> None:
    with pytest.raises(NotFoundError, match="unknown coder"):
        build_app(project_file, "nobody")

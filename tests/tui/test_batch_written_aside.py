"""Accept-all and the `u` after it write many codings in a worker behind a dialog that says
so, and the screen keeps answering meanwhile (eyes17: 517 suggestions on a 50,000-word
transcript held the screen still for seconds on `y`, and longer on `u`, with no sign of
life). Another connection holds the project's write lock while the keys are pressed: the
batch waits for it in the worker, and the screen, not the batch, answers the keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.busy import ASIDE_FROM, BusyScreen
from qualcode.tui.screens.coding import CodingScreen
from tests.pending_kit import suggestion_row, write_pending
from tests.tui.conftest import karins_coding_screen, notifications, settle

pytestmark = pytest.mark.slow  # a whole Textual app with a thread worker


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Someone else (the CLI, a colleague's TUI) writing to the project meanwhile."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("COMMIT")
        other.close()


def every_code_on_every_unit(path: Path) -> int:
    """A pending suggestion of each code on each unit of the first document, as karin's
    engine writes them: a batch past ASIDE_FROM on a short document."""
    with Project.open(path) as project:
        doc = project.documents()[0]
        codes = [c.id for c in project.codable_codes()]
        learned = {"learned_from": "karin"}
        rows = [
            suggestion_row(doc.id, unit.start, unit.end, code_id, score=0.95, evidence=learned)
            for unit in project.units(doc.id)
            for code_id in codes
        ]
        write_pending(project, doc.id, rows, codes)
    return len(rows)


def _coded(path: Path) -> int:
    with Project.open(path) as check:
        check.act_as("karin")
        return len(check.codings(coder="karin"))


async def test_accept_all_and_its_undo_are_written_aside(project_file: Path) -> None:
    batch = every_code_on_every_unit(project_file)
    assert batch >= ASIDE_FROM
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        await pilot.press("A")
        await pilot.pause()
        with write_lock(project_file):
            await pilot.press("y")
            await pilot.pause()
            waiting = app.screen
            said = str(waiting.query_one(".cb-dialog-text").render())
            await pilot.press("escape")  # answered, and the batch goes on
            await pilot.pause()
            still = app.screen
        await settle(app, pilot)
        assert isinstance(waiting, BusyScreen) and still is waiting
        assert said.startswith(f"Writing {batch} codings in one step")
        assert isinstance(app.screen, CodingScreen)
        assert _coded(project_file) == batch and screen.pending_suggestions == []
        assert any(f"Accepted {batch} suggestions" in n for n in notifications(app))
        with write_lock(project_file):
            await pilot.press("u")  # the whole batch back, as one step
            await pilot.pause()
            undoing = app.screen
        await settle(app, pilot)
        assert isinstance(undoing, BusyScreen)
        assert _coded(project_file) == 0 and len(screen.pending_suggestions) == batch
        notes = notifications(app)
        assert len(notes) == 1 and notes[0].startswith("Undone"), notes

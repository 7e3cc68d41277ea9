"""Keys pressed while the list below the line is still being ranked do not reach the
transcript. `l` takes seconds on a busy machine (the helper process fits the engine first,
behind any suggestion run), and an `a` pressed before the list came accepted the
suggestion under the cursor: work the coder never meant (tui50). A dialog now takes every
key until the list comes, says why a key did nothing, and Esc stops waiting.

Driven with Pilot against a real project file and the real helper process. The ranking is
held up the way a suggestion run under way holds it: the helper's one pipe is taken (its
lock held by the test) until the test lets it go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.below_line import BelowLineScreen
from qualcode.tui.screens.busy import PreparingScreen
from qualcode.tui.screens.coding import CodingScreen
from tests.tui.conftest import karins_coding_screen, notifications, pending_suggestions

pytestmark = pytest.mark.slow  # every test here drives the whole app and its helper


def _karins_codings(path: Path) -> int:
    with Project.open(path) as check:
        check.act_as("karin")
        return len(check.codings(coder="karin"))


async def _until(pilot: object, done: object) -> None:
    for _ in range(900):  # the helper fits the engine first: seconds on a loaded machine
        await pilot.pause(0.1)  # type: ignore[attr-defined]
        if done():  # type: ignore[operator]
            return


async def test_a_pressed_while_the_list_is_ranked_accepts_nothing(project_file: Path) -> None:
    pending_suggestions(project_file, [0.95])
    async with karins_coding_screen(project_file, size=(100, 30)) as (pilot, app, screen):
        assert screen.pending_suggestions  # one under the cursor, that `a` would accept
        pipe = app.background._lock
        pipe.acquire()
        try:
            await pilot.press("l")
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            assert _karins_codings(project_file) == 0
            assert len(screen.pending_suggestions) == 1
            await pilot.press("D")  # the done question does not open over it either
            await pilot.pause()
            assert isinstance(app.screen, PreparingScreen)
            assert any(n.startswith("Still preparing the list") for n in notifications(app))
        finally:
            pipe.release()
        await _until(pilot, lambda: isinstance(app.screen, BelowLineScreen))
        assert isinstance(app.screen, BelowLineScreen), app.screen  # the list still comes
        assert _karins_codings(project_file) == 0


async def test_esc_stops_waiting_and_no_list_comes_later(project_file: Path) -> None:
    async with karins_coding_screen(project_file, size=(100, 30), ui_lang="sv") as (
        pilot,
        app,
        screen,
    ):
        pipe = app.background._lock
        pipe.acquire()
        try:
            await pilot.press("l")
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            assert any(n.startswith("Listan förbereds") for n in notifications(app))
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen
        finally:
            pipe.release()
        ranking = [w for w in app.workers if w.group == "below"]
        await _until(pilot, lambda: all(w.is_finished for w in ranking))
        assert ranking and all(w.is_finished for w in ranking)
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen), app.screen
        assert _karins_codings(project_file) == 0

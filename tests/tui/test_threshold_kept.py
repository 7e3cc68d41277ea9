"""The accept-all threshold a coder lowers with `-` holds when she opens the next document
and the next day: it went back to 0.80 in every coding screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from tests.tui.conftest import karins_coding_screen, open_first_document

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_a_lowered_threshold_holds_in_the_next_screen_and_session(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file, size=(120, 40)) as (pilot, app, screen):
        assert screen.threshold == pytest.approx(0.8)
        await pilot.press("minus", "minus", "minus")
        assert screen.threshold == pytest.approx(0.65)
        await pilot.press("q")
        await pilot.pause()
        again = await open_first_document(pilot, app)
        assert again is not screen and again.threshold == pytest.approx(0.65)
    with Project.open(project_file) as project:
        assert project.accept_all_threshold("karin") == pytest.approx(0.65)
    later = build_app(project_file, "karin", "en")
    async with later.run_test(size=(120, 40)) as pilot:
        screen = await open_first_document(pilot, later)
        assert screen.threshold == pytest.approx(0.65)

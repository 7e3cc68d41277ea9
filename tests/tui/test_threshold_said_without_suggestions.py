"""`+` and `-` before any suggestion waits say where `A` now accepts from (tui47). The
sidebar's line that shows the threshold is there only while suggestions wait: a new coder
pressed `+` before `s`, saw nothing happen, and had moved a setting kept for her next
documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import karins_coding_screen, notifications

pytestmark = pytest.mark.slow  # the whole app, driven with Pilot


@pytest.mark.parametrize(("lang", "words"), [("en", "A will accept"), ("sv", "A godtar")])
async def test_plus_and_minus_say_the_threshold_with_none_waiting(
    project_file: Path, lang: str, words: str
) -> None:
    async with karins_coding_screen(project_file, ui_lang=lang) as (pilot, app, screen):
        assert not screen.pending_suggestions
        start = screen.threshold
        await pilot.press("plus")
        await pilot.pause()
        raised = app.t.figure(round(start + 0.05, 2))
        said = notifications(app)
        assert len(said) == 1 and words in said[0] and raised in said[0], said
        await pilot.press("minus", "minus")
        await pilot.pause()
        lowered = app.t.figure(round(start - 0.05, 2))
        said = notifications(app)
        assert len(said) == 1 and lowered in said[0], said  # one note, the value now
    with Project.open(project_file) as check:
        assert check.accept_all_threshold("karin") == pytest.approx(start - 0.05)

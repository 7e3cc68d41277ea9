"""A coder who may not change a document's attributes is told to ask the lead to overrule
who asks, not to press A: the speakers view (I) told every coder "Press A on the
documents list and type interviewer=NAME", and A then refused her, the attributes being
the lead's (eyes43). The lead, and a coder who imported the document, are still told A."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.tui.screens.speakers import SpeakersScreen
from tests.tui.conftest import documents_screen

pytestmark = pytest.mark.slow  # the whole app

TEXT = (
    "I: How is your assignment set today?\n\n"
    "R: We have more say now.\n\n"
    "I: How does that show day to day?\n\n"
    "R: We meet every month.\n"
)


async def _said(path: Path, who: str) -> str:
    async with documents_screen(path, who) as (pilot, app, _):
        await pilot.press("I")
        await pilot.pause()
        assert isinstance(app.screen, SpeakersScreen)
        return " ".join(str(s.render()) for s in app.screen.query(Static))


async def test_a_coder_is_told_to_ask_the_lead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.act_as("lena")
        project.import_text("ip1.txt", TEXT, lang="en")
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    coder = await _said(path, "karin")
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    lead = await _said(path, "lena")
    assert "Ask the lead" in coder and "Press A" not in coder, coder
    assert "Press A" in lead, lead

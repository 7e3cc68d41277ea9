"""R in the coding screen, as the README says: a lead reading a transcript opens the
reconciliation with R (it was bound on the documents list only, so sam's R in a document
did nothing at all, eyes7); a coder's R says reconciling is the lead's, and her `?`
does not list it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.keys_help import KeysScreen
from qualcode.tui.screens.reconcile import ReconcileScreen
from tests.tui.conftest import (
    documents_screen,
    karins_coding_screen,
    notifications,
    open_first_document,
)

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def test_a_leads_r_in_a_document_opens_the_reconciliation(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(project_file) as project:
        project.add_coder("sam", role="lead")
    monkeypatch.setenv("QUALCODE_CODER", "sam")
    async with documents_screen(project_file, "sam", size=(80, 24)) as (pilot, app, _):
        await open_first_document(pilot, app)
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ReconcileScreen)


async def test_a_coders_r_in_a_document_says_whose_it_is(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with karins_coding_screen(project_file) as (pilot, app, _):
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        assert any("lead" in n for n in notifications(app))
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen
        assert isinstance(panel, KeysScreen)
        listed = {what for _section, _keys, what in panel.rows}
        assert "Reconcile" not in listed and "Themes" in listed

"""`w` on a login remembered as a coder (not a lead) refuses another name in one line that
says whose login it is and what the new coder does instead, and keeps the coder at work;
the refused name does not join the project's coders (it did: eyes32)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode.tui.app import build_app
from qualcode.tui.screens.documents import DocumentsScreen
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # drives the whole app twice


async def test_a_coder_login_cannot_switch_to_a_new_name(tui_base: Path, tmp_path: Path) -> None:
    path = tmp_path / "switch.db"
    shutil.copy(tui_base, path)
    first = build_app(path, None, "en")  # nobody remembered: maria joins and is remembered
    async with first.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press(*"maria", "enter")
        await pilot.pause()
        assert first.coder == "maria"
    app = build_app(path, None, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("w", *"nils", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen) and app.coder == "maria"
        said = notifications(app)
        assert said[-1] == app.t("switch_refused", me="maria", name="nils")
        assert "only a lead switches" in said[-1] and "QUALCODE_CODER=nils" in said[-1]
        assert [c.name for c in app.project.coders()] == ["karin", "maria"]


async def test_a_lead_login_switches_to_a_new_name(tui_base: Path, tmp_path: Path) -> None:
    """A lead's `w` with a new name still adds that coder and acts for her."""
    from qualcode import Project

    path = tmp_path / "lead.db"
    shutil.copy(tui_base, path)
    with Project.open(path) as project:
        project.add_coder("lena", role="lead")
    async with documents_screen(path, "lena", size=(100, 30)) as (pilot, app, _):
        await pilot.press("w", *"nils", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen) and app.coder == "nils"
        assert "nils" in [c.name for c in app.project.coders()]

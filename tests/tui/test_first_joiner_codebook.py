"""A new researcher's first minutes (eyes39): ``qualcode init``, a codebook loaded, the
TUI opened and her name typed at "Who is coding?". She joined as a coder, and the codebook
said "Read only: the lead () changes the codebook" in a project with no lead at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen, notifications, open_codebook

pytestmark = pytest.mark.slow  # drives the whole app


def _fresh(path: Path, *coders: str) -> Path:
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        for name in coders:
            project.add_coder(name)
        project.import_text("aby_01.txt", SV_TEXT, lang="sv")
    return path


async def test_the_first_name_typed_leads_and_may_change_the_codebook(tmp_path: Path) -> None:
    from qualcode.tui.app import build_app
    from qualcode.tui.screens.modals import CoderScreen

    path = _fresh(tmp_path / "p.db")
    app = build_app(path, None, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        hint = " ".join(str(s.render()) for s in app.screen.query(".hint"))
        assert "lead" in hint, hint
        assert not app.screen.query_one(OptionList).display  # nobody to pick: no empty box
        await pilot.press(*"nina", "enter")
        await pilot.pause()
        assert app.coder == "nina"
        assert any("nina joined as the project's lead" in n for n in notifications(app))
        screen = await open_codebook(pilot, app)
        assert screen.is_lead
        assert screen.query_one("#cb-notice", Static).has_class("hidden")
    with Project.open(path) as project:
        assert {c.name: c.role for c in project.coders()} == {"nina": "lead"}


async def test_a_project_without_a_lead_says_so_not_an_empty_name(tmp_path: Path) -> None:
    path = _fresh(tmp_path / "p.db", "karin")
    async with documents_screen(path, "karin") as (pilot, app, _):
        screen = await open_codebook(pilot, app)
        said = str(screen.query_one("#cb-notice", Static).render())
        assert "()" not in said and "nobody leads this project" in said, said

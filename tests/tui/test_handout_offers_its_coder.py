"""A coder's own copy (`qualcode handout omar`) asks who codes with omar offered first
(user49). The first question listed the lead first: omar, opening his copy on his laptop
and pressing ↓ and Enter as the hint said, worked as the lead lena, and the package he sent
back merged his codings under her name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.documents import DocumentsScreen
from qualcode.tui.screens.modals import CoderScreen
from tests.conftest import sql_rows


def _copy(tui_base: Path, tmp_path: Path) -> tuple[Path, Path]:
    lead = tmp_path / "team.db"
    shutil.copy(tui_base, lead)
    with Project.open(lead) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("omar")
        project.act_as("lena", "lena")
        project.handout("omar", tmp_path / "omar.db")
    return lead, tmp_path / "omar.db"


def test_a_copy_knows_whom_it_was_made_for(tui_base: Path, tmp_path: Path) -> None:
    lead, copy = _copy(tui_base, tmp_path)
    with Project.open(copy) as project:
        assert project.handed_to() == "omar"
    with Project.open(lead) as project:
        assert project.handed_to() is None  # the lead's own project is nobody's copy


@pytest.mark.slow  # drives the whole app
async def test_down_and_enter_in_a_copy_take_its_coder(
    tui_base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy = _copy(tui_base, tmp_path)
    app = build_app(copy, None, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CoderScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen) and app.coder == "omar"


@pytest.mark.slow  # drives the whole app
async def test_coding_as_the_lead_in_a_copy_is_refused_in_her_language(
    tui_base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy still opens as anyone (reading is as before), but a coding as the lead is
    refused on the screen in one line, in the interface's language, and nothing is
    written (review49: the lead's name on omar's copy's codings merged as hers)."""
    from tests.tui.conftest import notifications, open_first_document

    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy = _copy(tui_base, tmp_path)
    app = build_app(copy, "lena", "sv")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_document(pilot, app)
        await pilot.press("1")
        await pilot.pause()
        assert notifications(app)[-1] == "Den här kopian gjordes för omar; den kodar bara som omar"
    assert sql_rows(copy, "SELECT count(*) FROM codings") == [(0,)]

"""Finding themes in the TUI: a coder proposes a code from a selection (p), the lead
accepts it, makes a theme and groups codes under it, then lists the theme's passages;
snapshots of the theme view at 120x40 and 80x24."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.code_pick import TOP, PickCodeScreen
from qualcode.tui.screens.coding import CodingScreen
from qualcode.tui.screens.retrieval import RetrievalScreen
from qualcode.tui.screens.themes import ThemesScreen
from tests.conftest import SV_TEXT, small_codebook
from tests.tui.conftest import documents_screen

# slow: every test drives a whole Textual app through this screen (about 1 s of CPU each);
# the quick subset keeps the coding path (tests/tui/test_coding_*.py, test_app_*.py)
pytestmark = pytest.mark.slow


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "themes.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("lena", role="lead")
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv", attributes={"role": "chef"})
        text = project.document(doc.id).text
        start = text.index("Arbetsmiljöproblemen")
        project.add_coding(doc.id, start, start + 31, "integration", "karin")
    return path


async def test_propose_then_the_lead_makes_a_theme(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with documents_screen(project_file, "karin", "sv", size=(100, 30)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CodingScreen)
        await pilot.press("j", "j", "p", *"Styrning uppifrån", "enter")
        await pilot.pause()
        # usable at once, under a key of her own until the lead accepts it
        assert any(c.key == "styrning_uppifran__karin" for c in screen.code_list)
        await pilot.press("u")  # the proposal's coding is in undo like any other
        await pilot.press("U")
        await pilot.pause()
    with Project.open(project_file) as check:
        proposal = "styrning_uppifran__karin"
        assert check.code_status(proposal) == ("proposed", "karin")
        assert [c.code for c in check.codings(coder="karin", code=proposal)] == [proposal]
    # this login is karin's now (the TUI remembers it); lena says who she is at her turn
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(project_file, "lena", "sv", size=(100, 30)) as (pilot, app, _):
        await pilot.press("T")
        await pilot.pause()
        themes = app.screen
        assert isinstance(themes, ThemesScreen)
        # opens on the first code: the heading above it, "Koder utan tema", lists nothing
        assert themes.rows[0] is None and themes.query_one("#themes").highlighted == 1
        proposed = themes.rows.index(("code", "styrning_uppifran__karin"))
        themes.query_one("#themes").highlighted = proposed
        await pilot.press("a")  # accepted, it takes the plain key
        await pilot.pause()
        await pilot.press("t", *"Styrning", "enter")
        await pilot.pause()
        themes.query_one("#themes").highlighted = themes.rows.index(("code", "styrning_uppifran"))
        await pilot.press("g", *"styrning", "enter")
        await pilot.pause()
        themes.query_one("#themes").highlighted = themes.rows.index(("code", "integration"))
        await pilot.press("g", *"styrning", "enter")
        await pilot.pause()
        first = themes.views[0]
        assert first.theme is not None and first.theme.names["sv"] == "Styrning"
        assert {c.code.key for c in first.codes} >= {"styrning_uppifran", "integration"}
        assert first.codings == 2 and first.exemplar is not None
        themes.query_one("#themes").highlighted = 1
        await pilot.press("up", "enter")  # the theme itself, first in the list
        await pilot.pause()
        passages = app.screen
        assert isinstance(passages, RetrievalScreen) and len(passages.passages) == 2
    with Project.open(project_file) as check:
        assert check.code_status("styrning_uppifran")[0] == "active"
        actions = [e.action for e in check.audit()]
        assert {"code.propose", "code.accept", "theme.create", "code.move"} <= set(actions)


async def test_a_coder_cannot_change_the_codebook_here(project_file: Path) -> None:
    async with documents_screen(project_file, "karin", size=(100, 30)) as (pilot, app, _):
        await pilot.press("T", "t")
        await pilot.pause()
        assert isinstance(app.screen, ThemesScreen)  # no dialog opened for a coder


async def _lead_themes(pilot: Pilot[Any]) -> None:
    project = pilot.app.project  # type: ignore[attr-defined]
    theme = project.create_theme("Styrning", "lena")
    project.set_theme("integration", theme.key, "lena")
    await pilot.pause()
    await pilot.press("T")
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_themes_snapshot(snap_compare, project_file: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        build_app(project_file, "lena", "sv"), run_before=_lead_themes, terminal_size=size
    )


async def test_a_theme_is_not_codable_and_no_theme_is_picked_last(project_file: Path) -> None:
    with Project.open(project_file) as project:
        theme = project.create_theme("Styrning", "lena").key
        project.set_theme("integration", theme, "lena")
    async with documents_screen(project_file, "lena", "sv", size=(100, 30)) as (pilot, app, _):
        await pilot.press("enter")
        await pilot.pause()
        coding = app.screen
        assert isinstance(coding, CodingScreen)
        keys = [c.key for c in coding.code_list]  # the sidebar's codebook and the picker's
        assert theme not in keys and {"integration", "caseload"} <= set(keys)
        app.pop_screen()
        await pilot.pause()
        await pilot.press("T")
        await pilot.pause()
        themes = app.screen
        assert isinstance(themes, ThemesScreen)
        themes.query_one("#themes").highlighted = themes.rows.index(("code", "mission_dialogue"))
        await pilot.press("g")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickCodeScreen)
        assert picker.shown == [theme, TOP]  # the themes, then "(inget tema)"
        assert picker.option_text(len(picker.shown) - 1) == app.t("themes_none")

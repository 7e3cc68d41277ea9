"""Service messages name settings in the TUI's words (tui/said.py). The TUI showed the
service's bare parameter names: a lead's agreement tab with one coder done read "name two
or more of johan, karin, lena (coders johan,karin)", and X with no reason "say why the
document is removed (reason)" (eyes19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from qualcode import Project
from qualcode.errors import SettingError
from qualcode.tui.said import said
from qualcode.tui.screens.prompt import PromptScreen
from tests.tui.conftest import documents_screen, notifications, reports_screen, settle


def test_a_setting_the_tui_has_no_key_for_is_named_in_plain_words() -> None:
    from qualcode.errors import SETTING

    error = SettingError("min_score", f"{SETTING} 2 must be between 0 and 1")
    assert said(error) == "min score 2 must be between 0 and 1"  # never a CLI flag
    assert said(SettingError("coders", f"name them ({SETTING} a,b)")).endswith(
        "(t on the reports screen: a,b)"
    )


@pytest.fixture
def karin_alone_done(project_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The lead lena's project where, of karin and johan, only karin marked a document
    done: fewer than two coders count."""
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
        project.add_coder("johan")
        doc = project.documents()[0]
        project.set_status(doc.id, "karin", "done")
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    return project_file


@pytest.mark.slow
async def test_the_agreement_tab_names_the_key_that_chooses_coders(karin_alone_done: Path) -> None:
    path = karin_alone_done
    async with reports_screen(path, "lena", "en", size=(100, 30)) as (pilot, app, screen):
        await pilot.press("a")
        await settle(app, pilot)
        methods = " ".join(str(screen.query_one("#methods", Static).render()).split())
    assert "fewer than two coders count" in methods, methods
    assert "(t on the reports screen: " in methods and "(coders " not in methods, methods


@pytest.mark.slow
async def test_removing_a_document_without_a_reason_names_the_line(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(project_file) as project:
        project.add_coder("lena", role="lead")
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(project_file, "lena", size=(100, 30)) as (pilot, app, _):
        await pilot.press("X")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        await pilot.press("enter")  # no reason given
        await pilot.pause()
        error = str(prompt.query_one(".cb-dialog-error", Static).render())
    assert "the reason asked for" in error and "(reason)" not in error, error


@pytest.mark.slow
async def test_the_reconcile_screen_names_its_own_way_to_count_coders(
    karin_alone_done: Path,
) -> None:
    """R from the list with one coder done read '(t on the reports screen: johan,karin)',
    but the reports screen's t counts coders there only; the reconcile screen counts those
    who finished the document it is opened on."""
    async with documents_screen(karin_alone_done, "lena", size=(100, 30)) as (pilot, app, _):
        await pilot.press("R")
        await settle(app, pilot)
        told = notifications(app)
    line = next((m for m in told if "fewer than two coders count" in m), "")
    assert "(open a document they finished and press R there: " in line, told
    assert "reports screen" not in line, told

"""X on the documents list takes the document under the cursor out, asking why: the lead's
act (eyes13: an interview imported with the wrong --lang had no way out). A coder is
refused at once, before any field opens, and the document stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from qualcode import Project
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


async def _press_remove(
    project_file: Path, who: str, reason: str, env: pytest.MonkeyPatch
) -> tuple[int, list[str], str]:
    """Rows left, notices and the prompt's error line after ``who`` (at the keyboard)
    presses X and gives a reason."""
    from qualcode.tui.app import build_app
    from qualcode.tui.screens.prompt import PromptScreen

    env.setenv("QUALCODE_CODER", who)
    app = build_app(project_file, who, "en")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*reason, "enter")
        await pilot.pause()
        error = ""
        if isinstance(app.screen, PromptScreen):
            error = str(app.screen.query_one(".cb-dialog-error", Static).render())
            await pilot.press("escape")
            await pilot.pause()
        rows = app.screen.query_one(DataTable).row_count
        return rows, notifications(app), error


async def test_a_coder_is_refused_before_being_asked_why(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """eyes17: karin pressed X, typed why, and only then read that removing is the lead's;
    now no field opens and the refusal is the notice."""

    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(project_file, "karin", size=(80, 24)) as (pilot, app, _):
        await pilot.press("X")
        await pilot.pause()
        screen = type(app.screen).__name__
        rows = app.screen.query_one(DataTable).row_count
        said = notifications(app)
    assert screen == "DocumentsScreen" and rows == 1
    assert said == ["Only a lead takes a document out of the project"]


async def test_the_lead_removes_a_document(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
    rows, said, error = await _press_remove(project_file, "lena", "wrong", monkeypatch)
    assert (rows, error) == (0, "")
    assert any(m.startswith("Removed aby_01.txt; U brings it back") for m in said), said
    with Project.open(project_file) as p:
        assert [d.name for d in p.removed_documents()] == ["aby_01.txt"]
        assert p.audit("document.remove", real_names=True, viewer="lena")[-1].actor == "lena"

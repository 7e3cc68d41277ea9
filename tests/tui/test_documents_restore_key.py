"""U on the documents list brings a removed document back: the lead picks it from the
documents taken out, each named with when, by whom and why, and it returns with its
codings. X removed a document in the TUI, but only `qualcode docs restore` undid it, so a
lead who took out the wrong interview had to leave for a terminal (eyes14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, OptionList

from qualcode import Project
from qualcode.tui.app import build_app
from qualcode.tui.screens.doc_restore import RestoreDocumentScreen
from tests.tui.conftest import documents_screen, notifications

pytestmark = pytest.mark.slow  # every test here drives the whole app (run_test)


@pytest.fixture
def removed(project_file: Path) -> Path:
    with Project.open(project_file) as p:
        p.add_coder("lena", role="lead")
        doc = p.documents()[0]
        p.act_as("lena")
        p.add_coding(doc.id, 0, 10, "caseload", "lena")
        p.remove_document(doc.id, "fel språk", actor="lena")
    return project_file


async def _restore(app: Any, pilot: Any) -> tuple[list[str], int, list[str]]:
    """The choices offered, the rows after Enter, and the notices."""
    await pilot.pause()
    await pilot.press("U")
    await pilot.pause()
    assert isinstance(app.screen, RestoreDocumentScreen)
    listed = app.screen.query_one(OptionList)
    shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
    await pilot.press("enter")
    await pilot.pause()
    rows = app.screen.query_one(DataTable).row_count
    return shown, rows, notifications(app)


async def test_the_lead_brings_a_removed_document_back(
    removed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(removed, "lena") as (pilot, app, _):
        shown, rows, said = await _restore(app, pilot)
    assert len(shown) == 1
    assert shown[0].startswith("aby_01.txt · removed ") and shown[0].endswith("by lena: fel språk")
    assert rows == 1 and "Restored aby_01.txt with its codings" in said
    with Project.open(removed) as p:
        assert [d.name for d in p.documents()] == ["aby_01.txt"] and not p.removed_documents()
        assert [c.code for c in p.codings(coder="lena")] == ["caseload"]


async def test_a_coder_is_told_and_nothing_comes_back(
    removed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    app = build_app(removed, "karin", "en")
    async with app.run_test(size=(120, 30)) as pilot:  # no list opens to choose from
        await pilot.pause()
        await pilot.press("U")
        await pilot.pause()
        screen = type(app.screen).__name__
        rows = app.screen.query_one(DataTable).row_count
        said = notifications(app)
    assert screen == "DocumentsScreen" and rows == 0
    assert said[-1] == "Only a lead brings a removed document back", said
    with Project.open(removed) as p:
        assert len(p.removed_documents()) == 1


async def test_with_nothing_removed_u_says_so(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    async with documents_screen(project_file, "karin") as (pilot, app, _):
        await pilot.press("U")
        await pilot.pause()
        assert not isinstance(app.screen, RestoreDocumentScreen)
        assert "No document has been removed" in notifications(app)


async def test_the_list_of_removed_documents_stands_in_the_middle(
    removed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """U's dialog stood in the screen's top-left corner over the header and the filter,
    unlike every other dialog, which reads as a screen drawn wrong (eyes16 at 120x35)."""
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    async with documents_screen(removed, "lena", size=(120, 35)) as (pilot, app, _):
        await pilot.press("U")
        await pilot.pause()
        assert isinstance(app.screen, RestoreDocumentScreen)
        box = app.screen.query_one("#restore-dialog").region
        assert box.x > 0 and box.y > 0
        assert abs(box.x - (120 - box.right)) <= 1  # as far from the left edge as the right

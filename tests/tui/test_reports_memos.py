"""The reports screen's m writes the memos one may read (`qualcode export memos`): a coder
her own, for a co-author (eyes31)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from qualcode import Project
from qualcode.tui.app import build_app
from tests.tui.conftest import open_reports, settle


@pytest.mark.slow
async def test_a_coder_writes_her_own_memos_from_the_reports_screen(
    demo: Path, tmp_path: Path
) -> None:
    with Project.open(demo) as project:
        doc = project.documents()[0].id
        project.act_as("karin")
        project.add_memo("document", doc, "karin", "karin's reading of the first interview")
        project.act_as("johan")
        project.add_memo("document", doc, "johan", "johan's reading, not hers")
    app = build_app(demo, "karin", "en")
    target = tmp_path / "mine.md"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_reports(app, pilot)
        assert screen.check_action("export", ("memos",))
        await pilot.press("m")
        prompt = app.screen.query_one("#export-path", Input)
        assert prompt.display and prompt.value.endswith("-karin-memos.docx")
        prompt.value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
    assert f"Wrote {target}" in said
    text = target.read_text(encoding="utf-8")
    assert "karin's reading of the first interview" in text and "johan's" not in text

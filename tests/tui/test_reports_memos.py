"""The reports screen's m writes the memos one may read (`qualcode export memos`): a coder
her own, for a co-author (eyes31)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.tui.conftest import export_prompt, reports_screen, write_to, wrote


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
    target = tmp_path / "mine.md"
    async with reports_screen(demo, "karin", "en") as (pilot, app, screen):
        assert screen.check_action("export", ("memos",))
        prompt = await export_prompt(app, pilot, "m")
        assert prompt.display and prompt.value.endswith("-karin-memos.docx")
        said = await write_to(app, pilot, prompt, target)
    assert wrote(said, target)
    text = target.read_text(encoding="utf-8")
    assert "karin's reading of the first interview" in text and "johan's" not in text

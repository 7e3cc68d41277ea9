"""A memo typed on a coding that another window removed before she saved (memolost31).

The save was refused with the coding's id and the text she had typed was lost. Now the
memo is kept on the passage the coding marked, and one line names the code and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import removed_meanwhile
from tests.tui.conftest import karins_coding_screen, memo_on_new_coding, save_memo


@pytest.mark.slow
async def test_a_memo_on_a_coding_removed_meanwhile_is_kept_on_its_passage(
    project_file: Path,
) -> None:
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        coding = await memo_on_new_coding(pilot, screen, "why it fits")
        removed_meanwhile(project_file, coding=coding.id)  # her other window
        notes = await save_memo(pilot, app)
        assert any("removed" in n and coding.id[:6] not in n for n in notes), notes
    with Project.open(project_file) as check:
        kept = check.memos("document")
        assert [(m.text, m.start, m.end) for m in kept] == [
            ("why it fits", coding.start, coding.end)
        ]
        assert check.memos("coding") == []


@pytest.mark.slow
async def test_a_memo_on_a_coding_whose_document_went_too_is_kept_on_its_code(
    project_file: Path,
) -> None:
    """The lead took the document out as well (red team 32): the passage was refused too
    and what she typed was lost with a 'no document' line."""
    async with karins_coding_screen(project_file) as (pilot, app, screen):
        coding = await memo_on_new_coding(pilot, screen, "why it fits")
        with Project.open(project_file) as other:
            other.add_coder("lena", role="lead")
        removed_meanwhile(project_file, coding=coding.id, document=coding.document_id)
        notes = await save_memo(pilot, app)
        assert any("kept on the code" in n for n in notes), notes
    with Project.open(project_file) as check:
        kept = check.act_as("karin").memo_list("karin")
        assert [(v.memo.text, v.code) for v in kept] == [("why it fits", coding.code)]

"""A memo's entry in the audit screen names the document the memo is on, and its passage:
the payload names only the memo (and what it is on by id), and the trail read "memo on:
coding" beside an empty document column, so a lead could not tell which interview a note
was about, nor open it with Enter (eyes43). Never placed by a colleague's blind work."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.project.team_kit import agreed_and_decided
from tests.tui.conftest import documents_screen, settled


@pytest.fixture
def memoed(tmp_path: Path) -> Path:
    """karin's memo on her coding of the second sentence, edited; johan's on his coding;
    lena's on a passage of the document."""
    path = tmp_path / "team.db"
    project, doc = agreed_and_decided(path)
    for coder in ("karin", "johan"):
        project.act_as(coder)
        last = max(project.codings(doc, coder), key=lambda c: c.start)
        memo = project.add_memo("coding", last.id, coder, f"{coder} wonders about this")
        if coder == "karin":
            project.edit_memo(memo.id, "karin wonders more", coder)
    project.act_as("lena")
    project.add_memo("document", doc, "lena", "the lead's note", span=(3, 39))
    project.close()
    return path


def test_a_coders_memo_is_placed_for_her_and_not_from_a_colleagues_work(memoed: Path) -> None:
    with Project.open(memoed) as project:
        project.act_as("lena")
        every = project.audit(viewer="lena")
        (johans,) = [e for e in every if e.action == "memo.add" and e.actor == "johan"]
        assert str(johans.payload["memo"]) in project._memo_places(every, "lena")
        # read for karin through a file open to everyone's work: still not from his coding
        assert str(johans.payload["memo"]) not in project._memo_places(every, "karin")
    with Project.open(memoed) as project:
        project.act_as("karin")
        karin = {e.said: e for e in project.audit_trail("karin") if e.kind == "memo"}
        assert len(karin) == 2 and {e.document for e in karin.values()} == {"ip1.txt"}
        assert {e.span for e in karin.values()} == {(40, 66)}
        assert all("40–66" in said for said in karin)
        # his memo's entry, were it listed to her, names no place of his blind work
        assert str(johans.payload["memo"]) not in project._memo_places(every, "karin")


async def test_the_lead_reads_which_document_a_memo_is_on(memoed: Path) -> None:
    from qualcode.tui.screens.audit import AuditScreen, TrailTable

    async with documents_screen(memoed, "lena", size=(160, 40)) as (pilot, app, _):
        await settled(pilot, app, "H")
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        memos = [e for e in screen.shown if e.kind == "memo"]
        assert len(memos) == 4  # karin's, edited, johan's, lena's
        assert {e.document for e in memos} == {"ip1.txt"}
        table = screen.query_one(TrailTable)
        at = next(
            i for i, e in enumerate(screen.shown) if e.payload.get("target_kind") == "document"
        )
        assert str(table.get_row_at(at)[3]) == "ip1.txt"
        assert "3–39" in str(table.get_row_at(at)[4])
        assert screen.shown[at].span == (3, 39) and screen.shown[at].document_id

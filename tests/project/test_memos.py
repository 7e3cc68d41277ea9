"""Memos: edit and remove by the author or a lead (audited, soft), and one searchable list
that leads to each passage and follows blind coding."""

from __future__ import annotations

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, ValidationError


@pytest.fixture
def memoed(project: Project) -> Project:
    doc = project.documents()[0]
    text = project.document(doc.id).text
    start = text.index("Politikerna")
    coding = project.add_coding(doc.id, start, start + 11, "mission_dialogue", "karin")
    johans = project.add_coding(doc.id, start, start + 11, "mission_dialogue", "johan")
    project.add_memo("coding", coding.id, "karin", "Top-down steering,\nthen dialogue.")
    project.add_memo("coding", johans.id, "johan", "Johan thinks: hierarchy")
    project.add_memo("document", doc.id, "karin", "A calm interview")
    return project


def test_edit_keeps_the_old_text_in_the_audit(memoed: Project) -> None:
    memo = memoed.memo_list("karin", "steering")[0].memo
    edited = memoed.edit_memo(memo.id, "Steering from above, then dialogue.\nSee Norrvik.", "karin")
    assert edited.text.endswith("See Norrvik.") and edited.id == memo.id
    assert memoed.memos("coding", memo.target_id)[0].text == edited.text
    entry = memoed.audit()[-1]
    assert entry.action == "memo.edit" and entry.payload["old"] == memo.text


def test_remove_is_soft_and_audited(memoed: Project) -> None:
    memo = memoed.memo_list("karin", "calm")[0].memo
    memoed.remove_memo(memo.id, "karin")
    assert memoed.memo_list("karin", "calm") == []
    assert memoed.audit()[-1].action == "memo.remove"
    assert memoed.audit()[-1].payload["text"] == "A calm interview"
    with pytest.raises(NotFoundError, match="no memo"):
        memoed.remove_memo(memo.id, "karin")


@pytest.mark.parametrize(
    ("actor", "text", "error"),
    [
        ("johan", "mine now", "only karin or a lead"),
        ("karin", "   ", "needs some text"),
    ],
)
def test_bad_edits_write_nothing(memoed: Project, actor: str, text: str, error: str) -> None:
    memo = memoed.memo_list("karin", "steering")[0].memo
    before = len(memoed.audit())
    with pytest.raises(ValidationError, match=error):
        memoed.edit_memo(memo.id, text, actor)
    assert len(memoed.audit()) == before
    assert memoed.memo_list("karin", "steering")[0].memo.text == memo.text


def test_a_lead_may_edit_anyones_memo(memoed: Project) -> None:
    memo = memoed.memo_list("lena", "hierarchy")[0].memo
    assert memoed.edit_memo(memo.id, "Hierarchy (lena's note)", "lena").text.startswith("Hier")


def test_the_list_leads_to_the_passage_and_is_blind(memoed: Project) -> None:
    karins = memoed.memo_list("karin")
    assert {v.memo.author for v in karins} == {"karin"}  # johan's memo would reveal his coding
    coding_memo = next(v for v in karins if v.memo.target_kind == "coding")
    assert coding_memo.document == "aby_01.txt" and coding_memo.excerpt == "Politikerna"
    assert coding_memo.code == "mission_dialogue" and coding_memo.start is not None
    assert len(memoed.memo_list("lena")) == 3
    assert [v.memo.author for v in memoed.memo_list("lena", "POLITIKERNA")] == [
        "johan",
        "karin",
    ] or [v.memo.author for v in memoed.memo_list("lena", "POLITIKERNA")] == ["karin", "johan"]
    assert memoed.memo_list("karin", "no such words") == []

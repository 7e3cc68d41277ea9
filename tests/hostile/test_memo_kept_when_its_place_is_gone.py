"""A memo a coder typed at length, on a coding or a passage that was removed meanwhile
(red team 32). The coding screen kept a memo on a coding removed from her other window on
the coding's passage, but when the lead had also taken the document out, the passage was
refused too and everything she typed was lost with a 'no document' line; a passage's or
document's memo on a document taken out meanwhile was lost the same way. A memo on a
coding whose document was out was stored where no list shows it, with 'saved'.

``Project.keep_memo`` now keeps the text on the nearest place still there (the passage, the
code, the project), says where, and keeps where it was meant to go in the audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError, RemovedCodingError
from tests.conftest import removed_meanwhile, team_project

TEXT = "R: Vi pratade om uppdraget med nämnden. Det blev bättre efter det.\n"


def _coded(path: Path) -> tuple[str, str]:
    made, doc = team_project(path, document=("ip1.txt", TEXT))
    with made:
        made.act_as("karin")
        unit = made.units(doc)[0]
        return doc, made.add_coding(doc, unit.start, unit.end, "mission", "karin").id


def _karins_memos(path: Path) -> list[tuple[str, str, str]]:
    with Project.open(path) as p:
        karin = p.act_as("karin", "karin")
        return [(v.memo.target_kind, v.memo.text, v.code or "") for v in karin.memo_list("karin")]


def test_coding_and_document_removed_keeps_the_memo_on_its_code(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, coding = _coded(path)
    removed_meanwhile(path, coding=coding, document=doc)
    with Project.open(path) as p:
        kept = p.act_as("karin").keep_memo("coding", coding, "karin", "varför det passar")
        assert (kept.kept_on, kept.gone) == ("code", "mission")
    assert _karins_memos(path) == [("code", "varför det passar", "mission")]


def test_a_coding_on_a_removed_document_is_no_place_for_a_memo(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, coding = _coded(path)
    removed_meanwhile(path, document=doc)
    with Project.open(path) as p:
        karin = p.act_as("karin")
        with pytest.raises(RemovedCodingError, match="document") as raised:
            karin.add_memo("coding", coding, "karin", "hidden for ever")
        assert "\n" not in str(raised.value)
        kept = karin.keep_memo("coding", coding, "karin", "hittas i listan")
        assert kept.kept_on == "code"
    assert _karins_memos(path) == [("code", "hittas i listan", "mission")]


def test_coding_removed_keeps_the_memo_on_its_passage(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, coding = _coded(path)
    with Project.open(path) as p:
        karin = p.act_as("karin")
        removed = karin.remove_coding(coding, "karin")
        kept = karin.keep_memo("coding", coding, "karin", "på stycket")
        assert (kept.kept_on, kept.memo.target_id) == ("passage", doc)
        assert (kept.memo.start, kept.memo.end) == (removed.start, removed.end)


@pytest.mark.parametrize("span", [None, (3, 20)], ids=["document", "passage"])
def test_a_memo_on_a_document_taken_out_meanwhile_is_kept(
    tmp_path: Path, span: tuple[int, int] | None
) -> None:
    path = tmp_path / "p.db"
    doc, _ = _coded(path)
    removed_meanwhile(path, document=doc)
    with Project.open(path) as p:
        kept = p.act_as("karin").keep_memo("document", doc, "karin", "om intervjun", span)
        assert (kept.kept_on, kept.gone) == ("project", "ip1.txt")
        audit = p.act_as("lena").store.audit.list()
        added = [e for e in audit if e.action == "memo.add"][-1]
        meant = added.payload["meant"]
        assert isinstance(meant, dict) and meant["target"] == doc
    assert _karins_memos(path) == [("project", "om intervjun", "")]


def test_a_memo_where_it_belongs_stays_there(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _, coding = _coded(path)
    with Project.open(path) as p:
        kept = p.act_as("karin").keep_memo("coding", coding, "karin", "här")
        assert (kept.kept_on, kept.memo.target_id) == (None, coding)


def test_other_refusals_stand(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _coded(path)
    with Project.open(path) as p, pytest.raises(NotFoundError):
        p.act_as("karin").keep_memo("document", "no_such_doc", "karin", "text")


def test_an_edit_of_a_memo_removed_meanwhile_is_kept_as_a_new_memo(tmp_path: Path) -> None:
    """The memo list's e on a memo her other window (or a lead) removed while she typed:
    'no memo ...' and the new text was gone."""
    path = tmp_path / "p.db"
    doc, _ = _coded(path)
    with Project.open(path) as p:
        karin = p.act_as("karin")
        memo = karin.add_memo("document", doc, "karin", "första tanken", span=(3, 20))
        karin.remove_memo(memo.id, "karin")
        with pytest.raises(NotFoundError):
            karin.edit_memo(memo.id, "andra tanken", "karin")
        kept = karin.keep_memo_edit(memo, "andra tanken", "karin")
        assert kept.kept_on == "memo" and kept.memo.id != memo.id
        assert (kept.memo.target_id, kept.memo.start, kept.memo.end) == (doc, 3, 20)
    assert _karins_memos(path) == [("document", "andra tanken", "")]


def test_an_edit_of_a_memo_and_its_coding_removed_goes_to_the_passage(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, coding = _coded(path)
    with Project.open(path) as p:
        karin = p.act_as("karin")
        memo = karin.add_memo("coding", coding, "karin", "första")
        karin.remove_memo(memo.id, "karin")
        karin.remove_coding(coding, "karin")
        kept = karin.keep_memo_edit(memo, "andra", "karin")
        assert (kept.kept_on, kept.memo.target_id) == ("passage", doc)


def test_an_edit_of_a_live_memo_changes_it_in_place(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    doc, _ = _coded(path)
    with Project.open(path) as p:
        karin = p.act_as("karin")
        memo = karin.add_memo("document", doc, "karin", "första")
        kept = karin.keep_memo_edit(memo, "andra", "karin")
        assert (kept.kept_on, kept.memo.id, kept.memo.text) == (None, memo.id, "andra")

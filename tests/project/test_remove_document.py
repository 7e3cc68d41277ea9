"""A document imported by mistake is taken out by the lead and can be put back (eyes13: an
English interview imported with --lang sv, and no way to remove it). Removal is soft: its
codings stay in the file but no report, export or list reads them while it is out."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import MISSION_TEXT, team_project

WRONG = "R: Vi talade om uppdraget med förvaltningen. Det var svårt i början.\n"


def _two_coded(path: Path) -> tuple[str, str]:
    """lena's team; karin and johan both code both documents (ip1 and wrong): the ids."""
    made, first = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        second = made.import_text("wrong.txt", WRONG, lang="sv").id
        for doc in (first, second):
            unit = made.units(doc)[0]
            for coder in ("karin", "johan"):
                made.act_as(coder)
                made.add_coding(doc, unit.start, unit.end, "mission", coder)
                made.set_status(doc, coder, "done")
    return first, second


def test_a_removed_document_counts_nowhere_and_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    first, second = _two_coded(path)
    with Project.open(path) as p:
        p.act_as("lena")
        assert p.agreement(bootstrap=0, real_names=True, viewer="lena").documents == 2
        removed = p.remove_document("wrong", "imported with --lang sv by mistake")
        assert removed.id == second
        assert [d.id for d in p.documents()] == [first]
        assert [d.id for d in p.removed_documents()] == [second]
        assert {c.document_id for c in p.codings()} == {first}
        report = p.agreement(bootstrap=0, real_names=True, viewer="lena")
        assert (report.documents, report.total_documents) == (1, 1)
        # a removed document the coders marked done is no engine's example of "no code"
        finished = p.store.suggestions.finished_documents()
        assert finished == {"karin": {first}, "johan": {first}}
        out = p.export_codings(tmp_path / "codings.csv", real_names=True, viewer="lena")
        with out.open(encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == 2 and {r["document"] for r in rows} == {first}
        with pytest.raises(QualcodeError, match="document 'wrong' was removed from the project"):
            p.document("wrong")
        entry = p.audit("document.remove", real_names=True, viewer="lena")[-1]
        assert (entry.actor, entry.payload["name"], entry.payload["reason"]) == (
            "lena",
            "wrong.txt",
            "imported with --lang sv by mistake",
        )
        assert entry.payload["codings"] == 2
        p.restore_document("wrong")
        assert len(p.codings()) == 4
        assert p.agreement(bootstrap=0, real_names=True, viewer="lena").documents == 2


def test_only_a_lead_removes_or_restores(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _two_coded(path)
    with Project.open(path) as p:
        p.act_as("karin")
        with pytest.raises(QualcodeError, match="karin is not a lead; only a lead may remove"):
            p.remove_document("wrong", "mine")
        p.act_as("lena")
        with pytest.raises(QualcodeError, match="say why"):
            p.remove_document("wrong", "  ")
        p.remove_document("wrong", "wrong language")
        p.act_as("karin")
        with pytest.raises(QualcodeError, match="karin is not a lead; only a lead may restore"):
            p.restore_document("wrong")
        assert len(p.removed_documents()) == 1


def test_the_same_content_imported_again_blocks_the_old_ones_return(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _two_coded(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.remove_document("wrong", "wrong language")
        again = p.import_text("wrong.txt", WRONG, lang="sv")  # one live copy per content
        assert again.name == "wrong.txt" and p.codings(again.id) == []
        with pytest.raises(QualcodeError, match="imported since; remove it first"):
            p.restore_document("wrong")
        assert len(p.documents()) == 2


def test_memos_on_a_removed_document_are_unread_until_it_is_back(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    first, second = _two_coded(path)
    with Project.open(path) as p:
        p.act_as("lena")
        coding = p.codings(second)[0].id
        p.add_memo("document", second, "lena", "English, imported as Swedish")
        p.add_memo("coding", coding, "lena", "on the wrong one")
        p.add_memo("document", first, "lena", "fine")
        stamp = p.documents_stamp()
        p.remove_document(second, "wrong language")
        assert p.documents_stamp() != stamp  # the TUI's list refreshes on a removal
        assert [m.text for m in p.memos()] == ["fine"]
        p.restore_document(second)
        assert len(p.memos()) == 3

"""Memos on a passage nobody coded (issue 14.2): a document memo with its span.

Kept as a document memo with the span beside it, so every reader of document memos (the
exports, packages for the lead) still works, while the memo list leads to the passage.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError


def _doc(project: Project) -> tuple[str, str]:
    doc = project.documents()[0]
    return doc.id, project.document(doc.id).text


def test_a_passage_memo_keeps_its_span_and_leads_to_it(project: Project) -> None:
    doc_id, text = _doc(project)
    start = text.index("Politikerna")
    memo = project.add_memo("document", doc_id, "karin", "Who decides?", span=(start, start + 11))
    assert (memo.start, memo.end) == (start, start + 11)
    stored = project.memos("document", doc_id)[0]
    assert (stored.start, stored.end) == (start, start + 11)
    view = project.memo_list("karin", "decides")[0]
    assert (view.start, view.end, view.excerpt) == (start, start + 11, "Politikerna")
    assert project.memo_list("karin", "Politikerna")  # found by its passage, too
    assert project.audit()[-1].payload["span"] == [start, start + 11]
    # editing keeps the span
    edited = project.edit_memo(memo.id, "Who decides, and who is asked?", "karin")
    assert (edited.start, edited.end) == (start, start + 11)
    # a whole-document memo has none
    whole = project.add_memo("document", doc_id, "karin", "A calm interview")
    assert whole.start is None and project.memo_list("karin", "calm")[0].start is None


@pytest.mark.parametrize(
    ("kind", "span", "error"),
    [
        ("document", (5, 5), "not inside the document"),
        ("document", (-1, 4), "not inside the document"),
        ("document", (0, 10**7), "not inside the document"),
        ("document", (3.0, 9), "whole number"),
        ("document", ("3", 9), "whole number"),
        ("project", (0, 4), "only a memo on a document"),
    ],
)
def test_a_bad_span_is_one_clear_error_and_nothing_is_written(
    project: Project, kind: str, span: tuple[int, int], error: str
) -> None:
    doc_id, _ = _doc(project)
    before = len(project.memos())
    target = doc_id if kind == "document" else "project"
    with pytest.raises(ValidationError, match=error):
        project.add_memo(kind, target, "karin", "note", span=span)
    assert len(project.memos()) == before


def test_blind_a_coder_never_sees_another_coders_passage_memo(project: Project) -> None:
    doc_id, _ = _doc(project)
    project.add_memo("document", doc_id, "johan", "Johan's aside", span=(0, 10))
    project.act_as("karin")
    assert project.memo_list("karin", "aside") == []
    assert all(m.author == "karin" for m in project.memos("document", doc_id))


def test_a_package_for_the_lead_carries_the_span(project: Project, tmp_path: Path) -> None:
    """A coder's laptop copy writes a passage memo; the lead's file merges it, span and all."""
    lead_path = Path(project.path)
    project.close()
    laptop_path = tmp_path / "laptop.db"
    shutil.copy(lead_path, laptop_path)
    with Project.open(laptop_path) as laptop:
        doc_id, text = _doc(laptop)
        start = text.index("Politikerna")
        laptop.add_memo("document", doc_id, "karin", "Who decides?", span=(start, start + 11))
        package = laptop.export_coder("karin", tmp_path / "karin.json")
    with Project.open(lead_path) as lead:
        lead.merge_package(package)
        memo = next(m for m in lead.memos("document") if m.text == "Who decides?")
        assert (memo.start, memo.end) == (start, start + 11)


def test_the_migration_adds_the_span_to_an_existing_file(tmp_path: Path) -> None:
    """An older project file (before this migration) opens, keeps its memos and takes spans."""
    from qualcode.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    before = next(i for i, m in enumerate(MIGRATIONS) if "ALTER TABLE memos ADD COLUMN start" in m)
    for script in MIGRATIONS[:before]:
        conn.executescript(script)
    conn.execute("PRAGMA application_id = 0x51434F44")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute(
        "INSERT INTO memos (id, target_kind, target_id, author, text, created_at) "
        "VALUES ('m1', 'project', 'project', 'lena', 'old memo', '2026-01-01T00:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        memo = project.memos("project")[0]
        assert memo.text == "old memo" and memo.start is None

"""Two documents of one name (two sites' 'intervju1.txt', imported from two folders) were
two rows of one name in the agreement's per-document table, the memos export and the
agenda: a reader could not say which was which. Where names clash, each carries its id's
first eight characters, which ``qualcode show`` takes; other names stand as they are."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.project.export_names import named_apart
from tests.conftest import small_codebook

# Invented for this test.
NORTH = "I: Hur går det?\n\nR: Vi har för många ärenden. Chefen lyssnar inte.\n"
SOUTH = "I: Hur går det?\n\nR: Det har blivit bättre. Vi fick fler kollegor.\n"


def _one_name_twice(project: Project, coding: tuple[str, ...]) -> list[str]:
    """NORTH and SOUTH imported as 'intervju1.txt' each, every coder in ``coding`` coding
    the answer with integration, karin and johan both done: the two documents' ids."""
    ids = []
    for text in (NORTH, SOUTH):
        doc = project.import_text("intervju1.txt", text, lang="sv")
        ids.append(doc.id)
        start = text.index("R: ") + 3
        for coder in coding:
            project.add_coding(doc.id, start, len(text.rstrip()), "integration", coder)
        for coder in ("karin", "johan"):
            project.set_status(doc.id, coder, "done")
    return ids


def test_only_names_that_clash_carry_their_ids() -> None:
    assert named_apart(
        [("aaaaaaaa-1", "intervju1.txt"), ("bbbbbbbb-2", "Intervju1.TXT"), ("c", "plan.pdf")]
    ) == {
        "aaaaaaaa-1": "intervju1.txt (aaaaaaaa)",
        "bbbbbbbb-2": "Intervju1.TXT (bbbbbbbb)",
        "c": "plan.pdf",
    }


def test_the_agreement_rows_per_document_are_told_apart(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("karin")
        project.add_coder("johan")
        ids = _one_name_twice(project, coding=("karin", "johan"))
        report = project.agreement(["karin", "johan"], bootstrap=0)
    rows = sorted(r.document for r in report.rows if r.scope == "document" and r.document)
    assert rows == sorted(f"intervju1.txt ({doc_id[:8]})" for doc_id in ids)


def test_the_memos_about_them_are_told_apart(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("karin")
        ids = [project.import_text("intervju1.txt", t, lang="sv").id for t in (NORTH, SOUTH)]
        for doc_id in ids:
            project.add_memo("document", doc_id, "karin", "Ring tillbaka om bemanningen.")
        about = {view.document for view in project.memo_list("karin")}
    assert about == {f"intervju1.txt ({doc_id[:8]})" for doc_id in ids}


def test_the_agenda_s_cases_are_told_apart(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("karin")
        project.add_coder("johan")
        ids = _one_name_twice(project, coding=("karin",))
        project.act_as("lena")
        _scope, items = project.agenda(["karin", "johan"])
    assert {item.document for item in items} == {f"intervju1.txt ({d[:8]})" for d in ids}

"""`qualcode audit --format csv` reads the audit log once (review44): it read it through
``Project.audit`` for the entries kept, then again through ``audit_trail`` for their
documents' names. ``Project.audit_sheet`` makes the one read and gives what the two gave,
a removed memo's document too, placed by its ``memo.add`` though ``--action memo.remove``
leaves that entry out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import NotFoundError
from qualcode.project.audit_columns import audit_columns
from tests.conftest import project_with

TEXT = "I: Hur började det?\nR: Vi pratade om uppdraget med politikerna i Åby.\n"


def _made(path: Path) -> None:
    with project_with(path, coders=(("lena", "lead"), ("karin", "coder"))) as project:
        doc = project.import_text("aby_ip1.txt", TEXT, lang="sv").id
        project.add_code("mission", {"sv": "Uppdrag"})
        project.set_pseudonym("Åby", "Kommun A", "lena", "place")
        project.act_as("karin")
        project.add_coding(doc, 20, 60, "mission", "karin")
        memo = project.add_memo("document", doc, "karin", "Åby again", span=(20, 60))
        project.remove_memo(memo.id, "karin")


def _log_reads(project: Project, call: Callable[[], object]) -> int:
    reads: list[str] = []

    def trace(sql: str) -> None:
        if " FROM audit" in sql and sql.lstrip().startswith("SELECT"):
            reads.append(sql)

    project.store.database.conn.set_trace_callback(trace)
    try:
        call()
    finally:
        project.store.database.conn.set_trace_callback(None)
    return len(reads)


def test_the_sheet_reads_the_log_once_and_names_as_the_trail_does(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _made(path)
    with Project.open(path) as project:
        project.act_as("lena")
        for action, actor in ((None, None), ("memo.remove", None), (None, "karin")):
            assert _log_reads(project, partial(project.audit_sheet, action, actor)) == 1
            sheet = project.audit_sheet(action, actor, viewer="lena")
            # what the CLI made of the two reads before
            trail = {t.entry_id: t.document for t in project.audit_trail("lena")}
            before = audit_columns(project.audit(action, actor, viewer="lena"), trail)
            assert sheet == before


def test_a_removed_memo_is_named_when_its_addition_is_filtered_out(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _made(path)
    with Project.open(path) as project:
        project.act_as("lena")
        (removed,) = project.audit_sheet("memo.remove", viewer="lena").rows
        assert removed["document_name"] == "Kommun_A_ip1.txt"
        assert "Åby" not in str(removed)


def test_a_misspelt_actor_is_refused_before_the_log_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    _made(path)
    with Project.open(path) as project:
        project.act_as("lena")
        refused: list[str] = []

        def ask() -> None:
            with pytest.raises(NotFoundError) as error:
                project.audit_sheet(actor="kartin")
            refused.append(str(error.value))

        assert _log_reads(project, ask) == 0
        assert refused and "kartin" in refused[0]

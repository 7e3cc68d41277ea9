"""A coder codes a passage while the lead removes its document, in two processes. The
document was found before the write lock, so the coding went onto the removed document:
written, read by nothing, while the coder's screen still showed the document and her
work on it. The store checks the document inside the writer's transaction, as it checks
the code (test_coding_during_merge), and the coder is told in one line."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing


def test_a_passage_coded_while_its_document_is_removed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        unit = made.units(doc)[0]

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("karin")
            return project.add_coding(doc, unit.start, unit.end, "mission", "karin")

    with Project.open(path) as other:
        other.act_as("lena")
        _, raised = racing(action, other, lambda p: p.remove_document(doc, "wrong language"))
    assert isinstance(raised, ValidationError), raised
    assert str(raised).startswith("document 'ip1.txt' was removed just now by a lead")
    # the coder reads it in the TUI too, where a CLI command to list removed documents (a
    # lead's list) meant nothing to her
    assert str(raised).endswith("nothing coded (a lead can restore it)")
    with Project.open(path) as project:
        project.act_as("lena")
        project.restore_document(doc)
        assert project.codings() == []

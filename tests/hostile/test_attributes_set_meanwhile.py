"""A document's attributes set while the lead's other window takes it out. set_attributes
found the document before the write lock, so the change went onto the removed document
(its audit line saying it was changed) instead of being refused as no document."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from qualcode.errors import NotFoundError
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import racing

OTHER = "R: Vi talade om uppdraget med förvaltningen. Det var svårt i början.\n"


def test_attributes_of_a_document_removed_meanwhile_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    made, _ = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.import_text("ip2.txt", OTHER, lang="sv")

    def action() -> object:
        with Project.open(path) as project:
            project.act_as("lena")
            return project.set_attributes("ip2.txt", {"role": "chef"}, "lena")

    with Project.open(path) as other:
        other.act_as("lena")
        _, raised = racing(action, other, lambda p: p.remove_document("ip2.txt", "a copy"))
    assert isinstance(raised, NotFoundError), raised
    with Project.open(path) as project:
        project.act_as("lena")
        assert [dict(d.attributes) for d in project.removed_documents()] == [{}]
        assert project.audit("document.attributes", viewer="lena") == []

"""A removed document's name goes through the pseudonym key as a live one's does.

A document's name is a file's, in whose small letters a participant is named ('per
2024.docx' with Per on the key prints 'IP1 2024.docx'). The key read only the live
documents' names so, and the audit log keeps naming a document after it is removed: the
lead's `qualcode audit` (key applied) printed 'per 2024.docx' in its import and removal
entries, and the TUI's audit screen named it so beside a coder's codings.
"""

from __future__ import annotations

from pathlib import Path

from qualcode import Project


def _removed(path: Path) -> Project:
    p = Project.create(path)
    p.add_coder("lena", role="lead")
    p.add_coder("karin")
    p.act_as("lena")
    p.add_code("mission", {"sv": "Uppdrag", "en": "Mission"})
    text = "I: Hur var det?\n\nPer: Det var tungt med uppdraget.\n"
    doc = p.import_text("per 2024.docx", text, lang="sv").id
    p.set_pseudonym("Per", "IP1", "lena", "speaker")
    p.act_as("karin")
    start = text.index("Det")
    p.add_coding(doc, start, start + 20, "mission", "karin")
    p.act_as("lena")
    p.remove_document(doc, "imported twice", "lena")
    return p


def test_the_audit_names_a_removed_document_through_the_key(tmp_path: Path) -> None:
    with _removed(tmp_path / "p.db") as p:
        named = [
            e.payload["name"]
            for e in p.audit(viewer="lena")
            if e.action in ("document.import", "document.remove")
        ]
        trail = {e.document for e in p.audit_trail("karin")} - {""}
    assert named == ["IP1 2024.docx", "IP1 2024.docx"]
    assert trail == {"IP1 2024.docx"}

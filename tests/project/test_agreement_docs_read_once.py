"""`agreement(docs=...)` reads the named documents once (review49): team_scope resolved
them (and checked them against the set), then agreement resolved them again for the
methods paragraph's material; the scope's chosen documents are those ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.store.document_lookup import DocumentLookup
from tests.conftest import finish_first_unit, team_project


def test_the_named_documents_are_resolved_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        finish_first_unit(project, doc, coded_by=("karin", "johan"))
        project.import_text("ip2.txt", "I: Hur?\n\nR: Bra, tack.\n", lang="sv")
        asked: list[str] = []
        real = DocumentLookup.resolve

        def counted(self: DocumentLookup, ref: str) -> str:
            asked.append(ref)
            return real(self, ref)

        monkeypatch.setattr(DocumentLookup, "resolve", counted)
        report = project.agreement(docs=["ip1.txt"], bootstrap=0)
    assert asked == ["ip1.txt"]
    # the material is still the one document named, not the project's two
    assert report.provenance.all_documents == 1 and report.provenance.chosen
    assert report.scope.startswith("2 coders"), report.scope

"""Fixtures the service tests share: a team of three coders and a lead on one document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import TEAM_SENTENCES as SENTENCES
from tests.conftest import add_plain_document, small_codebook
from tests.project.team_kit import span_of


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[Project]:
    """karin, johan and mira code one document; lena leads (and codes a little too)."""
    project = Project.create(tmp_path / "trio.db")
    project.apply_codebook(small_codebook())
    for name in ("karin", "johan", "mira", "ola"):
        project.add_coder(name)
    project.add_coder("lena", role="lead")
    doc = add_plain_document(project, "aby_02.txt", SENTENCES)
    text = project.document(doc).text
    s = SENTENCES

    def code(coder: str, key: str, first: str, last: str | None = None) -> None:
        project.add_coding(doc, *span_of(text, first, last), key, coder)

    code("karin", "mission_dialogue", s[1])  # boundary: mira takes the sentence before too
    code("johan", "mission_dialogue", s[1])
    code("mira", "mission_dialogue", s[0], s[1])
    code("karin", "integration", s[3])  # code: three readings of one passage
    code("johan", "caseload", s[3])
    code("mira", "integration", s[3])
    code("karin", "caseload", s[4])  # presence: mira coded nothing here
    code("johan", "caseload", s[4])
    project.doc_id = doc  # type: ignore[attr-defined]
    yield project
    project.close()

"""The copy the handout tests share: lena's project (lena the lead, omar a coder, others
after him, one Swedish document) and the copy she handed to omar. Three test files built it
line for line alike; a change to how a copy is made is now made once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook


def omar_copy(
    tmp_path: Path, copy_name: str = "omar_copy.db", others: Sequence[str] = ()
) -> tuple[Path, Path, str]:
    """lena's project, omar's copy of it and the document's id."""
    lead, copy = tmp_path / "lead.db", tmp_path / copy_name
    with Project.create(lead) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
        project.add_coder("omar")
        for name in others:
            project.add_coder(name)
        doc = project.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        project.act_as("lena", "lena")
        project.handout("omar", copy)
    return lead, copy, doc

"""The copy the handout tests share: lena's project (lena the lead, omar a coder, others
after him, one Swedish document) and the copy she handed to omar. Three test files built it
line for line alike; a change to how a copy is made is now made once."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook, sql_rows


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


def put_under_lena(lead: Path, package: Path) -> None:
    """omar's package rewritten so its work is under the lead lena (review49's case): the
    two package test files each wrote this alike."""
    with Project.open(lead) as project:
        lena = next(c for c in project.coders() if c.name == "lena")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["coder"] = {"id": lena.id, "name": "lena", "role": "lead"}
    for row in [*data["codings"], *data["statuses"]]:
        row["coder_id"] = lena.id
    package.write_text(json.dumps(data), encoding="utf-8")


def written(lead: Path) -> list[tuple[object, ...]]:
    """How many codings and audit entries the project holds: a refused merge leaves both."""
    return sql_rows(lead, "SELECT count(*) FROM codings") + sql_rows(
        lead, "SELECT count(*) FROM audit"
    )


def merge_refused(lead: Path, package: Path) -> str:
    """The lead lena merging ``package`` into ``lead``: the one line it is refused in,
    after checking that nothing was written."""
    before = written(lead)
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        with pytest.raises(QualcodeError) as refused:
            project.merge_package(package)
    assert written(lead) == before
    return str(refused.value)

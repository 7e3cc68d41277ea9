"""'unknown code' says which key was meant when the codes the asker may see make it plain:
a coder who typed a code's name ("Integrering") or its key without the underscore read
only "unknown code" and searched the codebook for the key. A colleague's proposed code,
hidden while blind, is never the one named."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.errors import NotFoundError
from tests.conftest import small_codebook, team_project

TEXT = "R: Chefen hjälper Anna med ärendena. Vi pratar om uppdraget varje vecka.\n"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Integrering", "unknown code 'Integrering'; did you mean 'integration'?"),
        ("mission dialogue", "unknown code 'mission dialogue'; did you mean 'mission_dialogue'?"),
        ("integraton", "unknown code 'integraton'; did you mean 'integration'?"),
        ("nope", "unknown code 'nope'"),
    ],
)
def test_the_key_meant_is_named(tmp_path: Path, typed: str, said: str) -> None:
    project, doc = team_project(tmp_path / "p.db", small_codebook(), ("ip1.txt", TEXT))
    with project:
        project.act_as("karin", "karin")
        with pytest.raises(NotFoundError) as told:
            project.add_coding(doc, 3, 35, typed, "karin")
    assert str(told.value) == said


def test_a_colleagues_hidden_proposal_is_never_named(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db", small_codebook(), ("ip1.txt", TEXT))
    with project:
        project.act_as("johan", "johan")
        project.propose_code(doc, 3, 35, "Chefens stöd", "johan")
        proposed = next(c.key for c in project.codebook() if c.key.startswith("chefens"))
        project.act_as("karin", "karin")
        with pytest.raises(NotFoundError) as told:
            project.add_coding(doc, 3, 35, proposed, "karin")
    assert str(told.value) == f"unknown code {proposed!r}"

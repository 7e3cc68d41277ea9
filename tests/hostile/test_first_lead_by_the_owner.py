"""A coder makes herself the first lead of a colleague's project (red team 40).

7812566c let only the file's owner join a project holding nobody as its lead; 3cc5efcc
then let a project without a lead take one "from anyone", so on a shared server a coder
let in before the lead (or beside a lead who had added herself without ``--role lead``)
typed ``qualcode coder role karin lead``, or ``coder add eve --role lead``, and led the
project: she read every colleague's blind work and the owner was refused the lead's acts.
Only the file's owner makes a project's first lead now, as she joins as its first lead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.access import BlindError
from tests.conftest import small_codebook
from tests.hostile.hostile_kit import counts, refused_here

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0, reason="gives the file to another user (root only)"
)


@pytest.fixture
def leadless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The lead's file on a shared server, opened by karin, who joined it as a coder."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
    os.chown(path, 65534, -1)
    with Project.open(path) as project:
        assert project.join("karin").role == "coder"
    return path


@pytest.mark.parametrize("act", ["role", "add"])
def test_a_coder_makes_no_first_lead_in_a_colleague_s_file(leadless: Path, act: str) -> None:
    before = counts(leadless)
    with Project.open(leadless) as project:
        project.act_as("karin", "karin")
        with pytest.raises(BlindError, match="only the project file's owner"):
            if act == "role":
                project.set_role("karin", "lead", actor="karin")
            else:
                project.add_coder("eve", role="lead", actor="karin")
        assert [(c.name, c.role) for c in project.coders()] == [("karin", "coder")]
    assert counts(leadless) == before


def test_the_cli_refuses_in_one_line(leadless: Path) -> None:
    said = refused_here(leadless, "coder", "role", "karin", "lead", coder="karin")
    assert said.startswith("error: karin may not be the first lead: only the project file's")
    said = refused_here(leadless, "coder", "add", "eve", "--role", "lead", coder="karin")
    assert said.startswith("error: eve may not be the first lead")


def test_the_owner_still_makes_the_first_lead(leadless: Path) -> None:
    os.chown(leadless, os.geteuid(), -1)
    with Project.open(leadless) as project:
        project.act_as("karin", "karin")  # the owner's login, named as her coder
        assert project.set_role("karin", "lead", actor="karin").role == "lead"

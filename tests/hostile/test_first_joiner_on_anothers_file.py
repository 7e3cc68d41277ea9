"""Typing a name into a colleague's project that holds nobody yet makes a coder, not its
lead (review39).

Since 9e2c31f1 the first person to join a project holding nobody became its lead. On a
shared server the lead runs ``init``, imports the transcripts and lets the team in; a
coder who opened the TUI before the lead had joined typed her name and became the lead,
and the lead who made the file was refused the one way to lead it, ``coder add lena --role
lead`` ("only a lead may add a lead"). Only the file's owner joins as lead now.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.access import BlindError
from tests.conftest import small_codebook

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0, reason="gives the file to another user (root only)"
)


def test_a_colleague_joining_first_is_a_coder_and_the_owner_may_still_lead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
    os.chown(path, 65534, -1)  # the lead's file on a shared server, opened by karin
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    with Project.open(path) as project:
        assert not project.joins_as_lead()
        assert project.join("karin").role == "coder"
        entry = [e for e in project.store.audit.list() if e.action == "coder.add"][-1]
        assert (entry.actor, entry.payload["role"]) == ("karin", "coder")
    os.chown(path, os.geteuid(), -1)
    with Project.open(path) as project:
        project.act_as(None)  # the CLI with nobody named: the owner, as `coder add` runs
        lead = project.add_coder("lena", role="lead", actor="lena")
        assert lead.role == "lead"
        with pytest.raises(BlindError):  # and, once she leads, a lead is hers to make
            project.add_coder("omar", role="lead")


def test_the_owner_joining_first_is_still_the_lead(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    with Project.create(path):
        pass
    with Project.open(path) as project:
        assert project.joins_as_lead()
        assert project.join("lena").role == "lead"
        assert not project.joins_as_lead()

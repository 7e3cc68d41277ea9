"""A project whose coders were added without a lead can be given one (review39).

A lead who ran ``qualcode coder add karin`` and ``qualcode coder add lena`` (forgetting
``--role lead`` for herself) had a project nobody led: ``coder role lena lead`` was "only
a lead may change a coder's role", and ``coder add lena --role lead`` found lena there
already. The codebook was read only for everyone. With no lead yet, a role is given as
``add_coder`` gives one; once there is a lead, a role is hers to give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.access import BlindError


def _without_a_lead(path: Path) -> Path:
    with Project.create(path) as project:
        project.add_coder("karin")
        project.add_coder("lena")
    return path


def test_with_no_lead_a_coder_is_made_the_lead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _without_a_lead(tmp_path / "p.db")
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    with Project.open(path) as project:
        project.act_as("lena")
        assert project.set_role("lena", "lead", actor="lena").role == "lead"
        entry = [e for e in project.store.audit.list() if e.action == "coder.role"][-1]
        assert (entry.actor, entry.payload["role"], entry.payload["was"]) == (
            "lena",
            "lead",
            "coder",
        )
    with Project.open(path) as project:
        project.act_as("karin")
        with pytest.raises(BlindError):  # a lead now: roles are hers to give
            project.set_role("karin", "lead", actor="karin")
    with Project.open(path) as project:
        assert {c.name: c.role for c in project.coders()} == {"karin": "coder", "lena": "lead"}

"""The audit names who was at the keyboard, from Python too (red team, round 7).

On the CLI a lead acting for a coder (``--coder karin`` while ``$QUALCODE_CODER=lena``) is
logged as lena, ``for`` karin. From Python, lena acting as herself passed the coder's name
to the API (``add_coding(..., "karin")``, ``set_status(doc, "karin", ...)``, a colleague
lead's name as ``by`` of ``decide``) and the log named karin or erik as the actor, with no
word of lena: the append-only record of who did what showed work nobody else had done.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import team_project


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    target = tmp_path / "p.db"
    team_project(target)[0].close()
    return target


def test_a_lead_naming_a_coder_in_python_is_logged_as_herself_for_the_coder(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    with Project.open(path) as p:
        doc = p.documents()[0].id
        before = len(p.audit())
        p.add_coding(doc, 0, 9, "mission", "karin")
        p.set_status(doc, "karin", "done")
        p.add_memo("document", doc, "karin", "sagt i mötet")
        entries = p.audit()[before:]
    assert [(e.actor, e.action, e.payload.get("for")) for e in entries] == [
        ("lena", "coding.add", "karin"),
        ("lena", "status.set", "karin"),
        ("lena", "memo.add", "karin"),
    ]


def test_a_coder_acting_as_herself_is_logged_as_before(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    with Project.open(path) as p:
        doc = p.documents()[0].id
        p.add_coding(doc, 0, 9, "mission", "karin")
        entry = p.audit()[-1]
    assert (entry.actor, entry.action, "for" in entry.payload) == ("karin", "coding.add", False)

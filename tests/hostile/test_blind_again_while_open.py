"""Blind coding turned on again while a coder's project is open (red team, round 10).

What a person may read was decided once, when the project was opened (``act_as``). The
lead unblinded for a reconciliation meeting, then ran ``qualcode team blind`` before the
next round of documents; karin's TUI (or her served session, or her notebook), open since
the meeting, went on listing johan's and mira's codings, memos and audit entries in the
new round until she closed it. A lead made a coder while her TUI was open kept reading
everything and kept a lead's rights. The view and the roles are asked again whenever
another connection changed the file (one ``PRAGMA data_version`` when nothing did).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import BlindError
from tests.hostile.hostile_kit import qualcode


def _coders(project: Project) -> set[str]:
    return {c.coder for c in project.codings()}


def test_team_blind_from_another_process_closes_an_open_session(demo: Path) -> None:
    with Project.open(demo).act_as("lena") as lena:
        lena.set_blind(False)
        lena.add_memo("document", lena.documents()[0].id, "lena", "the lead's memo")
    with Project.open(demo).act_as("karin") as karin:
        assert _coders(karin) >= {"johan", "karin"}  # unblinded: the meeting
        assert any(m.author == "lena" for m in karin.memos())
        done = qualcode(demo, "team", "blind", coder="lena")  # the lead's CLI, meanwhile
        assert done.status == 0, done.stderr
        assert _coders(karin) == {"karin"}
        assert all(m.author == "karin" for m in karin.memos())
        assert {e.actor for e in karin.audit()} == {"karin"}
        with pytest.raises(BlindError, match="karin cannot see"):
            karin.team_scope()


def test_unblind_from_another_connection_opens_an_open_session(demo: Path) -> None:
    with Project.open(demo).act_as("karin") as karin:
        assert _coders(karin) == {"karin"}
        with Project.open(demo).act_as("lena") as lena:
            lena.set_blind(False)
        assert "johan" in _coders(karin)


def test_a_lead_made_a_coder_while_open_reads_and_acts_as_a_coder(demo: Path) -> None:
    with Project.open(demo).act_as("lena") as lena:
        lena.set_role("karin", "lead")
    with Project.open(demo).act_as("karin") as karin:
        assert "johan" in _coders(karin)
        with Project.open(demo).act_as("lena") as lena:
            lena.set_role("karin", "coder")
        with pytest.raises(BlindError, match="karin is not a lead"):
            karin.set_blind(False)
        assert _coders(karin) == {"karin"}

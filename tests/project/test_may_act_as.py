"""Who may act as a name, asked before the name exists too: a coder only as herself, a lead
as anyone (she acts for the coder), and nobody named yet as whoever she says. The TUI's
`w` asks it before a new name joins, so a coder's login refused a switch adds nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project import BlindError


def test_a_coder_may_act_only_as_herself_a_lead_as_anyone(tmp_path: Path) -> None:
    with Project.create(tmp_path / "team.db") as project:
        project.add_coder("karin")
        project.add_coder("lena", role="lead")
        assert project.may_act_as("karin", "karin") is None
        assert project.may_act_as("nils", None) is None  # nobody named yet: joins as nils
        for name in ("lena", "nils"):  # a colleague, or a name not in the project yet
            with pytest.raises(BlindError, match="only a lead may act for another coder"):
                project.may_act_as(name, "karin", said_by="remembered for this login")
        lead = project.may_act_as("nils", "lena")
        assert lead is not None and lead.name == "lena"
        assert [c.name for c in project.coders()] == ["karin", "lena"]  # asking adds nobody

"""Red team leftover: a blind coder could see which documents colleagues marked done.

Which documents a coder finished is their work, as their codings are: while the project is
blind a coder sees their own statuses only; the team's scope (who finished what, counted
in every team report) is the lead's, as agreement and the cases are. After `team unblind`,
or for the lead, everything shows as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.project import BlindError


def _done(statuses: dict[str, str]) -> set[str]:
    return {doc for doc, status in statuses.items() if status == "done"}


def test_a_blind_coder_sees_only_their_own_statuses(demo: Path) -> None:
    with Project.open(demo) as everyone:
        johans = _done(everyone.statuses("johan"))
        karins = _done(everyone.statuses("karin"))
    assert johans  # the demo's coders marked what they coded done
    with Project.open(demo).act_as("karin") as karin:
        assert _done(karin.statuses("karin")) == karins
        with pytest.raises(BlindError, match=r"blind coding: karin .*johan"):
            karin.statuses("johan")
        with pytest.raises(BlindError, match="blind coding: karin cannot see which documents"):
            karin.team_scope()


def test_the_lead_and_an_unblinded_team_see_everyone(demo: Path) -> None:
    with Project.open(demo).act_as("lena") as lena:
        assert _done(lena.statuses("johan"))
        assert len(lena.team_scope().coders) >= 2
        lena.set_blind(False)
    with Project.open(demo).act_as("karin") as karin:
        assert _done(karin.statuses("johan"))
        assert len(karin.team_scope().coders) >= 2


def test_the_cases_command_refuses_a_blind_coder_in_one_line(demo: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "karin"})
    result = runner.invoke(app, ["-p", str(demo), "reconcile", "list"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: blind coding: karin cannot see"), result.stderr
    assert result.stderr.count("\n") == 1

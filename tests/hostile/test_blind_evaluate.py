"""A blind coder evaluating suggestions against a colleague or the consensus. The blind
view holds none of their codings, so karin was told "johan has coded 0 document(s)",
which reads as johan having coded nothing. She is told in one line that she evaluates
against her own codings only; nothing of johan's is read or said."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import MISSION_TEXT, team_project


@pytest.mark.parametrize(
    ("against", "said"), [("johan", "johan's codings"), ("consensus", "the consensus")]
)
def test_a_blind_coder_is_told_whose_codings_she_may_evaluate_against(
    tmp_path: Path, against: str, said: str
) -> None:
    path = tmp_path / "p.db"
    made, doc = team_project(path, document=("ip1.txt", MISSION_TEXT))
    with made:
        made.act_as("johan")
        unit = made.units(doc)[0]
        made.add_coding(doc, unit.start, unit.end, "mission", "johan")
    env = {"QUALCODE_CODER": "karin", "QUALCODE_SEMANTIC": "off"}
    got = CliRunner().invoke(
        app, ["-p", str(path), "suggest", "evaluate", "--against", against], env=env
    )
    assert got.exit_code == 1, got.output
    first = got.stderr.splitlines()[0]
    assert first == (
        f"error: blind coding: karin evaluates suggestions against their own codings only, "
        f"not {said} (a lead sees everyone's)"
    )

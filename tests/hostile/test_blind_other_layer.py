"""A blind coder asking for a colleague's layer (red team, round 10).

``--layer coder:johan`` from karin, blind, answered as if johan had coded nothing: ``export
summary`` said "layer coder:johan has no codings", ``report frequencies`` and ``report
quotes`` "nothing to show". That is false, and a coder may take it for the team's state
(johan has not started) or quote it to the lead. Blind coding keeps his work from her; it
says so, as it does for his statuses, in one line, nothing written. Her own layer, and
any layer for the lead, answer as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app

COMMANDS = [
    ["report", "frequencies", "--layer", "coder:johan"],
    ["report", "quotes", "--layer", "coder:johan"],
    ["report", "crosstab", "municipality", "--layer", "coder:johan"],
    ["export", "summary", "--layer", "coder:johan", "-o", "{out}"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_colleagues_layer_is_refused_as_blind(
    demo: Path, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "johan.md"
    argv = [a.format(out=out) for a in args]
    got = CliRunner(env={"QUALCODE_CODER": "karin"}).invoke(app, ["-p", str(demo), *argv])
    assert got.exit_code == 1, got.output
    assert got.stderr == (
        "error: blind coding: karin cannot see johan's codings until a lead turns blind "
        "coding off (`qualcode team unblind`)\n"
    )
    assert not out.exists()


@pytest.mark.parametrize(("who", "layer"), [("karin", "coder:karin"), ("lena", "coder:johan")])
def test_her_own_layer_and_the_leads_answer(demo: Path, who: str, layer: str) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": who})
    got = runner.invoke(app, ["-p", str(demo), "report", "frequencies", "--layer", layer])
    assert got.exit_code == 0, got.output
    assert f"{layer.partition(':')[2]}'s codings" in got.stdout

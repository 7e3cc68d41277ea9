"""A coder's proposed code in the lead's agreement (eyes8).

karin proposed "Veckomöten" for a passage; johan, blind, never saw it and could not have
used it. ``qualcode agree`` rated it as one more code: its row stood in the lead's table and
every unit karin coded with it counted against the pair in the overall row and the methods
paragraph, before the lead had taken it into the codebook. A proposal is left out until a
lead accepts it, and naming one with ``--codes`` is refused in one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.export_kit import fails, run


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """karin and johan agree on both codes of one document; karin also proposed one."""
    target = tmp_path / "p.db"
    with Project.create(target) as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.add_coder("johan")
        doc = p.import_text("aby_01.txt", SV_TEXT, lang="sv").id
        for coder in ("karin", "johan"):
            p.add_coding(doc, 40, 120, "mission_dialogue", coder)
            p.add_coding(doc, 200, 260, "integration", coder)
        for coder in ("karin", "johan"):
            p.set_status(doc, coder, "done")
        p.act_as("karin", "karin").propose_code(doc, 130, 190, "Veckomöten", "karin")
    return target


def _agree(path: Path, *args: str) -> dict[str, object]:
    status, out, err = run(path, "agree", "--bootstrap", "0", "-f", "json", *args)
    assert status == 0, err
    loaded: dict[str, object] = json.loads(out)
    return loaded


def _codes(report: dict[str, object]) -> set[str]:
    rows = report["rows"]
    assert isinstance(rows, list)
    return {str(r["code"]) for r in rows if r["scope"] == "code"}


def _overall(report: dict[str, object]) -> float:
    rows = report["rows"]
    assert isinstance(rows, list)
    return float(next(r["percent"] for r in rows if r["scope"] == "overall"))


def test_an_unaccepted_proposal_is_not_rated_and_an_accepted_one_is(path: Path) -> None:
    before = _agree(path)
    assert "veckomoten__karin" not in _codes(before) and "integration" in _codes(before)
    assert _overall(before) == 1.0  # karin and johan agree on every code they both had
    line = fails(path, "agree", "--codes", "veckomoten__karin", "--bootstrap", "0")
    assert "karin proposed that no lead has accepted" in line
    with Project.open(path) as p:
        p.act_as("lena", "lena").accept_code("veckomoten__karin", "lena")
    after = _agree(path)
    assert "veckomoten" in _codes(after)  # taken into the codebook, johan could use it now
    assert _overall(after) < 1.0

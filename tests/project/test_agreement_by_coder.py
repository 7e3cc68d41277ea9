"""Each coder with the others, codes pooled, for a team of four coders: which coder reads
the codes differently. With five people the pair table has six to ten rows a code and no
line that says "ahmed is the one" (eyes9). A coder row holds her mean percent and Cohen's
kappa with each other coder and alpha among the others without her; each is checked here
against the reports of the smaller teams it stands for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import TEAM_CODERS, small_codebook


@pytest.fixture
def path(team_of_five: Path) -> Path:
    """johan, karin and mira code the same two passages with the first code (mira a little
    wider); ahmed codes other passages with the second code."""
    book = small_codebook()
    first, second = book.codes[0].key, book.codes[1].key
    with Project.open(team_of_five) as p:
        doc = p.documents()[0].id
        for name in ("johan", "karin", "mira"):
            p.add_coding(doc, 30, 200 if name == "mira" else 130, first, name)
            p.add_coding(doc, 220, 320, first, name)
        p.add_coding(doc, 130, 320, second, "ahmed")
        p.add_coding(doc, 0, 30, first, "ahmed")
        for name in TEAM_CODERS:
            p.set_status(doc, name, "done")
    return team_of_five


def test_the_coder_who_reads_differently_stands_out(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        report = p.agreement(bootstrap=0)
        alone = {
            frozenset((a, b)): p.agreement([a, b], bootstrap=0).overall()
            for a in TEAM_CODERS
            for b in TEAM_CODERS
            if a < b
        }
        without = {
            c: p.agreement([o for o in TEAM_CODERS if o != c], bootstrap=0) for c in TEAM_CODERS
        }
    rows = {r.coders[0]: r for r in report.rows if r.scope == "coder"}
    assert list(rows) == list(TEAM_CODERS)
    for name, row in rows.items():
        mine = [alone[frozenset((name, o))] for o in TEAM_CODERS if o != name]
        assert row.percent == pytest.approx(sum(m.percent for m in mine) / 3)
        assert row.alpha_without == pytest.approx(without[name].overall().alpha)
        assert row.as_dict().keys() == {
            "scope", "coders", "units", "decisions", "percent", "cohen", "alpha_without"
        }  # fmt: skip
    assert min(rows, key=lambda c: rows[c].cohen) == "ahmed"
    assert max(rows, key=lambda c: rows[c].alpha_without) == "ahmed"
    assert rows["ahmed"].alpha_without > report.overall().alpha


def test_two_coders_have_their_pair_row_only(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        report = p.agreement(["karin", "johan"], bootstrap=0)
    assert not [r for r in report.rows if r.scope == "coder"]


def test_agree_prints_a_row_per_coder(path: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    table = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0"])
    assert table.exit_code == 0, table.output
    assert "Per coder (codes pooled)" in table.stdout
    shown = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0", "-f", "json"])
    rows = [r for r in json.loads(shown.stdout)["rows"] if r["scope"] == "coder"]
    assert [r["coders"] for r in rows] == [[c] for c in TEAM_CODERS]

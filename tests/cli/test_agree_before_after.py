"""`qualcode agree --before-after` on the demo (lead lena; coders karin, johan, mira):
before reconciliation the coders among themselves, after it each coder against the
consensus; the consensus was pooled in as a fourth rater, which counted the lead's
decisions as one more coder's agreement."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app

CODERS = ["johan", "karin", "mira"]


@pytest.fixture
def reconciled(demo_file: Path, tmp_path: Path) -> Path:
    """The demo with the agreements confirmed and eight cases decided for karin's version."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    with Project.open(path) as project:
        project.act_as("lena")
        project.confirm_agreements("lena")
        for view in project.cases()[:8]:
            project.decide(view.case.id, "accept:karin", "karin's reading", "lena")
    return path


def _agree(path: Path, *extra: str) -> str:
    result = CliRunner().invoke(
        app, ["-p", str(path), "--coder", "lena", "agree", "--bootstrap", "0", *extra]
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_before_after_never_counts_the_consensus_as_a_coder(reconciled: Path) -> None:
    report = json.loads(_agree(reconciled, "--before-after", "--format", "json"))
    rows = report["rows"]
    for row in rows:
        if row["scope"] in ("overall", "code", "document"):
            assert row["coders"] == CODERS, row  # before: the coders among themselves
    after = [r for r in rows if r["scope"] == "coder_vs_consensus"]
    assert [r["coders"] for r in after] == [[c, "consensus"] for c in CODERS]
    pairs = {tuple(r["coders"]) for r in rows if r["scope"] == "pair"}
    assert ("johan", "karin") in pairs and ("karin", "consensus") in pairs
    # the consensus took karin's version: she agrees with it more than the others do
    alpha = {r["coders"][0]: r["alpha"] for r in after}
    assert alpha["karin"] > alpha["johan"]
    assert "not counted as a coder" in report["methods"]
    assert "After reconciliation, each coder against the consensus" in report["methods"]


def test_before_is_the_coders_agreement_on_the_reconciled_documents(reconciled: Path) -> None:
    before = json.loads(_agree(reconciled, "--before-after", "--format", "json"))
    plain = json.loads(
        _agree(reconciled, "--format", "json", "--docs", ",".join(_reconciled_docs(reconciled)))
    )
    overall = next(r for r in before["rows"] if r["scope"] == "overall")
    same = next(r for r in plain["rows"] if r["scope"] == "overall")
    assert overall["alpha"] == pytest.approx(same["alpha"])


def test_the_table_says_what_is_compared(reconciled: Path) -> None:
    out = _agree(reconciled, "--before-after")
    assert "Compared: before reconciliation, the coders among themselves" in out
    assert "After reconciliation: each coder against the consensus" in out
    assert "karin, consensus" in out


def _reconciled_docs(path: Path) -> list[str]:
    with Project.open(path) as project:
        project.act_as("lena")
        decided = {c.document_id for c in project.codings(layer="consensus")}
        return [d.name for d in project.documents() if d.id in decided]


def test_before_any_reconciliation_it_says_so_in_one_line(demo: Path) -> None:
    result = CliRunner().invoke(
        app, ["-p", str(demo), "--coder", "lena", "agree", "--before-after"]
    )
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: no consensus codings yet in the counted documents: nothing to compare "
        "before and after; reconcile first: confirm the coders' agreements or decide the "
        "cases (`qualcode reconcile confirm`, `qualcode reconcile decide`)"
    ]

"""A team of five (a lead and four coders) with one coder on the pseudonym key: the
agreement report names her by her pseudonym, as the summary, the audit and the codings
export already did. `qualcode agree` printed "4 coders (ahmed, johan, karin, mira)" in
its scope line, pair rows and methods paragraph while the summary's methods paragraph
said "Coder A" for the same coder (eyes9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import small_codebook


@pytest.fixture
def path(team_of_five: Path) -> Path:
    """Four coders who finished one document with overlapping, differing codings, and
    karin on the lead's key as "Kodare A"."""
    book = small_codebook()
    first, second = book.codes[0].key, book.codes[1].key
    with Project.open(team_of_five) as p:
        doc = p.documents()[0].id
        spans = {"ahmed": (30, 80, first), "johan": (30, 95, first), "karin": (30, 80, second)}
        spans["mira"] = (100, 160, first)
        for name, (start, end, code) in spans.items():
            p.add_coding(doc, start, end, code, name)
            p.set_status(doc, name, "done")
        p.act_as("lena", "lena")
        p.set_pseudonym("karin", "Kodare A", "lena", kind="person")
    return team_of_five


def test_the_report_names_a_coder_on_the_key_by_her_pseudonym(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        report = p.agreement(bootstrap=0)
        real = p.agreement(bootstrap=0, real_names=True, viewer="lena")
    assert report.coders == ["ahmed", "johan", "Kodare A", "mira"]
    assert report.scope.startswith("4 coders (ahmed, johan, Kodare A, mira)")
    pairs = [r.coders for r in report.rows if r.scope == "pair"]
    assert len(pairs) == 6 * len({r.code for r in report.rows if r.scope == "code"})
    assert ("johan", "Kodare A") in pairs
    assert not any("karin" in who for who in pairs)
    for lang in ("en", "sv"):
        paragraph = report.methods_paragraph(lang)
        assert "Kodare A" in paragraph and "karin" not in paragraph
    assert "karin" in real.coders and "karin" in real.methods_paragraph("en")
    # the same figures either way: only the names change, never who is which column
    assert [(r.alpha, r.unitizing_alpha) for r in report.rows] == pytest.approx(
        [(r.alpha, r.unitizing_alpha) for r in real.rows], nan_ok=True
    )


def test_agree_on_the_command_line_prints_the_pseudonym(path: Path) -> None:
    runner = CliRunner(env={"QUALCODE_CODER": "lena"})
    for fmt in ("table", "json", "csv"):
        result = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0", "-f", fmt])
        assert result.exit_code == 0, result.output
        assert "Kodare A" in result.stdout and "karin" not in result.stdout, fmt
    shown = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0", "-f", "json"])
    assert json.loads(shown.stdout)["coders"] == ["ahmed", "johan", "Kodare A", "mira"]
    real = runner.invoke(app, ["-p", str(path), "agree", "--bootstrap", "0", "--real-names"])
    assert "karin" in real.stdout

"""A theme summary asks agreement for no document's row: it prints the codes' and the
overall rows and the methods paragraph, and the row of every document (1,000 on a large
project, each with every coefficient) was made for nothing. The rows it does print are
the same either way."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from tests.project.team_kit import agreed_and_decided


def test_the_same_report_but_the_documents_rows(tmp_path: Path) -> None:
    project, _ = agreed_and_decided(tmp_path / "p.db")
    with project:
        whole = project.agreement()
        without = project.agreement(by_document=False)
    assert [r.scope for r in whole.rows].count("document") == 1
    assert "document" not in [r.scope for r in without.rows]
    kept = [repr(asdict(r)) for r in whole.rows if r.scope != "document"]  # nan as nan
    assert [repr(asdict(r)) for r in without.rows] == kept
    assert without.methods_paragraph("en") == whole.methods_paragraph("en")
    assert without.methods_paragraph("sv") == whole.methods_paragraph("sv")

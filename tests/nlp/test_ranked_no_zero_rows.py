"""The ranked list (`l`, `suggest DOC --ranked`) leaves out a sentence whose best score is
under half a hundredth: `l` printed it as 0,00, a row that said no code reaches it (eyes34).
On the demo, eleven of its fifteen documents listed one to four such rows (core tier)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.project.suggest import SHOWN


@pytest.mark.slow
def test_no_ranked_row_scores_under_what_l_shows(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.open(demo) as p:
        p.act_as("karin")
        doc = next(d for d in p.documents() if d.name.startswith("aby_01"))
        rows = p.ranked(doc.id, coder="karin", limit=500, semantic=False)
        assert rows, "the document has sentences below the threshold"
        assert min(r.score for r in rows) >= SHOWN
        assert f"{SHOWN:.2f}" == "0.01"  # the least row shown reads 0,01, never 0,00

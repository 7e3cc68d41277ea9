"""The ranked view (`suggest --ranked`) lists sentences a coder might still code: a heading
or a table of contents' line, which the engine never suggests and scores nothing, is no
such sentence (a report's ranked list ended in eight contents lines at 0.000, eyes10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

CODEBOOK = Path(__file__).resolve().parents[2] / "codebooks" / "turning_points.yaml"

# written for this test: a council report's contents and first section
REPORT = "\n\n".join(
    [
        "Contents",
        "Staffing and caseloads",
        "Agency costs",
        "Working with the committee",
        "Staffing and caseloads",
        "The team moved to a new office in the spring. The move cost less than planned. "
        "Staff say they have more time for the children now.",
    ]
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    with Project.create(tmp_path / "ranked.db") as p:
        p.load_codebook(CODEBOOK)
        p.import_text("report.txt", REPORT + "\n", lang="en")
        yield p


def test_no_heading_is_ranked_the_paragraph_is(project: Project) -> None:
    rows = project.ranked("report", limit=50)
    headings = set(REPORT.split("\n\n")[:5])
    assert rows
    assert not [r.text for r in rows if r.text in headings]
    assert all(r.score > 0.0 for r in rows)
    # the paragraph's sentences below the threshold; the others are suggested above it (a
    # paragraph of a quieter office, every sentence under one in twenty, listed nothing
    # since eyes42, and this test then asked nothing)
    assert {r.text for r in rows} <= {
        "The team moved to a new office in the spring.",
        "The move cost less than planned.",
        "Staff say they have more time for the children now.",
    }

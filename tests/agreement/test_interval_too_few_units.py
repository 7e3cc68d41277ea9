"""Alpha's bootstrap interval with one coded unit, or every unit in one category: none.

A pilot round where the two coders coded one sentence of two printed "95% percentile
bootstrap CI 1.00 to 1.00", as sure as alpha gets, from resamples that each held copies
of that one sentence; with every unit coded alike (alpha undefined) the paragraph read
"CI undefined to undefined". Now no interval is given, and the paragraph and the table
say so plainly.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from qualcode import Project
from qualcode.agreement.bootstrap import bootstrap_alpha_by_unit
from tests.conftest import team_project
from tests.hostile.export_kit import run


def test_one_coded_unit_among_many_gives_no_interval_two_give_one() -> None:
    one = np.zeros((40, 2), dtype=np.int8)
    one[0] = 1  # both coders, one unit: main gave (1.0, 1.0)
    assert all(math.isnan(v) for v in bootstrap_alpha_by_unit([one], 1000, 0))
    uncoded_once = 1 - one  # every unit coded but one: the same on the other side
    assert all(math.isnan(v) for v in bootstrap_alpha_by_unit([uncoded_once], 1000, 0))
    two = one.copy()
    two[1] = (1, 0)  # a second coded unit, one coder's: an interval again
    low, high = bootstrap_alpha_by_unit([two], 1000, 0)
    assert low < high


def _pilot(tmp_path: Path, units: str) -> Path:
    """karin and johan code the first unit (``units`` "first") or every unit ("all") of a
    two-sentence interview with ``mission`` and finish it."""
    project, doc = team_project(tmp_path / "p.db")
    with project:
        chosen = project.units(doc)
        assert len(chosen) == 2
        for unit in chosen if units == "all" else chosen[:1]:
            for coder in ("karin", "johan"):
                project.add_coding(doc, unit.start, unit.end, "mission", coder)
        for coder in ("karin", "johan"):
            project.set_status(doc, coder, "done")
    return project.path


@pytest.mark.parametrize(
    ("units", "english", "swedish"),
    [
        (
            "first",
            "was 1.000 (no bootstrap confidence interval can be given: fewer than two "
            "units had a code applied",
            "inget konfidensintervall med bootstrap kan anges: färre",
        ),
        (
            "all",
            "was undefined (no bootstrap confidence interval can be given for an undefined alpha)",
            "(inget konfidensintervall med bootstrap kan anges för ett odefinierat alfa)",
        ),
    ],
)
def test_the_paragraph_and_the_table_say_no_interval_can_be_given(
    tmp_path: Path, units: str, english: str, swedish: str
) -> None:
    path = _pilot(tmp_path, units)
    with Project.open(path) as project:
        report = project.agreement()
        overall = report.overall()
        assert overall.resamples > 0 and math.isnan(overall.alpha_low)
        text, svenska = report.methods_paragraph("en"), report.methods_paragraph("sv")
    assert english in text and "undefined to undefined" not in text and "CI 1.00" not in text
    assert swedish in svenska and "odefinierat till odefinierat" not in svenska
    status, out, _ = run(path, "agree", "--coder", "lena")
    assert status == 0
    overall_line = out.splitlines()[out.splitlines().index("Overall (all codes pooled)") + 3]
    assert "no interval" in overall_line

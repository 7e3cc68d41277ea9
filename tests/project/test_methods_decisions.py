"""The methods paragraph says how many unit-code decisions each rater made when a coder is
missing on a chosen document: "(8 unit-code decisions per rater)" was said of sara, who
never started the second document and made half as many (lead33)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.project.team_kit import absent_coder_study


def _study(path: Path) -> tuple[str, str]:
    """karin and johan finish both documents; sara only the first."""
    project, first, second = absent_coder_study(path, coded=(0,))
    project.close()
    return first, second


def test_each_raters_decisions_are_said_when_they_differ(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    first, second = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        one, two = (len(project.units(d)) for d in (first, second))
        report = project.agreement(["karin", "johan", "sara"], docs=[first, second])
        pair = project.agreement(["karin", "johan"], docs=[first, second])
    both = one + two
    assert report.decisions == {"karin": both, "johan": both, "sara": one}
    en, sv = report.methods_paragraph("en"), report.methods_paragraph("sv")
    assert f"({one} to {both} unit-code decisions per rater: karin {both}, johan {both}, " in en
    assert f"sara {one})" in en and "decisions per rater)" not in en
    assert f"({one} till {both} beslut enhet–kod per bedömare: karin {both}, johan " in sv
    # nobody missing: one number, as before
    assert f"({both} unit-code decisions per rater)" in pair.methods_paragraph("en")
    assert f"({both} beslut enhet–kod per bedömare)" in pair.methods_paragraph("sv")


def test_the_swedish_share_of_decisions_names_them_as_the_count_does(tmp_path: Path) -> None:
    """The count says "beslut enhet–kod per bedömare"; the share of them with a code said
    "av beslutsparen enhet–kod", decision pairs, which are not what was counted (study48,
    a Swedish team's methods section): the share names the same decisions."""
    path = tmp_path / "p.db"
    first, second = _study(path)
    with Project.open(path) as project:
        project.act_as("lena")
        sv = project.agreement(["karin", "johan"], docs=[first, second]).methods_paragraph("sv")
    assert "beslut enhet–kod per bedömare" in sv
    assert "beslutspar" not in sv
    assert " av besluten enhet–kod." in sv

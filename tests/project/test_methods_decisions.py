"""The methods paragraph says how many unit-code decisions each rater made when a coder is
missing on a chosen document: "(8 unit-code decisions per rater)" was said of sara, who
never started the second document and made half as many (lead33)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project
from tests.conftest import team_project

TEXT = (
    "R: Nämnden ville veta hur uppdraget gick. Vi svarade så gott det gick. "
    "Sedan blev det tyst ett tag. Uppdraget kom upp igen efter jul.\n"
)


def _study(path: Path) -> tuple[str, str]:
    """karin and johan finish both documents; sara only the first."""
    project, _ = team_project(path)
    with project:
        first, second = (
            project.import_text(f"ip{i}.txt", TEXT + f"I: Tack, del {i}.\n", lang="sv").id
            for i in (2, 3)
        )
        project.add_coder("sara")
        for coder, finished in (("karin", (first, second)), ("johan", (first, second))):
            project.act_as(coder)
            for doc in finished:
                unit = project.units(doc)[0]
                project.add_coding(doc, unit.start, unit.end, "mission", coder)
                project.set_status(doc, coder, "done")
        project.act_as("sara")
        unit = project.units(first)[0]
        project.add_coding(first, unit.start, unit.end, "mission", "sara")
        project.set_status(first, "sara", "done")
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

"""The codings export's participant column names a plan as the crosstab by participant does.

A written document (a plan, minutes) has no participant: `report crosstab participant`
and the summary's matrix count its codings under its name (minor47), but the codings
export left the column empty there, as for the interviewer's questions, so a sheet pivoted
by participant counted the plan with the interviewer (user49). Both now read one rule
(``report_groups.participants_said``).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import team_project
from tests.project.team_kit import lines_coded

TEXT = (
    "Intervjuare: Hur blev det med de större grupperna i höstas?\n\n"
    "Vendela Rask: Vi fick fler barn i samma rum och ingen frågade oss först.\n\n"
    "Intervjuare: Och arbetslaget?\n\n"
    "Vendela Rask: Vi planerar veckan tillsammans på fredagarna.\n"
)
PLAN = (
    "Handlingsplan för arbetsmiljön i Åby\n\n"
    "Nämnden ska varje år följa upp hur många ärenden varje handläggare har.\n"
)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    project, doc = team_project(path, document=("fsk.txt", TEXT))
    with project:
        project.act_as("lena")
        project.set_pseudonym("Vendela Rask", "IP7", "lena", kind="speaker")
        lines_coded(project, doc, TEXT, ("Vi fick fler barn", "Vi planerar veckan", "Och arbe"))
        project.act_as("lena")
        plan = project.import_text("aby_plan.txt", PLAN, lang="sv").id
        project.set_pseudonym("Åby", "Kommun A", "lena", kind="place")
        project.act_as("karin")
        start = PLAN.index("Nämnden")
        project.add_coding(plan, start, PLAN.index("\n", start), "mission", "karin")
    return path


def _rows(path: Path, tmp: Path, **how: object) -> list[dict[str, str]]:
    with Project.open(path) as project:
        project.act_as("lena")
        out = project.export_codings(tmp / "codings.csv", viewer="lena", **how)  # type: ignore[arg-type]
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_plans_codings_name_the_plan_as_the_crosstab_does(
    study: Path, tmp_path: Path, lang: str
) -> None:
    rows = _rows(study, tmp_path, lang=lang)
    with Project.open(study) as project:
        project.act_as("lena")
        cross = project.report_crosstab("participant", names_in=lang)
    plan = [r["participant"] for r in rows if "plan" in r["document_name"]]
    assert plan == ["Kommun_A_plan"], rows
    # pivoted by participant the sheet counts what the crosstab counts (the interviewer's
    # question: no participant in the sheet, "not given" in the crosstab)
    counted = Counter(r["participant"] or "not given" for r in rows)
    assert counted == {c: int(cross.loc["total", c]) for c in cross.columns if c != "total"}
    assert not any("Åby" in r["participant"] or "aby_plan" in r["participant"] for r in rows)


def test_a_lead_asking_for_real_names_gets_the_plans_own_name(study: Path, tmp_path: Path) -> None:
    rows = _rows(study, tmp_path, real_names=True)
    assert sorted(r["participant"] for r in rows) == [
        "",
        "Vendela Rask",
        "Vendela Rask",
        "aby_plan",
    ]

"""A code nobody applied in the counted documents (red team, round 8).

Agreement pooled every rated code, so a code no rater applied anywhere in the counted
documents (one the lead had just added, one meant for another part of the study) was a
column of agreed absences on every unit, as a theme was before round 6: six new codes
raised the demo's pooled alpha from 0.614 to 0.625, its percent agreement from 96.7 to
98.7 and AC1 from 0.964 to 0.986, in the table and the methods paragraph meant for a
paper. And on one unit two coders agreed on, an unused code gave the pooled alpha the
variation it lacked: 1.00, "supports conclusions", from two decisions. The pooled figures
leave such codes out and the paragraph names them; each keeps its own (undefined) row.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from tests.hostile.export_kit import run
from tests.hostile.hostile_kit import two_coders_done


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Two coders who finished one document, agreeing on one code and not on another;
    the codebook's third code (caseload) nobody applied."""
    target = tmp_path / "p.db"
    two_coders_done(target)
    return target


def pooled(p: Project) -> tuple[float, float, float, float, float]:
    report = p.agreement(bootstrap=0)
    row = report.overall()
    return row.percent, row.alpha, row.ac1, row.brennan_prediger, report.prevalence


def test_codes_nobody_applied_do_not_raise_the_pooled_figures(path: Path) -> None:
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        applied = lena.agreement(["karin", "johan"], ["mission_dialogue", "integration"], None)
        before = pooled(lena)
        assert before[0] < 1
        for n in range(6):
            lena.add_code(f"later_{n}", {"en": f"Later {n}"}, actor="lena")
        after = lena.agreement(bootstrap=0)
        assert pooled(lena) == before
        assert after.overall().alpha == applied.overall().alpha
        assert after.overall().decisions == applied.overall().decisions
        documents = [r for r in after.rows if r.scope == "document"]
        assert [r.percent for r in documents] == [
            r.percent for r in applied.rows if r.scope == "document"
        ]
        assert after.unapplied == ["caseload", *(f"later_{n}" for n in range(6))]
        later = next(r for r in after.rows if r.scope == "code" and r.code == "later_0")
        assert later.percent == 1.0  # its own row stands, as it is


def test_the_paragraph_counts_and_names_them(path: Path) -> None:
    with Project.open(path) as p:
        lena = p.act_as("lena", "lena")
        lena.add_code("later", {"en": "Later on", "sv": "Senare"}, actor="lena")
        report = lena.agreement(bootstrap=0)
        english = report.methods_paragraph("en")
        assert "with 2 codes (" in english
        assert "2 codes no coder applied in these documents (Caseload, Later on)" in english
        assert "(undefined, for lack of variation" not in english
        assert "2 koder som ingen kodare tillämpade" in report.methods_paragraph("sv")


def test_one_agreed_unit_is_not_made_conclusive_by_an_unused_code(tmp_path: Path) -> None:
    with Project.create(tmp_path / "one.db") as p:
        p.add_coder("lena", role="lead")
        p.add_coder("karin")
        p.add_coder("johan")
        p.add_code("mission", {"sv": "Uppdrag"})
        p.add_code("unused", {"sv": "Oanvänd"})
        doc = p.import_text("one.txt", "R: Vi pratade om uppdraget.\n", lang="sv").id
        unit = p.units(doc)[0]
        for coder in ("karin", "johan"):
            p.act_as(coder)
            p.add_coding(doc, unit.start, unit.end, "mission", coder)
            p.set_status(doc, coder, "done")
        p.act_as("lena")
        report = p.agreement(bootstrap=0)
        assert report.overall().alpha != report.overall().alpha  # undefined: no variation
        assert "supports conclusions" not in report.methods_paragraph("en")


def test_no_code_applied_at_all_pools_them_as_before(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        report = p.agreement(codes=["caseload"], bootstrap=0)
        assert report.unapplied == [] and report.overall().percent == 1.0
        assert "left out of the pooled figures" not in report.methods_paragraph("en")


def test_the_json_names_them(path: Path) -> None:
    with Project.open(path) as p:
        p.act_as("lena", "lena")
        p.add_code("later", {"en": "Later on"}, actor="lena")
    code, out, err = run(path, "--coder", "lena", "agree", "-f", "json", "--bootstrap", "0")
    assert code == 0, err
    assert json.loads(out)["unapplied"] == ["caseload", "later"]

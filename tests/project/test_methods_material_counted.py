"""The methods paragraph's "The coders worked on N of the M documents" counts the coders
the report counts. Of seven coders, a lead chose three who had coded 2 documents; the
paragraph said they worked on 10 of the 15, the documents the other four had coded
(lead32)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MISSION_TEXT, team_project
from tests.project.team_kit import absent_coder_study


def test_the_material_is_the_counted_coders(tmp_path: Path) -> None:
    project, first = team_project(tmp_path / "p.db")
    with project:
        other = project.import_text("ip2.txt", MISSION_TEXT + "R: Och sedan.\n", lang="sv").id
        project.add_coder("sara")
        for coder, doc in (("karin", first), ("johan", first), ("sara", other)):
            project.act_as(coder)
            unit = project.units(doc)[0]
            project.add_coding(doc, unit.start, unit.end, "mission", coder)
            project.set_status(doc, coder, "done")
        project.act_as("lena")
        chosen = project.agreement(["karin", "johan"], bootstrap=0)
        everyone = project.agreement(["karin", "johan", "sara"], docs=[first, other], bootstrap=0)
    assert "The coders worked on 1 of the 2 documents." in chosen.methods_paragraph("en")
    assert "Kodarna bearbetade 1 av de 2 dokumenten." in chosen.methods_paragraph("sv")
    assert "The coders worked on 2 of the 2 chosen documents." in everyone.methods_paragraph("en")


def test_the_material_is_the_documents_chosen(tmp_path: Path) -> None:
    """With documents chosen (``agree --docs``, ``export summary --docs``) the paragraph
    counts within them: of two chosen from three it said "2 of the 3 documents" (small33a)."""
    project, second, third = absent_coder_study(tmp_path / "p.db", [0, 1])
    with project:
        project.act_as("lena")
        two = project.agreement(["karin", "johan"], docs=[second, third], bootstrap=0)
        one = project.agreement(["karin", "johan"], docs=[third], bootstrap=0)
        whole = project.agreement(["karin", "johan"], bootstrap=0)
        summary = project.build_summary("coder", coders=["karin", "johan"], docs=[second, third])
    assert "The coders worked on 2 of the 2 chosen documents." in two.methods_paragraph("en")
    assert "Kodarna bearbetade 2 av de 2 valda dokumenten." in two.methods_paragraph("sv")
    assert "The coders worked on the one chosen document." in one.methods_paragraph("en")
    assert "Kodarna bearbetade det valda dokumentet." in one.methods_paragraph("sv")
    assert "The coders worked on 2 of the 3 documents." in whole.methods_paragraph("en")
    assert "2 of the 2 chosen documents" in summary.methods


def test_a_study_of_one_document_is_not_counted_as_1_of_1(tmp_path: Path) -> None:
    """Three coders on a project's one interview read "Kodarna bearbetade 1 av de 1
    dokumenten", "worked on 1 of the 1 documents": a form filled in, not a sentence (eyes34)."""
    project, first = team_project(tmp_path / "p.db")
    with project:
        for coder in ("karin", "johan"):
            project.act_as(coder)
            unit = project.units(first)[0]
            project.add_coding(first, unit.start, unit.end, "mission", coder)
            project.set_status(first, coder, "done")
        project.act_as("lena")
        report = project.agreement(["karin", "johan"], bootstrap=0)
    assert "The coders worked on the project's one document." in report.methods_paragraph("en")
    assert "Kodarna bearbetade projektets enda dokument." in report.methods_paragraph("sv")
    assert "1 av de 1" not in report.methods_paragraph("sv")

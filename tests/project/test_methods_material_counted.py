"""The methods paragraph's "The coders worked on N of the M documents" counts the coders
the report counts. Of seven coders, a lead chose three who had coded 2 documents; the
paragraph said they worked on 10 of the 15, the documents the other four had coded
(lead32)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MISSION_TEXT, team_project


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
    assert "The coders worked on 2 of the 2 documents." in everyone.methods_paragraph("en")

"""The summary's appendix names the codes a rejection turned down. A lead rejecting a case
where ada gave one code and cilla another found "–" in its Code column: a rejection puts
no coding in the consensus, and the column read the consensus only (lead32)."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

TEXT = "R: Jag flyttade hem när vi fick barn. Min man har en firma här.\n"


def test_a_rejected_case_of_two_codes_names_both(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        for coder in ("karin", "johan"):
            project.add_coder(coder)
        for key, name in (("dialogue", "Mission dialogue"), ("systems", "Systems view")):
            project.add_code(key, {"en": name})
        doc = project.import_text("ip1.txt", TEXT, lang="sv").id
        unit = project.units(doc)[0]
        for coder, code in (("karin", "dialogue"), ("johan", "systems")):
            project.act_as(coder)
            project.add_coding(doc, unit.start, unit.end, code, coder)
            project.set_status(doc, coder, "done")
        project.act_as("lena")
        (view,) = project.cases()
        assert view.case.kind == "code"
        project.decide(view.case.id, "reject", "Biography, no turning point", "lena")
        summary = project.build_summary("consensus", appendix=True, allow_empty=True)
    table = summary.decisions
    assert table is not None
    assert list(table.iloc[:, 2]) == ["Mission dialogue, Systems view"]
    assert list(table.iloc[:, 3]) == ["reject"]


def test_a_coder_outside_the_summarys_team_is_not_named(tmp_path: Path) -> None:
    """Eva coded the passage too but never finished the document: the team the summary is
    made for (karin and johan, who finished it) is the case's, and her code is not what
    the lead turned down, so the appendix must not name it (small32a)."""
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        for coder in ("karin", "johan", "eva"):
            project.add_coder(coder)
        for key, name in (
            ("dialogue", "Mission dialogue"),
            ("systems", "Systems view"),
            ("turning", "Turning point"),
        ):
            project.add_code(key, {"en": name})
        doc = project.import_text("ip1.txt", TEXT, lang="sv").id
        unit = project.units(doc)[0]
        for coder, code in (("karin", "dialogue"), ("johan", "systems"), ("eva", "turning")):
            project.act_as(coder)
            project.add_coding(doc, unit.start, unit.end, code, coder)
            if coder != "eva":
                project.set_status(doc, coder, "done")
        project.act_as("lena")
        (view,) = project.cases()
        project.decide(view.case.id, "reject", "Biography, no turning point", "lena")
        default = project.build_summary("consensus", appendix=True, allow_empty=True)
        chosen = project.build_summary(
            "consensus", appendix=True, allow_empty=True, coders=["karin", "johan"]
        )
    for summary in (default, chosen):
        table = summary.decisions
        assert table is not None
        assert list(table.iloc[:, 2]) == ["Mission dialogue, Systems view"]

"""A document set named after people on the pseudonym key (red team 15).

A set's name is typed by the team ("Elin och Petra", the two interviewees a study met
twice), and ``qualcode agree --set`` printed it as typed in its scope line (table, json,
the methods paragraph's count) while every other name in the report went through the
lead's key: the real names left in the one report a methods section quotes. It is read
through the key now, as the audit log already printed it.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import finish_first_unit, team_project


def test_agree_in_a_set_prints_its_name_through_the_key(tmp_path: Path) -> None:
    project, doc = team_project(tmp_path / "p.db")
    with project:
        finish_first_unit(project, doc, ("karin", "johan"))
        project.set_pseudonym("Elin Ek", "IP1", "lena")
        project.set_pseudonym("Petra", "IP4", "lena")
        project.make_document_set("Elin Ek och Petra", "lena", [doc])
        report = project.agreement(bootstrap=0, doc_set="Elin Ek och Petra", viewer="lena")
        assert "in the set 'IP1 och IP4'" in report.scope, report.scope
        assert "Elin" not in report.scope and "Petra" not in report.scope
        assert "Elin" not in report.methods_paragraph("en") + report.methods_paragraph("sv")
        own = project.agreement(
            bootstrap=0, doc_set="Elin Ek och Petra", viewer="lena", real_names=True
        )
        assert "in the set 'Elin Ek och Petra'" in own.scope  # the lead's own copy


def test_report_titles_print_a_sets_name_through_the_key(tmp_path: Path) -> None:
    """``qualcode report frequencies --set`` (and crosstab, cooccurrence, quotes) titled
    the table with the name as typed; the service reads it through the key now."""
    project, doc = team_project(tmp_path / "p.db")
    with project:
        project.set_pseudonym("Elin Ek", "IP1", "lena")
        project.make_document_set("Elin Ek och Petra", "lena", [doc])
        said = project.report_in_set("Elin Ek och Petra", viewer="lena")
        assert said == " in the set 'IP1 och Petra'"
        own = project.report_in_set("Elin Ek och Petra", viewer="lena", real_names=True)
        assert own == " in the set 'Elin Ek och Petra'"  # the lead's own copy
        assert project.report_in_set(None, viewer="lena") == ""


def test_a_summary_of_a_set_or_a_coder_on_the_key_is_written_through_it(
    tmp_path: Path,
) -> None:
    """The summary's header said what it counts as typed ("karin's codings in the set 'Elin
    Ek och Petra'"), so the export's read-back refused every summary of such a set, or of
    a coder the key names, and the lead could write none (red team 18)."""
    project, doc = team_project(tmp_path / "p.db")
    with project:
        finish_first_unit(project, doc, ("karin", "johan"))
        project.set_pseudonym("Elin Ek", "IP1", "lena")
        project.set_pseudonym("karin", "Kodare K", "lena")
        project.make_document_set("Elin Ek och Petra", "lena", [doc])
        path = project.export_summary(
            tmp_path / "s.md", layer="coder:karin", doc_set="Elin Ek och Petra", viewer="lena"
        )
        text = path.read_text(encoding="utf-8")
        assert "Layer: coder Kodare K, documents of the set “IP1 och Petra”" in text
        assert "Elin" not in text and "karin" not in text.lower()

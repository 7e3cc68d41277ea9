"""A summary workbook says what was reconciled, as the other formats do: a sheet holding
the reconciliation paragraph (how many cases the lead decided, by which verdicts, what
stays open), beside the methods sheet. The demo's consensus summary .xlsx said the
agreement and the methods and never that the consensus came of a reconciliation, nor how
(render43); with the appendix, the decisions' table keeps a sheet of its own."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qualcode import Project

# my own words, a municipal plan's lines
TEXT = (
    "Nämnden ska träffa handläggarna varje månad och tala om vad uppdraget kräver.\n\n"
    "Budgeten ska följa behoven i stället för förra årets ram under hela perioden.\n"
)


def _reconciled(tmp_path: Path) -> Project:
    """karin and johan coded the plan's second paragraph apart; lena took karin's."""
    project = Project.create(tmp_path / "p.db")
    project.add_coder("lena", role="lead")
    for coder in ("johan", "karin"):
        project.add_coder(coder)
    for key, name in (("dialogue", "Uppdragsdialog"), ("economy", "Långsiktig ekonomi")):
        project.add_code(key, {"sv": name, "en": name})
    doc = project.import_text("plan.txt", TEXT, lang="sv")
    for n, paragraph in enumerate(TEXT.strip().split("\n\n")):
        start = TEXT.index(paragraph)
        project.add_coding(doc.id, start, start + len(paragraph), "dialogue", "johan")
        karins = "economy" if n == 1 else "dialogue"
        project.add_coding(doc.id, start, start + len(paragraph), karins, "karin")
    for coder in ("johan", "karin"):
        project.set_status(doc.id, coder, "done")
    for case in project.cases():
        project.decide(case.case.id, "accept:karin", "Karins läsning följer kodboken.", "lena")
    return project


def test_the_workbook_has_the_reconciliation_paragraph(tmp_path: Path) -> None:
    with _reconciled(tmp_path) as project:
        english = openpyxl.load_workbook(project.export_summary(tmp_path / "en.xlsx", lang="en"))
        swedish = openpyxl.load_workbook(project.export_summary(tmp_path / "sv.xlsx", lang="sv"))
    said = [c.value for c in english["Reconciliation"]["A"]]
    assert said[0] == "Reconciliation"
    assert "decided 1 disagreement case" in said[1], said
    assert english.sheetnames.index("Reconciliation") == english.sheetnames.index("Methods") + 1
    assert "avgjorde lena 1 fall" in str(swedish["Avstämning"]["A2"].value)


def test_the_appendix_keeps_a_sheet_of_its_own(tmp_path: Path) -> None:
    with _reconciled(tmp_path) as project:
        path = project.export_summary(tmp_path / "sv.xlsx", lang="sv", appendix=True)
    book = openpyxl.load_workbook(path)
    assert "Avstämning" in book.sheetnames
    decisions = book["Avstämningsbeslut"]
    assert "Karins läsning följer kodboken." in [c.value for row in decisions for c in row]

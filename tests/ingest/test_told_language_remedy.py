"""A file refused for its attributes sheet's lang is told to change the sheet (review of
228eb37). The refusal advised '--lang sv (or auto)' whichever said the language, but
``--lang auto`` (the default) reads the sheet's lang again, so following it the file was
refused again; only the sheet, or a --lang that overrides it, changes what is told."""

from __future__ import annotations

from pathlib import Path

from qualcode import Project

DEMO = Path(__file__).resolve().parents[2] / "corpora" / "demo"


def test_the_sheets_refusal_says_to_change_the_sheet_and_that_does(tmp_path: Path) -> None:
    swedish = DEMO / "ekstad_01_avdelningschef.txt"
    sheet = tmp_path / "attributes.csv"
    sheet.write_text(f"file,municipality,lang\n{swedish.name},Ekstad,en\n")
    with Project.create(tmp_path / "study.db") as project:
        report = project.import_files([swedish], attributes_csv=sheet)
        [(_, reason)] = report.failed
        assert "(or auto)" not in reason
        assert "set its lang in the attributes sheet to sv (or leave it empty)" in reason
        assert project.import_files([swedish], attributes_csv=sheet, lang="auto").failed
        sheet.write_text(f"file,municipality,lang\n{swedish.name},Ekstad,\n")
        report = project.import_files([swedish], attributes_csv=sheet)
        assert [d.lang for d in report.imported] == ["sv"]


def test_a_told_lang_is_told_to_use_the_other(tmp_path: Path) -> None:
    english = DEMO / "norrvik_04_enhetschef.txt"
    with Project.create(tmp_path / "study.db") as project:
        [(_, reason)] = project.import_files([english], lang="sv").failed
        # the service names its own parameter; the CLI turns it into --lang (85c29cc)
        assert reason.endswith("so import it with lang en (or auto)")
        assert [d.lang for d in project.import_files([english], lang="auto").imported] == ["en"]

"""The summary's table of themes by participant has one name: its sheet is named as its
heading. The workbook's tab read "Tema x deltagare" over a table headed "Teman per
deltagare" (and "Theme x participant" over "Themes by participant"), so a reader
looking for the heading's table in the tabs did not find it (render40).

The same held for a project of plans and policies alone, whose table is headed "Teman
per dokument": its tab still read "Teman per deltagare", a sheet of participants the
project does not have (tidy41), and for a project of interviews and other documents,
headed "Teman per deltagare och annat dokument" over a tab that named participants only."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

TALK = "I: Hur var första året?\nIP1: Vi fick en mentor och det gjorde att man vågade fråga.\n"
PLAN = "Handlingsplanen ger varje ny medarbetare en mentor under det första året.\n"
TEXTS = {"interviews": [("ip1.txt", TALK)], "plans": [("plan.txt", PLAN)]}
TEXTS["both"] = TEXTS["interviews"] + TEXTS["plans"]


def _matrix_sheet(tmp_path: Path, lang: str, material: str) -> tuple[str, str, set[str]]:
    """The matrix section's heading and sheet, and the workbook's tabs, of a summary over
    ``material``: each text coded 'support' on its mentor."""
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("support", {"sv": "Stöd", "en": "Support"})
        for name, text in TEXTS[material]:
            document = project.import_text(name, text, lang="sv")
            start = text.index("mentor")
            project.add_coding(document.id, start, start + len("mentor"), "support", "lena")
        summary = project.build_summary(layer="coder", lang=lang)
    [matrix] = [section for section in summary.sections if section.key == "matrix"]
    return matrix.heading, matrix.sheet, set(summary.tables())


@pytest.mark.parametrize(
    ("lang", "name"), [("sv", "Teman per deltagare"), ("en", "Themes by participant")]
)
def test_the_matrix_sheet_is_named_as_its_heading(tmp_path: Path, lang: str, name: str) -> None:
    heading, sheet, tabs = _matrix_sheet(tmp_path, lang, "interviews")
    assert heading == name
    assert sheet == name
    assert name in tabs


@pytest.mark.parametrize(
    ("lang", "name"), [("sv", "Teman per dokument"), ("en", "Themes by document")]
)
def test_documents_alone_name_their_sheet_by_document(tmp_path: Path, lang: str, name: str) -> None:
    heading, sheet, tabs = _matrix_sheet(tmp_path, lang, "plans")
    assert heading == name
    assert sheet == name
    assert name in tabs
    assert not any("deltagare" in tab or "participant" in tab for tab in tabs)


@pytest.mark.parametrize(
    ("lang", "heading", "name"),
    [
        ("sv", "Teman per deltagare och annat dokument", "Teman per deltagare, dokument"),
        ("en", "Themes by participant and other document", "Themes by participant, document"),
    ],
)
def test_interviews_and_documents_name_both_in_their_sheet(
    tmp_path: Path, lang: str, heading: str, name: str
) -> None:
    """The heading is longer than Excel's 31 characters: the tab says both in short,
    rather than a heading cut at a word ('Teman per deltagare och annat')."""
    said, sheet, tabs = _matrix_sheet(tmp_path, lang, "both")
    assert said == heading
    assert sheet == name
    assert name in tabs

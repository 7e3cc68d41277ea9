"""The summary's table of themes by participant has one name: its sheet is named as its
heading. The workbook's tab read "Tema x deltagare" over a table headed "Teman per
deltagare" (and "Theme x participant" over "Themes by participant"), so a reader
looking for the heading's table in the tabs did not find it (render40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project

TALK = "I: Hur var första året?\nIP1: Vi fick en mentor och det gjorde att man vågade fråga.\n"


@pytest.mark.parametrize(
    ("lang", "name"), [("sv", "Teman per deltagare"), ("en", "Themes by participant")]
)
def test_the_matrix_sheet_is_named_as_its_heading(tmp_path: Path, lang: str, name: str) -> None:
    with Project.create(tmp_path / "p.db") as project:
        project.add_coder("lena", role="lead")
        project.add_code("support", {"sv": "Stöd", "en": "Support"})
        talk = project.import_text("ip1.txt", TALK, lang="sv")
        start = TALK.index("Vi fick")
        project.add_coding(talk.id, start, len(TALK) - 1, "support", "lena")
        summary = project.build_summary(layer="coder", lang=lang)
    [matrix] = [section for section in summary.sections if section.key == "matrix"]
    assert matrix.heading == name
    assert matrix.sheet == name

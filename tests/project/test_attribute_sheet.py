"""Document attributes after import (``Project.load_attribute_sheet``): a sheet sets the
values of documents already in the project, all rows checked before any is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.model import Turn, Unit
from tests.conftest import small_codebook, store_document


@pytest.fixture
def sheet_project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.db")
    project.apply_codebook(small_codebook())
    project.add_coder("lena", role="lead")
    project.add_coder("karin")
    for name in ("aby_01.txt", "aby_02.txt"):
        text = f"R: Ett svar i {name}."
        store_document(project, name, text, [Turn(0, "R", 3, len(text))], [Unit(0, 3, len(text))])
    project.set_attributes("aby_01.txt", {"municipality": "Åby", "role": "chef"})
    project.act_as("lena")
    yield project
    project.close()


def _attributes(project: Project) -> dict[str, dict[str, str]]:
    return {d.name: dict(d.attributes) for d in project.documents()}


def test_a_sheet_sets_values_on_documents_named_with_or_without_suffix(
    sheet_project: Project, tmp_path: Path
) -> None:
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,role,interviewer\naby_01,politiker,Lena\naby_02.txt,,Johan\n")
    done = sheet_project.load_attribute_sheet(sheet, "lena")
    assert set(done) == {"aby_01.txt", "aby_02.txt"}
    assert _attributes(sheet_project) == {
        "aby_01.txt": {"municipality": "Åby", "role": "politiker", "interviewer": "Lena"},
        "aby_02.txt": {"interviewer": "Johan"},
    }
    changed = [e for e in sheet_project.audit() if e.action == "document.attributes"][-2]
    assert changed.payload["from"] == {"role": "chef", "interviewer": None}


def test_a_row_naming_no_document_writes_nothing(sheet_project: Project, tmp_path: Path) -> None:
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,role\naby_01,politiker\nnorrvik_09.txt,chef\n")
    before = _attributes(sheet_project)
    with pytest.raises(QualcodeError, match=r"'norrvik_09\.txt' is no document"):
        sheet_project.load_attribute_sheet(sheet, "lena")
    assert _attributes(sheet_project) == before


def test_a_coder_may_not_change_a_document_she_did_not_import(
    sheet_project: Project, tmp_path: Path
) -> None:
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,role\naby_02,politiker\n")
    sheet_project.act_as("karin")
    with pytest.raises(QualcodeError, match="karin may not change the attributes"):
        sheet_project.load_attribute_sheet(sheet, "karin")
    sheet_project.act_as("lena")
    assert _attributes(sheet_project)["aby_02.txt"] == {}


def test_the_sheets_language_column_must_agree_with_the_document(
    sheet_project: Project, tmp_path: Path
) -> None:
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,lang,role\naby_01,sv,politiker\n")
    sheet_project.load_attribute_sheet(sheet, "lena")  # the import sheet loads again
    assert _attributes(sheet_project)["aby_01.txt"]["role"] == "politiker"
    sheet.write_text("file,lang,role\naby_02,en,politiker\n")
    with pytest.raises(QualcodeError, match=r"aby_02\.txt is sv, not en"):
        sheet_project.load_attribute_sheet(sheet, "lena")


def test_a_row_is_matched_by_whole_file_name_never_a_prefix(
    sheet_project: Project, tmp_path: Path
) -> None:
    """A sheet for the whole study names interviews not imported yet: the row for aby_0
    (or aby_01.t) is no document, not aby_01.txt, which would have taken its values."""
    before = _attributes(sheet_project)
    for row in ("aby_0", "aby_01.t"):
        sheet = tmp_path / "attrs.csv"
        sheet.write_text(f"file,role\n{row},politiker\n")
        with pytest.raises(QualcodeError, match="is no document"):
            sheet_project.load_attribute_sheet(sheet, "lena")
    assert _attributes(sheet_project) == before


def test_a_row_naming_two_documents_by_their_stem_is_refused(
    sheet_project: Project, tmp_path: Path
) -> None:
    text = "R: Samma intervju, som docx."
    store_document(
        sheet_project, "aby_01.docx", text, [Turn(0, "R", 3, len(text))], [Unit(0, 3, len(text))]
    )
    sheet = tmp_path / "attrs.csv"
    sheet.write_text("file,role\naby_01,politiker\n")
    before = _attributes(sheet_project)
    with pytest.raises(QualcodeError, match="names 2 documents"):
        sheet_project.load_attribute_sheet(sheet, "lena")
    assert _attributes(sheet_project) == before

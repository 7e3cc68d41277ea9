"""A quotes or translation sheet saved as Excel saves text (red team, round 10).

The attributes sheet and a codebook spreadsheet are decoded as transcripts are (UTF-16,
cp1252, older code pages) with the delimiter their header uses. The other two sheets were
not: a quotes CSV was read as UTF-8 with commas only, so Swedish Excel's "CSV
(semikolonavgränsad)" (cp1252, semicolons), like one from an old Mac (Mac Roman), was
refused as "not a UTF-8 CSV"; a translation sheet saved as Excel's "Unicode text"
(UTF-16, tabs) failed as "malformed CSV (new-line character seen in unquoted field ...)".
Both are read now as the other sheets are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from tests.conftest import SV_TEXT, small_codebook

QUOTE = "Ärendemängden var för hög"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "q.db") as opened:
        opened.apply_codebook(small_codebook())
        opened.add_coder("karin")
        opened.add_coder("lena", role="lead")
        opened.import_text("aby_02.txt", SV_TEXT, lang="sv")
        yield opened


@pytest.mark.parametrize(
    ("encoding", "sep"), [("cp1252", ";"), ("utf-16", "\t"), ("mac_roman", ";")]
)
def test_a_quotes_sheet_as_excel_saves_it(
    project: Project, tmp_path: Path, encoding: str, sep: str
) -> None:
    path = tmp_path / "citat.csv"
    rows = [["Dokument", "Kod", "Text", "Kodare"], ["aby_02", "caseload", QUOTE, "karin"]]
    path.write_bytes("\r\n".join(sep.join(r) for r in rows).encode(encoding))
    report = project.import_quotes_csv(path)
    assert report.codings == 1 and report.coders == ["karin"]
    (coding,) = project.codings()
    assert project.document(coding.document_id).text[coding.start : coding.end] == QUOTE


@pytest.mark.parametrize(("encoding", "sep"), [("utf-16", "\t"), ("cp1252", ";")])
def test_a_translation_sheet_as_excel_saves_it(
    project: Project, tmp_path: Path, encoding: str, sep: str
) -> None:
    doc = project.documents()[0].id
    coding = project.add_coding(doc, 30, 80, "caseload", "karin")
    path = tmp_path / "översättning.txt"
    rows = [["id", "translation"], [coding.id, "The caseload was too high, för hög."]]
    path.write_bytes("\r\n".join(sep.join(r) for r in rows).encode(encoding))
    report = project.import_translations(path, "lena")
    assert report.translated == 1
    assert project.translations()[(coding.id, "en")] == "The caseload was too high, för hög."

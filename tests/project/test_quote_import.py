"""Codings from a CSV of quotes (document, code, text, optional coder), as other tools
export them: found in the stored text whatever the whitespace; a bad row writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from tests.conftest import SV_TEXT, small_codebook


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "q.db") as opened:
        opened.apply_codebook(small_codebook())
        opened.add_coder("karin")
        opened.add_coder("johan")
        opened.import_text("aby_02.txt", SV_TEXT, lang="sv")
        yield opened


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "quotes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_quotes_become_codings_on_the_right_words(project: Project, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Document,Tag,Content,User\n"
        'aby_02,caseload,"Ärendemängden   var för hög",karin\n'
        "aby_02.txt,mission_dialogue,Nu har vi dialog med nämnden,johan\n",
    )
    report = project.import_quotes_csv(path)
    assert report.codings == 2 and report.coders == ["johan", "karin"]
    codings = {c.code: c for c in project.codings()}
    text = project.document(codings["caseload"].document_id).text
    assert text[codings["caseload"].start : codings["caseload"].end] == "Ärendemängden var för hög"
    assert codings["mission_dialogue"].coder == "johan"
    assert {c.origin for c in codings.values()} == {"import"}


GOOD = "aby_02,caseload,Ärendemängden var för hög\n"  # line 2: fine; line 3 is not


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("aby_02,caseload,not in the text\n", "line 3: quote not found"),
        ("aby_02,nocode,Ärendemängden\n", "line 3: unknown code"),
        ("nodoc,caseload,Ärendemängden\n", "line 3: "),
        ("aby_02,caseload,R:\n", "line 3: quote found 2 times"),
    ],
)
def test_a_bad_row_writes_nothing(project: Project, tmp_path: Path, row: str, message: str) -> None:
    path = _csv(tmp_path, "document,code,text\n" + GOOD + row)
    with pytest.raises(QualcodeError, match=message):
        project.import_quotes_csv(path, coder="karin")
    assert project.codings() == []


def test_missing_column_or_coder_is_one_line(project: Project, tmp_path: Path) -> None:
    with pytest.raises(QualcodeError, match="no column 'code'"):
        project.import_quotes_csv(_csv(tmp_path, "document,text\naby_02,Ärendemängden\n"))
    with pytest.raises(QualcodeError, match="line 2: no coder"):
        project.import_quotes_csv(_csv(tmp_path, "document,code,text\n" + GOOD))
    assert project.codings() == []

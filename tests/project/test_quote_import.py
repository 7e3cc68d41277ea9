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


def test_a_pseudonymised_export_read_back_says_why_and_what(tmp_path: Path) -> None:
    """A lead's codings export names each document through the pseudonym key
    ('Kommun_C_01.txt'); read back with that name in the document column it said only "no
    document 'Kommun_C_01.txt'" (words47). The line says it is a printed name and which
    export reads back; nothing is written, and a name that is nobody's gets no such word."""
    import csv

    from qualcode.errors import ValidationError

    with Project.create(tmp_path / "p.db") as p:
        p.apply_codebook(small_codebook())
        p.add_coder("lena", role="lead")
        p.act_as("lena")
        text = "Intervjuare: Hur?\nIP: Ärendemängden var för hög i Storfors.\n"
        doc = p.import_text("Storfors_01.txt", text, lang="sv").id
        p.set_pseudonym("Storfors", "Kommun C", "lena")
        coding = p.add_coding(doc, 22, 47, "caseload", "lena")
        out = p.export_codings(tmp_path / "codings.csv", viewer="lena")
        p.remove_coding(coding.id, actor="lena")
        with open(out, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        assert rows[0]["document_name"] == "Kommun_C_01.txt"
        sheet = _csv(tmp_path, f"document,code,text\nKommun_C_01.txt,caseload,{rows[0]['text']}\n")
        said = r"^quotes\.csv: line 2: no document 'Kommun_C_01\.txt': .*--real-names"
        with pytest.raises(ValidationError, match=said):
            p.import_quotes_csv(sheet, "lena")
        assert p.codings() == []
        nobody = _csv(tmp_path, "document,code,text\nKommun_D_01.txt,caseload,Ärendemängden\n")
        with pytest.raises(ValidationError) as raised:
            p.import_quotes_csv(nobody, "lena")
        assert str(raised.value).endswith("no document 'Kommun_D_01.txt'")

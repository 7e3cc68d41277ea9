"""An attribute name or value that reads as another but is not it is refused.

Reports count by attribute (municipality, role): 'municipalit\u0443' (a Cyrillic у),
'Municipality' or 'municipality' with a zero-width space went in beside 'municipality' as
a column of its own that printed as the first, and a role 'enhetsch\u0435f' or
'\u200benhetschef' as a second group of one look; the documents under it went missing
from every count by municipality or role, and nothing said so (red team 42). Now each is
refused in one line naming what it reads as, nothing written; a value that truly differs
('Enhetschef', another place) and a decomposed 'Åby' (stored composed, red team 36) go in
as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT
from tests.hostile.hostile_kit import refused_here, small_team

ALIKE = [
    "municipalit\u0443=Lund",  # a Cyrillic у
    "Municipality=Lund",
    "municipality\u200b=Lund",
    "munici\u200dpality=Lund",
    "role=enhetsch\u0435f",  # a Cyrillic е
    "role=\u200benhetschef",
    "role=enhetschef\u2060",  # a word joiner
]


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """aby_01 in Åby, by an enhetschef; a second interview to set attributes on."""
    path = tmp_path / "p.db"
    small_team(path)
    with Project.open(path) as p:
        p.act_as("lena")
        p.set_attributes("aby_01.txt", {"municipality": "Åby", "role": "enhetschef"}, "lena")
        p.import_text("aby_02.txt", SV_TEXT.replace("Åby", "Ekstad"), lang="sv")
    return path


@pytest.mark.parametrize("pair", ALIKE)
def test_docs_set_refuses_a_name_or_value_of_one_look(study: Path, pair: str) -> None:
    err = refused_here(study, "docs", "set", "aby_02.txt", pair, coder="lena")
    assert len(err.splitlines()) == 1, err
    assert "reads as" in err or "shows as nothing" in err, err
    with Project.open(study) as p:
        (doc,) = [d for d in p.documents() if d.name == "aby_02.txt"]
        assert doc.attributes == {}


@pytest.mark.parametrize("pair", ALIKE)
def test_an_import_refuses_it_too(study: Path, pair: str) -> None:
    key, value = pair.split("=")
    with Project.open(study) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError, match=r"reads as|shows as nothing"):
            p.import_text("aby_03.txt", SV_TEXT + "\nMer.", lang="sv", attributes={key: value})
        assert "aby_03.txt" not in [d.name for d in p.documents()]


@pytest.mark.parametrize(
    "pair", ["role=Enhetschef", "municipality=Ekstad", "municipality=A\u030aby", "kommun=Åby"]
)
def test_what_truly_differs_or_is_the_same_goes_in(study: Path, pair: str) -> None:
    key, value = pair.split("=")
    with Project.open(study) as p:
        p.act_as("lena")
        p.set_attributes("aby_02.txt", {key: value}, "lena")
        (doc,) = [d for d in p.documents() if d.name == "aby_02.txt"]
        assert doc.attributes[key] in (value, "Åby")


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("role=enhetsch\u0435f", "ser ut som 'enhetschef'"),
        ("Role=chef", "ser ut som 'role'"),
        ("role=\u200bchef", "har ett tecken som inte syns"),
        ("ro\u200ble=chef", "har ett tecken som inte syns"),
    ],
)
def test_the_swedish_interface_says_it_in_swedish(study: Path, line: str, words: str) -> None:
    # the TUI's attribute line (``A``) goes through edit_attributes and says the refusal
    # in its own language
    from qualcode.tui.catalog import Catalog
    from qualcode.tui.said import said

    with Project.open(study) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError) as refused:
            p.edit_attributes("aby_02.txt", line, "lena")
    assert words in said(refused.value, Catalog("sv"))


def test_two_of_one_look_from_before_can_be_set_right(study: Path) -> None:
    # written before the rule (straight into the file): 'enhetschеf' and 'municipalitу'
    # beside the plain ones; either is set as typed, so the lead can set each document right
    import sqlite3

    with Project.open(study) as p:
        doc = next(d.id for d in p.documents() if d.name == "aby_02.txt")
    with sqlite3.connect(study) as conn:
        conn.executemany(
            "INSERT INTO attributes (document_id, key, value) VALUES (?, ?, ?)",
            [(doc, "role", "enhetsch\u0435f"), (doc, "municipalit\u0443", "Ekstad")],
        )
    conn.close()
    with Project.open(study) as p:
        p.act_as("lena")
        p.set_attributes("aby_02.txt", {"municipalit\u0443": "Norrvik"}, "lena")
        p.set_attributes("aby_02.txt", {"role": "enhetschef", "municipality": "Ekstad"}, "lena")
        (doc_2,) = [d for d in p.documents() if d.name == "aby_02.txt"]
        assert doc_2.attributes["role"] == "enhetschef"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("municipality Åby", "skriv varje attribut som namn=värde"),
        ("role=chef; role=enhetschef", "'role' anges två gånger"),
        ("=Åby", "skriv varje attribut som namn=värde"),
        ("name=ip2", "'name' är något varje dokument har av sig självt"),
    ],
)
def test_the_attribute_lines_other_refusals_are_swedish_too(
    study: Path, line: str, words: str
) -> None:
    from qualcode.tui.catalog import Catalog
    from qualcode.tui.said import said

    with Project.open(study) as p:
        p.act_as("lena")
        with pytest.raises(ValidationError) as refused:
            p.edit_attributes("aby_02.txt", line, "lena")
    assert words in said(refused.value, Catalog("sv"))


def test_another_tools_variables_are_taken_as_they_are(tmp_path: Path) -> None:
    # a .qdpx from MAXQDA: its researcher cannot retype a variable inside that archive, so
    # a zero-width space in it does not refuse the whole project (it imported before)
    import zipfile

    from typer.testing import CliRunner

    from qualcode.cli import app

    path = tmp_path / "p.db"
    small_team(path)
    var = "12121212-1212-1212-1212-121212121212"
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        'name="x" origin="MAXQDA 24"><Variables>'
        f'<Variable guid="{var}" name="roll\u200b" typeOfVariable="Text"/></Variables>'
        '<Sources><TextSource guid="cccccccc-cccc-cccc-cccc-cccccccccccc" name="ip3.txt" '
        'plainTextPath="internal://ip3.txt">'
        f'<VariableValue><VariableRef targetGUID="{var}"/><TextValue>chef\u200b</TextValue>'
        "</VariableValue></TextSource></Sources></Project>"
    )
    qdpx = tmp_path / "maxqda.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/ip3.txt", SV_TEXT + "\nR: Och mer från MAXQDA.")
    env = {"QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": "lena"}
    done = CliRunner().invoke(app, ["-p", str(path), "import-qdpx", str(qdpx)], env=env)
    assert done.exit_code == 0, done.output
    with Project.open(path) as p:
        assert "ip3.txt" in [d.name for d in p.documents()]


def test_one_import_of_many_files_reads_each_against_the_last(tmp_path: Path) -> None:
    # the project's attributes are read once for an import of many files and kept up as
    # each is written: the second file, of one look with the first, is still refused
    path = tmp_path / "p.db"
    small_team(path)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ip1.txt").write_text(SV_TEXT + "\nR: Ett.", encoding="utf-8")
    (folder / "ip2.txt").write_text(SV_TEXT + "\nR: Två.", encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("file,enhet\nip1.txt,Öst\nip2.txt,\u00d6\u0455t\n", encoding="utf-8")
    with Project.open(path) as p:
        p.act_as("lena")
        report = p.import_files(
            [folder / "ip1.txt", folder / "ip2.txt"], lang="sv", attributes_csv=sheet
        )
    assert [d.name for d in report.imported] == ["ip1.txt"]
    ((name, why),) = report.failed
    assert name == "ip2.txt" and "reads as 'Öst'" in why


def test_a_sheet_of_many_rows_reads_each_against_the_last(study: Path, tmp_path: Path) -> None:
    # one sheet: its second row, of one look with its first, refuses the sheet whole
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "file,enhet\naby_01.txt,Öst\naby_02.txt,\u00d6\u0455t\n", encoding="utf-8"
    )  # a Cyrillic ѕ
    err = refused_here(study, "docs", "attributes", str(sheet), coder="lena")
    assert "reads as 'Öst'" in err, err

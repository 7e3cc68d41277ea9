"""An attribute named as a document's own column (red team, round 10).

An attributes sheet often has a column for the participant's id or name ("file;id;name;
municipality"), and ``--attr id=IP9`` reads naturally. The document's attributes were laid
over its own columns in the frames every report and summary is built from: an attribute
``id`` replaced the document's id, so its codings no longer met their document there and
fell under '?' in every table by municipality (Åby 50 codings where it had 51); ``name``
replaced the document's name with the participant's, ``words`` its word count. Such a name
is refused at every door a person types it at (the sheet's header, ``--attr``, the API) in
one line, nothing written; a .qdpx's variable of that name, which its researcher cannot
rename inside another tool's archive, is kept as ``NAME (variable)`` and the import says
so; and an attribute taken in before keeps its hands off the document's columns.
"""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import ValidationError
from tests.conftest import SV_TEXT, small_codebook
from tests.hostile.hostile_kit import refused_here

OWN = ["id", "name", "words", "imported_at"]


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.apply_codebook(small_codebook())
        project.add_coder("lena", role="lead")
    (tmp_path / "ip_01.txt").write_text(SV_TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("column", OWN)
def test_a_sheet_column_of_that_name_is_refused(tmp_path: Path, column: str) -> None:
    path = _project(tmp_path)
    sheet = tmp_path / "attributes.csv"
    sheet.write_text(f"file;{column};municipality\nip_01.txt;IP9;Åby\n", encoding="utf-8")
    err = refused_here(
        path, "import", str(tmp_path / "ip_01.txt"), "--attributes", str(sheet), coder="lena"
    )
    assert f"attributes.csv: line 1: column 2 '{column}' is what every document has" in err


def test_the_sheet_may_still_name_its_file_column_name(tmp_path: Path) -> None:
    path = _project(tmp_path)
    sheet = tmp_path / "attributes.csv"
    sheet.write_text("name;municipality;lang\nip_01.txt;Åby;sv\n", encoding="utf-8")
    with Project.open(path).act_as("lena") as lena:
        (doc,) = lena.import_files([tmp_path / "ip_01.txt"], attributes_csv=sheet).imported
        assert lena.document(doc.id).attributes == {"municipality": "Åby"}


@pytest.mark.parametrize("column", OWN)
def test_attr_refuses_it(tmp_path: Path, column: str) -> None:
    path = _project(tmp_path)
    doc = str(tmp_path / "ip_01.txt")
    err = refused_here(path, "import", doc, "--attr", f"{column}=IP9", coder="lena")
    assert "is what every document has of its own" in err


@pytest.mark.parametrize("column", [*OWN, "lang"])
def test_the_api_refuses_it(tmp_path: Path, column: str) -> None:
    with Project.open(_project(tmp_path)).act_as("lena") as lena:
        with pytest.raises(ValidationError, match="is what every document has of its own"):
            lena.import_text("ip_02.txt", SV_TEXT, lang="sv", attributes={column: "IP9"})
        doc = lena.import_text("ip_03.txt", SV_TEXT, lang="sv").id
        with pytest.raises(ValidationError, match="is what every document has of its own"):
            lena.set_attributes(doc, {column: "IP9"})
        assert lena.document(doc).attributes == {}


def test_an_attribute_taken_in_before_leaves_the_document_its_columns(tmp_path: Path) -> None:
    path = _project(tmp_path)
    with Project.open(path).act_as("lena") as lena:
        doc = lena.import_text("ip_01.txt", SV_TEXT, lang="sv", attributes={"role": "chef"}).id
        lena.add_coding(doc, 30, 80, "mission_dialogue", "lena")
    with sqlite3.connect(path) as conn:  # as a project from before the rule holds it
        conn.executemany(
            "INSERT INTO attributes (document_id, key, value) VALUES (?, ?, ?)",
            [(doc, "id", "IP9"), (doc, "name", "Anna Berg")],
        )
    with Project.open(path).act_as("lena") as lena:
        documents = lena.frames()["documents"]
        assert documents["id"].tolist() == [doc]
        assert documents["name"].tolist() == ["ip_01.txt"]
        table = lena.report_crosstab("role")
        assert "?" not in table.columns, table


def _qdpx_with_variable(path: Path, variable: str) -> Path:
    """A MAXQDA-like project: one text, one case variable called ``variable``."""
    var = "12121212-1212-1212-1212-121212121212"
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        'name="x" origin="MAXQDA 24"><Variables>'
        f'<Variable guid="{var}" name="{variable}" typeOfVariable="Text"/></Variables>'
        '<Sources><TextSource guid="cccccccc-cccc-cccc-cccc-cccccccccccc" name="ip3.txt" '
        'plainTextPath="internal://ip3.txt">'
        f'<VariableValue><VariableRef targetGUID="{var}"/><TextValue>IP3</TextValue>'
        "</VariableValue></TextSource></Sources></Project>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/ip3.txt", SV_TEXT)
    return path


def test_a_qdpx_variable_of_that_name_is_kept_under_another(tmp_path: Path) -> None:
    """Another tool's variable ``id`` no longer refuses the whole project: it is kept as
    ``id (variable)``, the document keeps its own id, and the CLI says what it did."""
    from typer.testing import CliRunner

    from qualcode.cli import app

    path = _project(tmp_path)
    qdpx = _qdpx_with_variable(tmp_path / "maxqda.qdpx", "id")
    env = {"QUALCODE_SEMANTIC": "off", "QUALCODE_CODER": "lena"}
    done = CliRunner().invoke(app, ["-p", str(path), "import-qdpx", str(qdpx)], env=env)
    assert done.exit_code == 0, done.output
    assert "ip3.txt: variable 'id' kept as 'id (variable)'" in done.output
    with Project.open(path) as project:
        (doc,) = project.documents()
        assert doc.attributes == {"id (variable)": "IP3"}
        frame = project.frames()["documents"]
        assert list(frame["id"]) == [doc.id]
        assert list(frame["id (variable)"]) == ["IP3"]

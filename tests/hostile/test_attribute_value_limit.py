"""Attribute values have a length: a value of ten thousand characters (a transcript pasted
into a spreadsheet's notes cell, a page as ``--attr notes=...``) was taken and then filled
the documents list's column, the CLI's tables and every export. Every door a document's
attributes enter by (the API's import and ``set_attributes``, ``import --attr``, an
attributes sheet, a .qdpx project's variables) now holds a value to ``MAX_VALUE``
characters and refuses a longer one in one short line naming the document, the attribute
and the limit, writing nothing. A value of exactly ``MAX_VALUE`` characters, line breaks
and all, is still taken. (Coder packages carry no attributes: a document travels in one
by id, name and content hash only.)"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.oneline import MAX_VALUE
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import counts, refused_here

TOO_LONG = "Åby " * (MAX_VALUE // 4) + "x"  # one character past the limit
LIMIT = f"a value may have at most {MAX_VALUE}"
NOTE = "R: Vi pratade om arbetsmiljön och om hur många ärenden var och en har.\n"


@pytest.fixture
def made(tmp_path: Path) -> Path:
    project, _ = team_project(tmp_path / "p.db")
    project.close()
    return tmp_path / "p.db"


def _one_line(line: str) -> None:
    assert len(line.splitlines()) == 1 and len(line) < 300, line
    assert "attribute 'notes'" in line and LIMIT in line, line


@pytest.mark.parametrize(
    "act",
    [
        lambda p: p.set_attributes("ip1.txt", {"notes": TOO_LONG}, actor="lena"),
        lambda p: p.import_text("ip2.txt", NOTE, lang="sv", attributes={"notes": TOO_LONG}),
    ],
    ids=["set_attributes", "import_text"],
)
def test_the_api_refuses_a_long_value_in_one_line(made: Path, act) -> None:
    assert len(TOO_LONG) == MAX_VALUE + 1
    before = counts(made)
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        with pytest.raises(QualcodeError) as caught:
            act(project)
    _one_line(str(caught.value))
    assert counts(made) == before


def test_a_value_of_exactly_the_limit_is_taken(made: Path) -> None:
    value = ("rad\n" * MAX_VALUE)[:MAX_VALUE]  # a notes cell may span lines
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        project.set_attributes("ip1.txt", {"notes": value}, actor="lena")
        assert project.document("ip1.txt").attributes["notes"] == value


def test_import_attr_refuses_a_long_value(made: Path, tmp_path: Path) -> None:
    note = tmp_path / "ip2.txt"
    note.write_text(NOTE, encoding="utf-8")
    got = refused_here(made, "import", str(note), "--attr", f"notes={TOO_LONG}", coder="lena")
    line = got.splitlines()[0]
    _one_line(line.removeprefix("error: "))
    assert "ip2.txt" in line


def test_an_attributes_sheet_with_a_long_value_is_refused(made: Path, tmp_path: Path) -> None:
    note = tmp_path / "ip2.txt"
    note.write_text(NOTE, encoding="utf-8")
    sheet = tmp_path / "attributes.csv"
    sheet.write_text(f'file,municipality,notes\nip2.txt,Åby,"{TOO_LONG}"\n', encoding="utf-8")
    got = refused_here(made, "import", str(note), "--attributes", str(sheet), coder="lena")
    line = got.splitlines()[0]
    _one_line(line.removeprefix("error: "))
    assert "ip2.txt" in line


def test_a_qdpx_with_a_long_variable_value_is_refused_whole(tmp_path: Path) -> None:
    """A real .qdpx written by qualcode, one variable's value made long in project.qde."""
    source, doc = team_project(tmp_path / "source.db", document=("ip1.txt", MISSION_TEXT))
    with source:
        source.act_as("lena", "lena")
        source.set_attributes(doc, {"notes": "kort anteckning"}, actor="lena")
        source.add_coding(doc, 0, 20, "mission", "lena")
        written = source.export_qdpx(tmp_path / "good.qdpx")
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(written) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "project.qde":
                text = data.decode("utf-8")
                assert ">kort anteckning<" in text
                data = text.replace(">kort anteckning<", f">{TOO_LONG}<").encode("utf-8")
            zout.writestr(info, data)
    target = tmp_path / "target.db"
    Project.create(target).close()
    line = refused_here(target, "import-qdpx", str(bad)).splitlines()[0]
    assert "bad.qdpx" in line
    _one_line(line.removeprefix("error: "))
    assert counts(target)["documents"] == 0

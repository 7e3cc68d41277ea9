"""Names that must stand on one line (issue 11): a code's display names, its definition's
first line (and the rest), a codebook's title and attribute names refuse line breaks and
control characters where they enter: codebook files, `codebook add` and `edit`, the
attributes sheet and the Python API. Each refusal is one line, exit 1, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.codebook import parse_codebook
from qualcode.errors import CodebookError, ValidationError
from tests.hostile.hostile_kit import counts, qualcode, refused, refused_here

# what a hostile or careless name may hold: each one is refused in a name
BAD_IN_NAMES = {
    "line-feed": "Uppdrag\nsdialog",
    "carriage-return": "Uppdrag\rsdialog",
    "crlf": "Uppdrag\r\nsdialog",
    "tab": "Uppdrag\tsdialog",
    "escape": "Uppdrag\x1b[2J\x1b[31msdialog",
    "title-sequence": "a\x1b]0;retitled\x07b",
    "bell": "Uppdrag\x07",
    "nul": "Upp\x00drag",
    "next-line": "Uppdrag\x85sdialog",
    "line-separator": "Uppdrag\u2028sdialog",
    "paragraph-separator": "Uppdrag\u2029sdialog",
    "right-to-left-override": "Uppdrag\u202egolaid",
    "isolate": "Uppdrag\u2066x\u2069",
    "delete": "Uppdrag\x7f",
    "c1-csi": "Uppdrag\x9b31m",
}
# a definition may run over lines and hold tabs, but no other control character
BAD_IN_TEXTS = {k: v for k, v in BAD_IN_NAMES.items() if k not in ("line-feed", "crlf", "tab")}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    with Project.create(path) as made:
        made.add_coder("lena", role="lead")  # this login leads it (the creator)
        made.add_coder("karin")
        made.add_code("mission", {"sv": "Uppdrag"}, {"sv": "Rad ett.\nRad två."})
    return path


def _yaml(name: str, definition: str = "En definition.", title: str = "Bok") -> str:
    # JSON strings are YAML strings: every character written as an escape
    return (
        f"codebook: {json.dumps(title)}\ncodes:\n  - key: fresh\n"
        f"    name: {{sv: {json.dumps(name)}}}\n    definition: {{sv: {json.dumps(definition)}}}\n"
    )


@pytest.mark.parametrize("bad", list(BAD_IN_NAMES.values()), ids=list(BAD_IN_NAMES))
def test_a_codebook_file_with_such_a_name_is_refused(
    project: Path, tmp_path: Path, bad: str
) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(_yaml(bad), encoding="utf-8")
    line = refused_here(project, "codebook", "load", str(book), coder="lena").splitlines()[0]
    assert "'fresh'" in line and "name" in line and "U+" in line


@pytest.mark.parametrize("bad", list(BAD_IN_TEXTS.values()), ids=list(BAD_IN_TEXTS))
def test_a_definition_with_a_control_character_is_refused(
    project: Path, tmp_path: Path, bad: str
) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(_yaml("Ny kod", definition=bad), encoding="utf-8")
    line = refused_here(project, "codebook", "load", str(book), coder="lena").splitlines()[0]
    assert "definitions" in line and "U+" in line


def test_a_definition_may_run_over_lines_and_hold_tabs(project: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(_yaml("Ny kod", definition="Rad ett.\n\tRad två.\r\nRad tre."), "utf-8")
    assert qualcode(project, "codebook", "load", str(book), coder="lena").status == 0


@pytest.mark.parametrize("bad", ["Bok\nTvå", "Bok\x1b[31m", "Bok\u202e"])
def test_a_codebook_title_with_a_line_break_or_control_character_is_refused(
    project: Path, tmp_path: Path, bad: str
) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(_yaml("Ny kod", title=bad), encoding="utf-8")
    assert "title" in refused_here(project, "codebook", "load", str(book), coder="lena")


ON_COMMAND_LINE = {k: v for k, v in BAD_IN_NAMES.items() if "\x00" not in v}  # argv: no NUL


@pytest.mark.parametrize("bad", list(ON_COMMAND_LINE.values()), ids=list(ON_COMMAND_LINE))
def test_codebook_add_and_edit_refuse_such_a_name(project: Path, bad: str) -> None:
    refused_here(project, "codebook", "add", "fresh", "--name-sv", bad, coder="lena")
    refused_here(project, "codebook", "edit", "mission", "--name-en", bad, coder="lena")
    assert Project.open(project).act_as("lena").codebook()[0].names == {"sv": "Uppdrag"}


def test_a_whole_process_refuses_them_the_same_way(project: Path) -> None:
    """The cases above run the CLI in this process; a real ``python -m qualcode`` (argv
    through the operating system, within the CPU and memory bounds) refuses alike."""
    for bad in (BAD_IN_NAMES["escape"], BAD_IN_NAMES["c1-csi"]):
        line = refused(project, "codebook", "add", "fresh", "--name-sv", bad, coder="lena")
        assert "U+" in line.splitlines()[0]


@pytest.mark.parametrize("bad", ["Def\x1b[8m", "Def\x07", "De\u2028f"])
def test_codebook_edit_refuses_a_control_character_in_a_definition(project: Path, bad: str) -> None:
    refused_here(project, "codebook", "edit", "mission", "--definition-sv", bad, coder="lena")


@pytest.mark.parametrize(
    "header", ['"kom\nmun"', '"kom\rmun"', "kom\x1b[31mmun", '"kom\tmun"', "kom\u202emun"]
)
def test_an_attributes_sheet_with_such_a_column_name_is_refused(
    project: Path, tmp_path: Path, header: str
) -> None:
    note = tmp_path / "ip1.txt"
    note.write_text("R: Vi pratade om arbetsmiljön.\n", encoding="utf-8")
    sheet = tmp_path / "attributes.csv"
    sheet.write_text(f"file,{header}\nip1.txt,Åby\n", encoding="utf-8", newline="")
    line = refused_here(project, "import", str(note), "--attributes", str(sheet), coder="lena")
    # ESC: the sheet is already refused as binary data; the rest name the column
    assert "attributes.csv" in line and ("column 2" in line or "control character" in line)


def test_the_python_api_refuses_them_too_and_writes_nothing(project: Path) -> None:
    with Project.open(project) as made:
        before = counts(project)
        with pytest.raises(CodebookError, match="U\\+000A"):
            made.add_code("fresh", {"sv": "a\nb"})
        with pytest.raises(CodebookError, match="U\\+001B"):
            made.update_code("mission", definitions={"sv": "x\x1b[2Jy"})
        doc = made.import_text("ip2.txt", "R: Vi pratade.\n", lang="sv").id
        after_import = counts(project)
        with pytest.raises(ValidationError, match="attribute"):
            made.set_attributes(doc, {"kom\nmun": "Åby"})
        with pytest.raises(ValidationError, match="attribute"):
            made.import_text("ip3.txt", "R: Annat.\n", lang="sv", attributes={"a\tb": "x"})
        assert counts(project) == after_import
        assert after_import["documents"] == before["documents"] + 1


def test_parse_then_apply_of_a_hostile_codebook_writes_nothing(project: Path) -> None:
    book = parse_codebook(_yaml("a\x1b]0;x\x07"), "book.yaml")  # the parser reads it ...
    with Project.open(project) as made:
        before = counts(project)
        with pytest.raises(CodebookError, match=r"book\.yaml: code 'fresh'"):
            made.apply_codebook(book, source="book.yaml")  # ... the service refuses it
        assert counts(project) == before

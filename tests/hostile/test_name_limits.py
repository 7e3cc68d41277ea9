"""Names have a length (limits2, item 1): a code's, a codebook's, a document's, an
attribute's, a coder's or a pseudonym of ten thousand characters was taken and then pushed
every other column off the TUI's tables and filled a report's heading. Every way a name
enters (the API, the CLI, codebook files, attribute sheets, .qdpx projects, coder
packages) now holds it to ``MAX_NAME`` characters on one line, and refuses it in one short
line naming the field and the limit, writing nothing. A name of exactly ``MAX_NAME``
characters is still taken."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from qualcode import Project
from qualcode.errors import QualcodeError
from qualcode.oneline import MAX_NAME
from tests.conftest import MISSION_TEXT, team_project
from tests.hostile.hostile_kit import counts, refused, refused_here

LONG = "Uppdragsdialog " * 700  # 10,500 characters, no line break
TOO_LONG = "x" * (MAX_NAME + 1)
LIMIT = f"at most {MAX_NAME}"


@pytest.fixture
def made(tmp_path: Path) -> Path:
    project, _ = team_project(tmp_path / "p.db")
    project.close()
    return tmp_path / "p.db"


def _refused_by_api(
    path: Path, act: Callable[[Project], object], field: str, limit: str = LIMIT
) -> str:
    """``act(project)`` raises one short line naming ``field`` and ``limit``; nothing is
    written."""
    before = counts(path)
    with Project.open(path) as project:
        project.act_as("lena", "lena")
        with pytest.raises(QualcodeError) as caught:
            act(project)
    line = str(caught.value)
    assert len(line.splitlines()) == 1 and len(line) < 300, line
    assert field in line and limit in line, line
    assert counts(path) == before
    return line


@pytest.mark.parametrize("name", [LONG.strip(), TOO_LONG])
@pytest.mark.parametrize(
    ("field", "act"),
    [
        ("coder name", lambda p, n: p.add_coder(n)),
        ("field 'name' (sv)", lambda p, n: p.add_code("fresh", {"sv": n})),
        ("field 'name' (en)", lambda p, n: p.update_code("mission", names={"en": n})),
        ("field 'name' (sv)", lambda p, n: p.rename_code("mission", names={"sv": n})),
        ("document name", lambda p, n: p.import_text(n, "R: Ett annat samtal.\n", lang="sv")),
        ("attribute", lambda p, n: p.set_attributes("ip1.txt", {n: "Åby"})),
        ("pseudonym", lambda p, n: p.set_pseudonym("Elin", n, "lena")),
        ("real name", lambda p, n: p.set_pseudonym(n, "IP9", "lena")),
        ("field 'name' (sv)", lambda p, n: p.create_theme(n, "lena")),
    ],
    ids=["coder", "code", "edit", "rename", "document", "attribute", "pseudonym", "real", "theme"],
)
def test_the_api_refuses_a_long_name_in_one_line(made: Path, field: str, act, name: str) -> None:
    _refused_by_api(made, lambda p: act(p, name), field)


def test_a_coder_proposing_a_long_code_name_is_refused(made: Path) -> None:
    before = counts(made)
    with Project.open(made) as project:
        project.act_as("karin", "karin")
        with pytest.raises(QualcodeError, match=LIMIT):
            project.propose_code("ip1.txt", 0, 10, LONG, "karin")
    assert counts(made) == before


def test_a_name_of_exactly_the_limit_is_taken(made: Path) -> None:
    name = "n" * MAX_NAME
    with Project.open(made) as project:
        project.act_as("lena", "lena")
        project.add_coder(name)
        project.add_code("fresh", {"sv": name})
        project.set_attributes("ip1.txt", {name: "Åby"})
        assert project.coder(name).name == name
        assert project.code("fresh").names["sv"] == name


def test_rename_refuses_a_line_break_in_a_name(made: Path) -> None:
    """``rename_code`` set names without the one-line check add and edit made."""
    rename = lambda p: p.rename_code("mission", names={"sv": "a\nb"})  # noqa: E731
    _refused_by_api(made, rename, "(sv)", "U+000A")


def test_the_cli_refuses_long_names_in_one_line(made: Path, tmp_path: Path) -> None:
    note = tmp_path / "ip2.txt"
    note.write_text("R: Vi pratade om arbetsmiljön.\n", encoding="utf-8")
    for args in (
        ("coder", "add", TOO_LONG),
        ("codebook", "add", "fresh", "--name-sv", TOO_LONG),
        ("codebook", "rename", "mission", "--name-en", TOO_LONG),
        ("pseudonym", "set", "Elin", TOO_LONG),
        ("import", str(note), "--attr", f"{TOO_LONG}=Åby"),
    ):
        line = refused_here(made, *args, coder="lena").splitlines()[0]
        assert LIMIT in line and len(line) < 300, line


def test_a_whole_process_refuses_a_long_code_name(made: Path) -> None:
    line = refused(made, "codebook", "add", "fresh", "--name-sv", LONG, coder="lena")
    assert LIMIT in line.splitlines()[0]


def test_a_codebook_file_with_a_long_name_is_refused_whole(made: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(
        "codebook: Bok\ncodes:\n"
        "  - key: first\n    name: {sv: Första}\n"
        f"  - key: second\n    name: {{sv: {json.dumps(LONG)}}}\n",
        encoding="utf-8",
    )
    line = refused_here(made, "codebook", "load", str(book), coder="lena").splitlines()[0]
    assert "book.yaml" in line and "'second'" in line and LIMIT in line


def test_a_codebook_file_with_a_long_title_is_refused(made: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(
        f"codebook: {json.dumps(LONG)}\ncodes:\n  - key: first\n    name: {{sv: Första}}\n",
        encoding="utf-8",
    )
    line = refused_here(made, "codebook", "load", str(book), coder="lena").splitlines()[0]
    assert "title" in line and LIMIT in line


def test_a_spreadsheet_codebook_with_a_long_name_is_refused(made: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "book.csv"
    sheet.write_text(f"key,name\nfirst,Första\nsecond,{TOO_LONG}\n", encoding="utf-8")
    line = refused_here(made, "codebook", "load", str(sheet), coder="lena").splitlines()[0]
    assert "'second'" in line and LIMIT in line


def test_an_attributes_sheet_with_a_long_column_is_refused(made: Path, tmp_path: Path) -> None:
    note = tmp_path / "ip2.txt"
    note.write_text("R: Vi pratade om arbetsmiljön.\n", encoding="utf-8")
    sheet = tmp_path / "attributes.csv"
    sheet.write_text(f"file,{TOO_LONG}\nip2.txt,Åby\n", encoding="utf-8")
    line = refused_here(made, "import", str(note), "--attributes", str(sheet), coder="lena")
    assert "attributes.csv" in line and "column 2" in line and LIMIT in line


def _qdpx_with(tmp_path: Path, old: str, new: str, foreign: bool = False) -> Path:
    """A real .qdpx written by qualcode, with one name in project.qde replaced (``foreign``:
    without qualcode's own members, as another tool writes it)."""
    source, doc = team_project(tmp_path / "source.db", document=("ip1.txt", MISSION_TEXT))
    with source:
        source.act_as("lena", "lena")
        source.add_coding(doc, 0, 20, "mission", "lena")
        written = source.export_qdpx(tmp_path / "good.qdpx")
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(written) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            if foreign and info.filename.startswith("qualcode/"):
                continue
            data = zin.read(info)
            if info.filename == "project.qde":
                text = data.decode("utf-8")
                assert f'name="{old}"' in text
                data = text.replace(f'name="{old}"', f'name="{new}"').encode("utf-8")
            zout.writestr(info, data)
    return bad


@pytest.mark.parametrize(("old", "field"), [("ip1.txt", "document name"), ("lena", "user")])
def test_a_qdpx_with_a_long_name_is_refused_whole(tmp_path: Path, old: str, field: str) -> None:
    bad = _qdpx_with(tmp_path, old, TOO_LONG)
    target = tmp_path / "target.db"
    Project.create(target).close()
    line = refused_here(target, "import-qdpx", str(bad)).splitlines()[0]
    assert "bad.qdpx" in line and field in line and LIMIT in line
    assert counts(target)["documents"] == 0


def test_a_qdpx_with_a_line_break_in_a_source_name_is_refused(tmp_path: Path) -> None:
    bad = _qdpx_with(tmp_path, "ip1.txt", "ip1&#10;txt")
    target = tmp_path / "target.db"
    Project.create(target).close()
    line = refused_here(target, "import-qdpx", str(bad)).splitlines()[0]
    assert "bad.qdpx" in line and "document name" in line


def test_a_package_with_a_long_coder_name_is_refused(made: Path, tmp_path: Path) -> None:
    with Project.open(made) as project:
        project.act_as("karin", "karin")
        package = project.export_coder("karin", tmp_path / "karin.json")
    data = json.loads(Path(package).read_text(encoding="utf-8"))
    data["coder"] = {**data["coder"], "id": "0" * 32, "name": TOO_LONG}
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data), encoding="utf-8")
    line = refused_here(made, "merge", str(forged), coder="lena").splitlines()[0]
    assert "forged.json" in line and "coder name" in line and LIMIT in line


def test_a_qdpx_of_another_tool_with_a_long_code_name_is_refused(tmp_path: Path) -> None:
    bad = _qdpx_with(tmp_path, "Uppdrag", "Lång " * 100, foreign=True)
    target = tmp_path / "target.db"
    Project.create(target).close()
    line = refused_here(target, "import-qdpx", str(bad)).splitlines()[0]
    assert "bad.qdpx: code 'lang_lang" in line and "field 'name' (en)" in line and LIMIT in line

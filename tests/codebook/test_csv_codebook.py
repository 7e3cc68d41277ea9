"""A codebook from a researcher's spreadsheet saved as CSV: Swedish Excel (cp1252,
semicolons) and UTF-8 with commas, columns per language, examples one a line, parents by
key or name; formula-looking cells stay text; every bad row refused in one line, nothing
written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.codebook.csv_io import read_codebook_csv
from qualcode.errors import CodebookError

SWEDISH = (
    "Kod;Namn (sv);Name (en);Definition;Inklusionskriterier;Exklusionskriterier;Exempel;"
    "Överordnad\r\n"
    "samverkan;Samverkan;Collaboration;Arbete över gränser;När flera aktörer möts;"
    'Inte inom en enhet;"- Vi träffas varje vecka.\r\n- Vi har gemensamma möten.";\r\n'
    'politik;Politisk styrning;Political steering;=HYPERLINK("http://x");+46 70 123;'
    "@SUMMA(A1);;Samverkan\r\n"
)
ENGLISH = (
    "key,name,name_sv,definition,definition (sv),inclusion,exclusion,examples,keywords,parent\n"
    "caseload,Caseload,Ärendemängd,Talk about the number of cases,Tal om antalet ärenden,"
    'Counts or burden,Staffing only,"Too many cases.\nWe cannot keep up.","cases; load",\n'
    "overtime,Overtime,Övertid,Hours beyond the contract,,,,,,caseload\n"
)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "cb.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_swedish_excel_csv(tmp_path: Path) -> None:
    book = read_codebook_csv(_write(tmp_path, SWEDISH, "cp1252"))
    first, second = book.codes
    assert first.key == "samverkan" and first.names == {"sv": "Samverkan", "en": "Collaboration"}
    assert first.definitions == {"sv": "Arbete över gränser"}  # Swedish headers: sv
    assert first.examples == {"sv": ("Vi träffas varje vecka.", "Vi har gemensamma möten.")}
    assert second.parent == "samverkan"  # named by its name in the file
    # formula-looking cells are text, as written, never evaluated or dropped
    assert second.definitions["sv"] == '=HYPERLINK("http://x")'
    assert second.inclusion["sv"] == "+46 70 123" and second.exclusion["sv"] == "@SUMMA(A1)"


def test_an_english_utf8_csv_with_a_mark(tmp_path: Path) -> None:
    book = read_codebook_csv(_write(tmp_path, ENGLISH, "utf-8-sig"))
    caseload, overtime = book.codes
    assert caseload.names == {"en": "Caseload", "sv": "Ärendemängd"}
    assert caseload.definitions == {
        "en": "Talk about the number of cases",
        "sv": "Tal om antalet ärenden",
    }
    assert caseload.examples == {"en": ("Too many cases.", "We cannot keep up.")}
    assert caseload.keywords == {"en": ("cases", "load")}
    assert overtime.parent == "caseload" and overtime.inclusion == {}


def test_lang_says_what_unmarked_columns_are_and_keys_come_from_names(tmp_path: Path) -> None:
    path = _write(tmp_path, "name,definition\nFrån monolog till dialog,Om uppdraget\n")
    (code,) = read_codebook_csv(path, lang="sv").codes
    assert code.key == "fran_monolog_till_dialog"
    assert code.names == {"sv": "Från monolog till dialog"}
    assert code.definitions == {"sv": "Om uppdraget"}


def test_loaded_into_a_project_and_read_back(project: Project, tmp_path: Path) -> None:
    path = _write(tmp_path, SWEDISH, "cp1252")
    project.close()
    runner = CliRunner()
    db = str(project.store.path)
    result = runner.invoke(app, ["-p", db, "codebook", "load", str(path), "--coder", "lena"])
    assert result.exit_code == 0, result.output
    assert "2 created" in result.output
    out = tmp_path / "back.yaml"
    result = runner.invoke(app, ["-p", db, "codebook", "export", str(out), "--coder", "lena"])
    assert result.exit_code == 0, result.output
    codes = {c["key"]: c for c in yaml.safe_load(out.read_text("utf-8"))["codes"]}
    assert codes["politik"]["parent"] == "samverkan"
    assert codes["politik"]["definition"]["sv"] == '=HYPERLINK("http://x")'
    assert codes["samverkan"]["examples"]["sv"] == [
        "Vi träffas varje vecka.",
        "Vi har gemensamma möten.",
    ]
    with Project.open(db) as again:  # loading it twice changes nothing
        report = again.load_codebook(path)
        assert report.created == [] and sorted(report.unchanged) == ["politik", "samverkan"]


HEADER = "key,name,parent,color,shortcut\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEADER + "a,A,,,\na,B,,,\n", "line 3: code 'a' is also on line 2"),
        (HEADER + "Bad Key,A,,,\n", "line 2: key 'Bad Key' must be lower-case"),
        (HEADER + ",,,#123456,\n", "line 2: the code has neither a key nor a name"),
        (HEADER + "a,A,b,,\nb,B,a,,\n", "line 2: code 'a': parents form a cycle"),
        (HEADER + "a,A,,red,\n", "line 2: code 'a': field 'color' must be a hex colour"),
        (HEADER + "a,A,,,1\nb,B,,,1\n", "line 3: shortcut '1' is also the shortcut of code 'a'"),
        (HEADER + "a,A,Nobody Here,,\n", "line 2: parent 'Nobody Here' is neither a code"),
        (HEADER + "a,A,a,,\n", "line 2: code 'a' is its own parent"),
        (HEADER + "a,A,,,,extra\n", "line 2: 6 cells but 5 columns"),
        (HEADER + 'a,"A,,,\n', "malformed CSV"),
        ("\n\n", "the file is empty"),
        (HEADER, "no codes under the header"),
        ("definition,examples\nx,y\n", "no column for the code's name or key"),
        ("name,namn,key\nA,B,a\n", "column 2 ('namn') repeats column 1"),
        (HEADER + "a,A,,,xy\n", "field 'shortcut' must be one character"),
    ],
)
def test_bad_rows_are_refused_in_one_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CodebookError, match=re.escape(message)) as caught:
        read_codebook_csv(_write(tmp_path, text), lang="en")
    assert "\n" not in str(caught.value) and str(caught.value).startswith("cb.csv: ")


def test_a_bad_file_writes_nothing_and_says_one_line(project: Project, tmp_path: Path) -> None:
    before = [c.key for c in project.codebook()]
    db = str(project.store.path)
    project.close()
    path = _write(tmp_path, HEADER + "fine,Fine,,,\nBad Key,B,,,\n")
    result = CliRunner().invoke(app, ["-p", db, "codebook", "load", str(path), "--coder", "lena"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "line 3" in result.output
    unknown = _write(tmp_path, HEADER + "fine,Fine,somewhere_else,,\n", name="u.csv")
    result = CliRunner().invoke(
        app, ["-p", db, "codebook", "load", str(unknown), "--coder", "lena"]
    )
    assert result.exit_code == 1 and "unknown code 'somewhere_else'" in result.output
    bad_lang = CliRunner().invoke(
        app, ["-p", db, "codebook", "load", str(path), "--lang", "de", "--coder", "lena"]
    )
    assert bad_lang.exit_code == 1 and "--lang 'de'" in bad_lang.output
    with Project.open(db) as again:
        assert [c.key for c in again.codebook()] == before


def test_a_parent_already_in_the_project(project: Project, tmp_path: Path) -> None:
    path = _write(tmp_path, "key,name,parent\nworkload,Workload,integration\n")
    report = project.load_codebook(path)
    assert report.created == ["workload"]
    codes = {c.key: c for c in project.codebook()}
    assert codes["workload"].parent_id == codes["integration"].id

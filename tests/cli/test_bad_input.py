"""Bad input through the real CLI: one line on stderr, exit status 1, nothing written.

Every case builds its real bad file, runs the command with ``CliRunner`` on a project on
disk, and compares what the project holds before and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.cli import app
from tests.cli.cli_kit import counts, fails, ok, runner, written
from tests.conftest import SV_TEXT

# -- import ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: the file is empty"),
        ("blank.txt", b" \n\t\n", "blank.txt: the file is empty (only whitespace)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, "photo.txt: binary data"),
        ("broken.docx", b"PK\x03\x04 truncated", "broken.docx: not a readable .docx"),
        ("broken.odt", b"garbage", "broken.odt: not a readable .odt"),
        ("broken.pdf", b"%PDF-1.7\n garbage", "broken.pdf: not a readable PDF"),
        ("notes.pages", b"hello", "notes.pages: a Pages document is not read; open it in Word"),
        ("plan.doc", b"\xd0\xcf\x11\xe0", "plan.doc: an old Word document (.doc) is not read"),
        ("notes.xyz", b"hello", "notes.xyz: unsupported file type .xyz; use .docx"),
    ],
)
def test_import_of_a_bad_file(
    proj: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    before = counts(proj)
    assert fails(proj, "import", str(written(tmp_path, name, content))).startswith(message)
    assert counts(proj) == before


def test_import_of_a_missing_file(proj: Path, tmp_path: Path) -> None:
    before = counts(proj)
    assert fails(proj, "import", str(tmp_path / "gone.txt")).startswith("gone.txt: no such file")
    assert counts(proj) == before


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("latin-1", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-le", b"")],
)
def test_import_in_other_encodings_keeps_swedish_letters(
    proj: Path, tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = "I: Hur är läget?\nR: Ärendemängden ökar på Åby.\n"
    path = written(tmp_path, "windows.txt", bom + text.encode(encoding))
    ok(proj, "import", str(path))
    shown = ok(proj, "docs", "show", "windows")
    assert "Ärendemängden ökar på Åby." in shown


def test_many_files_one_bad(proj: Path, tmp_path: Path) -> None:
    good_a = written(tmp_path, "ekstad_01.txt", "R: Budgeten styr allt här.\n".encode())
    bad = tmp_path / "ekstad_02.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    good_b = written(tmp_path, "ekstad_03.txt", "R: Vi har långsiktiga planer.\n".encode("cp1252"))
    before = counts(proj)
    result = runner.invoke(app, ["-p", str(proj), "import", str(good_a), str(bad), str(good_b)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: ekstad_02.docx: not a readable .docx")
    names = ok(proj, "docs", "list", "--format", "csv")
    assert "ekstad_01.txt" in names and "ekstad_03.txt" in names
    assert "ekstad_02" not in names
    assert counts(proj)["documents"] == before["documents"] + 2


def test_reimport_is_refused(proj: Path, tmp_path: Path) -> None:
    copy = written(tmp_path, "copy_of_aby.txt", SV_TEXT.encode())
    before = counts(proj)
    message = fails(proj, "import", str(copy))
    assert "same content as 'aby_01.txt'" in message
    assert counts(proj) == before


@pytest.mark.parametrize("attr", ["municipality", "=Åby", "  =x"])
def test_attr_without_equals(proj: Path, tmp_path: Path, attr: str) -> None:
    path = written(tmp_path, "new.txt", b"R: Hej.\n")
    before = counts(proj)
    assert "write it as KEY=VALUE" in fails(proj, "import", str(path), "--attr", attr)
    assert counts(proj) == before


# -- the command line itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "abc", "--end", "10"], "Invalid value for '--start'"),
        (["--start", "1.5", "--end", "10"], "Invalid value for '--start'"),
        (["--start", "0", "--end", "ten"], "Invalid value for '--end'"),
    ],
)
def test_non_integer_offsets(proj: Path, args: list[str], message: str) -> None:
    before = counts(proj)
    line = fails(
        proj, "code", "add", "--doc", "aby_01", *args, "--code", "mission", "--coder", "karin"
    )
    assert line.startswith("qualcode code add: ") and message in line
    assert counts(proj) == before


def test_missing_option_and_unknown_command(proj: Path) -> None:
    assert "say who you are with --coder" in fails(
        proj, "code", "add", "--doc", "aby_01", "--start", "0", "--end", "5", "--code", "mission"
    )
    assert "Missing option '--doc'" in fails(
        proj, "code", "add", "--start", "0", "--end", "5", "--code", "mission", "--coder", "karin"
    )
    assert "No such command 'imprt'" in fails(proj, "imprt", "x.txt")
    assert "'xml' is not one of" in fails(proj, "docs", "list", "--format", "xml")


def test_help_is_no_error(proj: Path) -> None:
    result = runner.invoke(app, ["-p", str(proj), "code", "add", "--help"])
    assert result.exit_code == 0 and "--start" in result.stdout


# -- the attributes sheet ----------------------------------------------------------------


def test_attributes_sheet_in_cp1252_with_semicolons(proj: Path, tmp_path: Path) -> None:
    path = written(tmp_path, "norrvik_01.txt", b"R: Vi pratar om uppdraget.\n")
    sheet = written(tmp_path, "attr.csv", "fil;kommun\nnorrvik_01.txt;Norrvik Å\n".encode("cp1252"))
    ok(proj, "import", str(path), "--attributes", str(sheet))
    assert '"kommun": "Norrvik Å"' in ok(proj, "docs", "show", "norrvik_01", "--format", "json")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"file,role\nsomeone_else.txt,chef\n",
            "new.txt: no row for it in attr.csv (column 'file')",
        ),
        (b"role\nchef\n", "attr.csv: line 1: needs a column of file names"),
        (b"file,role\nnew.txt,chef,extra\n", "attr.csv: line 2: 3 cells but the header has 2"),
        (b"\xff\xfe\x00\xd8" * 30, "attr.csv: "),
    ],
)
def test_bad_attributes_sheet(proj: Path, tmp_path: Path, content: bytes, message: str) -> None:
    path = written(tmp_path, "new.txt", b"R: Vi har en ny budget.\n")
    sheet = written(tmp_path, "attr.csv", content)
    before = counts(proj)
    assert fails(proj, "import", str(path), "--attributes", str(sheet)).startswith(message)
    assert counts(proj) == before


def test_unknown_language_option(proj: Path, tmp_path: Path) -> None:
    path = written(tmp_path, "new.txt", b"R: Hej.\n")
    before = counts(proj)
    assert fails(proj, "import", str(path), "--lang", "de") == (
        "unknown language 'de'; use sv, en or auto"
    )
    assert counts(proj) == before


# -- codings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "start", "end", "code", "coder", "message"),
    [
        ("aby_01", "-1", "10", "mission", "karin", "a start cannot be negative"),
        ("aby_01", "0", "99999", "mission", "karin", "99999 is past its end"),
        ("aby_01", "10", "10", "mission", "karin", "empty span 10-10"),
        ("aby_01", "20", "10", "mission", "karin", "empty span 20-10"),
        ("aby_01", "0", "10", "nonesuch", "karin", "unknown code 'nonesuch'"),
        ("aby_01", "0", "10", "mission", "nobody", "unknown coder 'nobody'"),
        ("ekstad", "0", "10", "mission", "karin", "no document 'ekstad'"),
        ("aby", "0", "10", "mission", "karin", "document 'aby' matches several documents"),
    ],
)
def test_bad_coding_writes_nothing(
    proj: Path, doc: str, start: str, end: str, code: str, coder: str, message: str
) -> None:
    before = counts(proj)
    line = fails(
        proj, "code", "add", "--doc", doc, "--start", start, "--end", end,
        "--code", code, "--coder", coder,
    )  # fmt: skip
    assert message in line
    assert counts(proj) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["code", "list", "--coder", "nobody"], "unknown coder 'nobody'"),
        (["code", "list", "--code", "nonesuch"], "unknown code 'nonesuch'"),
        (["code", "list", "--doc", "ekstad"], "no document 'ekstad'"),
        (["docs", "show", "aby"], "matches several documents: aby_01.txt, aby_02.txt"),
        (["code", "remove", "ffffffff"], "no coding 'ffffffff'"),
        (["status", "aby_01", "finished", "--coder", "karin"], "unknown status 'finished'"),
        (["export-coder", "--coder", "nobody", "-o", "x.json"], "unknown coder 'nobody'"),
    ],
)
def test_unknown_names(proj: Path, args: list[str], message: str) -> None:
    before = counts(proj)
    assert message in fails(proj, *args)
    assert counts(proj) == before

"""One convention in every output a script or a reader sees (issue 15, item 8).

Every listing takes --format table|json|jsonl|csv; an empty CSV still has its header; a
document has one name everywhere; piped tables keep whole rows; an exported codebook keeps
its title; counts agree with their nouns in both languages; undefined is said, not `nan`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import string
import typing
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.cli.output import Format, plural
from qualcode.tui.catalog import Catalog
from tests.cli.cli_kit import CODEBOOK, code_add, ok
from tests.conftest import SV_TEXT

FORMATS = {"table", "json", "jsonl", "csv"}
# a listing prints rows; `docs show` prints one document (text or json) and is no listing
NOT_LISTINGS = {("docs", "show")}


def commands(
    group: object = None, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], object]]:
    """Every leaf command of the CLI with its words."""
    import typer

    group = group or typer.main.get_command(app)
    if not hasattr(group, "list_commands"):
        return [(path, group)]
    found = []
    for name in group.list_commands(None):  # type: ignore[attr-defined]
        found += commands(group.get_command(None, name), (*path, name))  # type: ignore[attr-defined]
    return found


def test_every_listing_takes_the_four_formats() -> None:
    listings = []
    for words, command in commands():
        fmt = [p for p in command.params if p.name == "fmt"]  # type: ignore[attr-defined]
        if not fmt or words in NOT_LISTINGS:
            continue
        listings.append(words)
        assert fmt[0].opts == ["--format", "-f"], words
        hint = typing.get_type_hints(command.callback, include_extras=True)["fmt"]  # type: ignore[attr-defined]
        assert typing.get_args(hint)[0] is Format, words
    assert {f.value for f in Format} == FORMATS
    assert len(listings) >= 15
    assert ("suggest", "run") in listings and ("reconcile", "list") in listings


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """A project with a codebook, two coders and a lead (whom this login acts as) but no
    documents, codings or cases."""
    path = tmp_path / "p.db"
    ok(path, "init")
    (tmp_path / "book.yaml").write_text(CODEBOOK, encoding="utf-8")
    ok(path, "codebook", "load", str(tmp_path / "book.yaml"))
    ok(path, "coder", "add", "karin")
    ok(path, "coder", "add", "johan")
    ok(path, "coder", "add", "lena", "--role", "lead")
    return path


@pytest.mark.parametrize(
    ("words", "header"),
    [
        (["code", "list"], "id,document,document_name,start,end,code,coder"),
        (["memo", "list"], "id,created_at,author,target_kind,target,start,end,text"),
        (["docs", "list"], "id,name,lang,words"),
        (["suggest"], "id,document,document_name,start,end,code,score"),
        (["reconcile", "list"], "id,document,document_name,start,end,codes,kind"),
    ],
)
def test_an_empty_csv_listing_still_prints_its_header(
    empty: Path, words: list[str], header: str
) -> None:
    out = ok(empty, *words, "--format", "csv")
    lines = out.splitlines()
    assert len(lines) == 1, out
    assert lines[0].startswith("\ufeff" + header), out  # the byte order mark Excel needs


@pytest.fixture
def coded(empty: Path, tmp_path: Path) -> Path:
    (tmp_path / "aby_01.txt").write_text(SV_TEXT, encoding="utf-8")
    ok(empty, "import", str(tmp_path / "aby_01.txt"), "--lang", "sv")
    for coder, start in (("karin", 31), ("johan", 40)):
        code_add(empty, "aby_01", start, 140, "mission", "--coder", coder)
    return empty


def test_a_document_has_one_name_in_every_listing(coded: Path) -> None:
    assert json.loads(ok(coded, "docs", "list", "--format", "json"))[0]["name"] == "aby_01.txt"
    rows = list(csv.DictReader(io.StringIO(ok(coded, "docs", "list", "--format", "csv")[1:])))
    assert rows[0]["name"] == "aby_01.txt"
    assert "aby_01.txt" in ok(coded, "docs", "list")
    codings = json.loads(ok(coded, "code", "list", "--format", "json"))
    assert {c["document_name"] for c in codings} == {"aby_01.txt"}
    assert "aby_01.txt" in ok(coded, "code", "list")
    cases = json.loads(ok(coded, "reconcile", "list", "--format", "json"))
    assert cases and {c["document_name"] for c in cases} == {"aby_01.txt"}


def test_nested_records_in_a_csv_listing_are_json(coded: Path) -> None:
    """A script reading ``reconcile list --format csv`` parses the versions, comments and
    history cells with json.loads and gets what ``--format json`` gives; Python's dict text
    (``{'karin': ...}``) could not be read back."""
    case = _first_case(coded)
    ok(coded, "reconcile", "comment", case, "--text", "Vi läser; olika=ändar", "--coder", "lena")
    as_json = json.loads(ok(coded, "reconcile", "list", "--format", "json"))
    out = ok(coded, "reconcile", "list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert len(rows) == len(as_json) == 1
    assert "{'" not in out
    versions = json.loads(rows[0]["versions"])
    assert versions == as_json[0]["versions"]
    assert set(versions) == {"karin", "johan"}
    assert versions["karin"]["spans"][0]["code"] == "mission"
    comments = json.loads(rows[0]["comments"])
    assert [c["text"] for c in comments] == ["Vi läser; olika=ändar"]
    assert rows[0]["codes"] == "mission"  # a flat list stays a plain list


def _first_case(path: Path) -> str:
    return str(json.loads(ok(path, "reconcile", "list", "--format", "json"))[0]["id"])


def test_a_piped_table_keeps_each_row_on_one_line(coded: Path) -> None:
    out = ok(coded, "code", "list")  # CliRunner's stdout is no terminal, like a pipe
    rows = [line for line in out.splitlines() if "mission" in line]
    assert len(rows) == 2, out
    assert all("aby_01.txt" in row and ("karin" in row or "johan" in row) for row in rows)
    assert max(len(line) for line in out.splitlines()) > 80


def test_codebook_export_keeps_the_title(empty: Path, tmp_path: Path) -> None:
    ok(empty, "codebook", "export", str(tmp_path / "out.yaml"))
    written = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))
    assert written["codebook"] == "tiny"
    assert {c["key"] for c in written["codes"]} == {"mission", "caseload"}
    fresh = tmp_path / "q.db"
    ok(fresh, "init")
    ok(fresh, "codebook", "load", str(tmp_path / "out.yaml"))
    ok(fresh, "codebook", "export", str(tmp_path / "again.yaml"))
    assert yaml.safe_load((tmp_path / "again.yaml").read_text())["codebook"] == "tiny"


def said(project: Path, *args: str) -> str:
    """What a command told the user (messages go to stderr, beside the data on stdout)."""
    result = CliRunner().invoke(app, ["-p", str(project), *args])
    assert result.exit_code == 0, result.output
    return result.stderr.strip()


def test_counts_agree_with_their_nouns_in_english(coded: Path, tmp_path: Path) -> None:
    ok(coded, "codebook", "add", "extra", "--name-en", "Extra")
    code_add(coded, "aby_01", 0, 20, "extra", "--coder", "karin")
    assert said(coded, "codebook", "merge", "extra", "mission").endswith(": 1 coding moved")
    confirmed = said(coded, "reconcile", "confirm", "--by", "lena")
    counted = r"confirmed (1 agreement|(0|[2-9]|\d\d+) agreements) into the consensus"
    assert re.fullmatch(counted + r"(: .+)?", confirmed), confirmed  # none: and why
    assert [plural(n, "suggestion") for n in (0, 1, 2)] == [
        "0 suggestions",
        "1 suggestion",
        "2 suggestions",
    ]
    assert plural(1, "status", "statuses") == "1 status"


@pytest.mark.parametrize(
    ("lang", "key", "n", "text"),
    [
        ("en", "cb_codings", 1, "1 coding"),
        ("en", "cb_codings", 2, "2 codings"),
        ("sv", "cb_codings", 1, "1 kodning"),
        ("sv", "cb_codings", 0, "0 kodningar"),
        ("en", "suggested", 1, "1 suggestion"),
        ("en", "suggested", 3, "3 suggestions"),
        ("sv", "suggested", 1, "1 förslag"),
    ],
)
def test_counts_agree_with_their_nouns_in_the_interface(
    lang: str, key: str, n: int, text: str
) -> None:
    assert Catalog(lang)(key, n=n) == text


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_interface_plurals_have_both_forms_in_both_languages() -> None:
    from qualcode.tui.catalog import MESSAGES, PLURAL

    for key, text in MESSAGES["en"].items():
        if PLURAL in text:
            assert text.count(PLURAL) == 1, key
            one, many = text.split(PLURAL)
            assert one and many and fields(one) == fields(many), key
        assert Catalog("sv")(key) is not None
    assert Catalog("en")("shown_of", n=1, total=1) == "1 of 1 document"


@pytest.mark.slow
def test_suggest_evaluate_says_undefined_instead_of_nan(demo: Path) -> None:
    """A code nobody used has no recall: the table says so and JSON has null, never NaN."""
    ok(demo, "codebook", "add", "unused", "--name-en", "Unused", "--coder", "lena")
    table = ok(demo, "suggest", "evaluate", "--against", "karin", "--folds", "2", "--coder", "lena")
    assert "nan" not in table.lower()
    row = next(line for line in table.splitlines() if "unused" in line)
    assert "undefined" in row
    raw = ok(demo, "suggest", "evaluate", "--against", "karin", "--folds", "2", "--format", "json",
             "--coder", "lena")  # fmt: skip
    assert "NaN" not in raw
    assert json.loads(raw)["per_code"]["unused"]["recall"] is None
    rows = list(csv.DictReader(io.StringIO(
        ok(demo, "suggest", "evaluate", "--against", "karin", "--folds", "2", "--format", "csv",
           "--coder", "lena").removeprefix("\ufeff")
    )))  # fmt: skip
    assert next(r for r in rows if r["code"] == "unused")["recall"] == ""

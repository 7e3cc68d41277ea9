"""The laptop path: export-coder on one machine, merge on the lead's, and what goes wrong.

Both projects are real files. The laptop either holds a copy of the lead's file (the
usual way) or imported the same transcripts itself (other ids, same content).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qualcode.cli import app
from tests.cli.cli_kit import code_add, counts, fails, ok, runner, two_interviews
from tests.conftest import SV_TEXT

DROP = object()  # stands for "delete this field" in an edit


def _code(project: Path, doc: str, start: int, end: int, coder: str = "karin") -> None:
    code_add(project, doc, start, end, "mission", "--coder", coder)


def _merge(project: Path, package: Path) -> str:
    result = runner.invoke(app, ["-p", str(project), "merge", str(package), "--coder", "lena"])
    assert result.exit_code == 0, result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def lead_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lead's project: a codebook, karin and johan, two documents, one of johan's codings."""
    folder = tmp_path_factory.mktemp("lead")
    # lena added last: this login acts as lena from then on
    path = two_interviews(folder, "lead.db", "johan", "lena --role lead")
    _code(path, "aby_01", 0, 20, coder="johan")
    return folder


@pytest.fixture
def lead(lead_template: Path, tmp_path: Path) -> Path:
    for item in lead_template.iterdir():
        shutil.copy2(item, tmp_path / item.name)
    return tmp_path / "lead.db"


def _package_from_copy(lead: Path, tmp_path: Path) -> Path:
    laptop = tmp_path / "laptop.db"
    shutil.copy(lead, laptop)
    _code(laptop, "aby_01", 5, 40)
    _code(laptop, "aby_02", 3, 30)
    ok(laptop, "status", "aby_01", "done", "--coder", "karin")
    package = tmp_path / "karin.json"
    ok(laptop, "export-coder", "--coder", "karin", "-o", str(package))
    return package


def test_merge_is_idempotent_and_leaves_other_coders_alone(lead: Path, tmp_path: Path) -> None:
    package = _package_from_copy(lead, tmp_path)
    johan = ok(lead, "code", "list", "--coder", "johan", "--format", "json")
    assert "2 codings added" in _merge(lead, package)
    after_first = counts(lead)
    assert "0 codings added" in _merge(lead, package)
    audit = after_first["audit"] + 1  # the second merge is logged, and adds nothing else
    assert counts(lead) == {**after_first, "audit": audit}
    assert ok(lead, "code", "list", "--coder", "johan", "--format", "json") == johan


def test_laptop_that_imported_the_same_files_itself(lead: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "own.db"
    ok(laptop, "init")
    ok(laptop, "codebook", "load", str(tmp_path / "book.yaml"))
    ok(laptop, "coder", "add", "karin")
    for name in ("aby_01.txt", "aby_02.txt"):
        ok(laptop, "import", str(tmp_path / name))
    _code(laptop, "aby_02", 3, 30)
    package = tmp_path / "own.json"
    ok(laptop, "export-coder", "--coder", "karin", "-o", str(package))
    assert "1 coding added" in _merge(lead, package)
    rows = json.loads(ok(lead, "code", "list", "--coder", "karin", "--format", "json"))
    assert [(r["document_name"], r["start"], r["end"]) for r in rows] == [("aby_02.txt", 3, 30)]


def test_package_whose_document_differs_in_content(lead: Path, tmp_path: Path) -> None:
    laptop = tmp_path / "edited.db"
    ok(laptop, "init")
    ok(laptop, "codebook", "load", str(tmp_path / "book.yaml"))
    ok(laptop, "coder", "add", "karin")
    edited = tmp_path / "other" / "aby_01.txt"
    edited.parent.mkdir()
    edited.write_text(SV_TEXT.replace("Åby", "Åby kommun"), encoding="utf-8")
    ok(laptop, "import", str(edited))
    _code(laptop, "aby_01", 0, 10)
    package = tmp_path / "edited.json"
    ok(laptop, "export-coder", "--coder", "karin", "-o", str(package))
    before = counts(lead)
    message = fails(lead, "merge", str(package))
    assert message.startswith("edited.json: document 'aby_01.txt' differs in content")
    assert "merge refused, nothing written" in message
    assert counts(lead) == before


def _edit(package: Path, where: tuple[str | int, ...], value: object) -> Path:
    """Change one field of the package as a person with a text editor might."""
    data = json.loads(package.read_text(encoding="utf-8"))
    node = data
    for step in where[:-1]:
        node = node[step]
    if value is DROP:
        del node[where[-1]]
    else:
        node[where[-1]] = value
    target = package.with_name("edited.json")
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("codings", 0, "start"), DROP, "codings[0]: field 'start' is missing"),
        (("codings", 0, "end"), "40", "codings[0]: field 'end' must be a whole number"),
        (("codings", 0, "end"), True, "field 'end' must be a whole number"),
        (("codings",), {}, "field 'codings' must be a list"),
        (("codings", 0, "origin"), "magic", "field 'origin' is 'magic'"),
        (("codings", 0, "code_id"), "x", "code 'x' is not listed"),
        (("codings", 0, "document_id"), "x", "document 'x' is not listed"),
        (("codings", 0, "start"), -3, "offsets -3-"),
        (("statuses", 0, "status"), "finished", "statuses[0]: field 'status'"),
        (("memos",), [{"id": "m"}], "memos[0]: field 'target_kind' is missing"),
        (("coder",), "karin", "field 'coder' must be a mapping"),
        (("codes",), DROP, "package lacks codes"),
        (("version",), 99, "made by a newer qualcode"),
    ],
)
def test_edited_package_is_refused_whole(
    lead: Path, tmp_path: Path, where: tuple[str | int, ...], value: object, message: str
) -> None:
    package = _edit(_package_from_copy(lead, tmp_path), where, value)
    before = counts(lead)
    line = fails(lead, "merge", str(package))
    assert line.startswith("edited.json: ") and message in line
    assert counts(lead) == before


@pytest.mark.parametrize("keep", [0, 1, 200, -5])
def test_truncated_package(lead: Path, tmp_path: Path, keep: int) -> None:
    package = _package_from_copy(lead, tmp_path)
    data = package.read_bytes()
    package.write_bytes(data[:keep])
    before = counts(lead)
    assert fails(lead, "merge", str(package)).startswith(
        "karin.json: not a qualcode coder package ("
    )
    assert counts(lead) == before


def test_garbage_package(lead: Path, tmp_path: Path) -> None:
    path = tmp_path / "photo.json"
    path.write_bytes(bytes(range(256)) * 4)
    before = counts(lead)
    assert fails(lead, "merge", str(path)).startswith("photo.json: not a qualcode coder package")
    assert fails(lead, "merge", str(tmp_path / "gone.json")).startswith("gone.json: cannot read")
    assert counts(lead) == before


def test_export_where_it_cannot_be_written(lead: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "karin.json"
    assert fails(lead, "export-coder", "--coder", "karin", "-o", str(missing)) == (
        f"{missing}: cannot write: no folder {str(missing.parent)!r}"
    )
    assert fails(lead, "export-coder", "--coder", "nobody", "-o", str(tmp_path / "x.json")) == (
        "unknown coder 'nobody'; add them to the project's coders first "
        "(`qualcode coder add nobody`)"
    )
    assert not list(tmp_path.glob("*.partial")) and not (tmp_path / "x.json").exists()

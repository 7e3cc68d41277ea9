"""`qualcode docs set` and `qualcode docs attributes`: a document's attributes changed
after import from the command line; bad input is one line and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_kit import counts, fails, import_text, lead_project, ok


@pytest.fixture
def imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUALCODE_CODER", "lena")
    project = lead_project(tmp_path, "karin")
    import_text(project, "aby_01.txt", "I: Hur?\nR: Bra.\n", "sv", "role=chef")
    return project


def _attributes(project: Path) -> dict[str, str]:
    (doc,) = json.loads(ok(project, "docs", "list", "--format", "json"))
    return doc["attributes"]


def test_docs_set_changes_one_document(imported: Path) -> None:
    ok(imported, "docs", "set", "aby_01", "role=politiker", "municipality=Åby")
    assert _attributes(imported) == {"role": "politiker", "municipality": "Åby"}


def test_docs_attributes_loads_a_sheet(imported: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("file,interviewer\naby_01.txt,Lena\n", encoding="utf-8")
    ok(imported, "docs", "attributes", str(sheet))
    assert _attributes(imported) == {"role": "chef", "interviewer": "Lena"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["docs", "set", "aby_01", "role"], "write it as KEY=VALUE"),
        (["docs", "set", "aby_01", "role=a", "role=b"], "given twice"),
        (["docs", "set", "nope", "role=a"], "nope"),
        (["docs", "set", "aby_01", "id=x"], "id"),
        (["docs", "attributes", "missing.csv"], "missing.csv"),
    ],
)
def test_bad_attribute_changes_are_one_line_and_write_nothing(
    imported: Path, args: list[str], message: str
) -> None:
    before = counts(imported)
    assert message in fails(imported, *args)
    assert counts(imported) == before


def test_a_coder_may_not_change_the_leads_document(
    imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALCODE_CODER", "karin")
    before = counts(imported)
    assert "karin may not change the attributes" in fails(
        imported, "docs", "set", "aby_01", "role=x"
    )
    assert counts(imported) == before

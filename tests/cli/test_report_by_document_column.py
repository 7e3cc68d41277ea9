"""`report frequencies --by name` (or lang, words, imported_at) ended in a pandas KeyError
traceback, `--by id` split the counts by each coding's own id, and `report crosstab name`
said "nothing to show": a document's own columns are no attributes, and the counts join
attributes alone. They are refused in one line naming the attributes there are; a
split by document, the matrix of codes by document an NVivo user looks for first, is
`--by document` (`report crosstab document`), each named as the reports cite it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.model import DOCUMENT_COLUMNS
from tests.conftest import add_plain_document, coding_team


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("by") / "p.db"
    with coding_team(path) as project:
        for name, place in (("ekstad_01.txt", "Ekstad"), ("aby_01.txt", "Åby")):
            said = [f"Nämnden i {place} lyssnade.", "Tiden räckte."]
            doc = add_plain_document(project, name, said)
            project.set_attributes(doc, {"municipality": place})
            unit = project.units(doc)[0]
            project.add_coding(doc, unit.start, unit.end, "mission_dialogue", "karin")
    return path


@pytest.mark.parametrize("column", DOCUMENT_COLUMNS)
@pytest.mark.parametrize("report", [["frequencies", "--by"], ["crosstab"]])
def test_a_document_column_is_refused_in_one_line(
    coded: Path, column: str, report: list[str]
) -> None:
    got = CliRunner().invoke(app, ["-p", str(coded), "--coder", "lena", "report", *report, column])
    assert got.exit_code == 1, got.output
    assert f"no document attribute {column!r} (attributes: municipality" in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1


def test_an_attribute_still_splits(coded: Path) -> None:
    got = CliRunner().invoke(
        app, ["-p", str(coded), "--coder", "lena", "report", "frequencies", "--by", "municipality"]
    )
    assert got.exit_code == 0, got.output
    assert "Åby" in got.stdout


def test_a_split_by_document_names_each_document(coded: Path) -> None:
    runner = CliRunner()
    base = ["-p", str(coded), "--coder", "lena", "report"]
    got = runner.invoke(app, [*base, "frequencies", "--by", "document", "-f", "csv"])
    assert got.exit_code == 0, got.output
    assert got.stdout.splitlines()[1:] == [  # by name, not by the ids' order
        "mission_dialogue,aby_01,1,4,1",
        "mission_dialogue,ekstad_01,1,4,1",
    ]
    table = runner.invoke(app, [*base, "crosstab", "document", "-f", "csv"])
    assert table.exit_code == 0, table.output
    assert table.stdout.splitlines()[0].endswith("code,aby_01,ekstad_01,total")

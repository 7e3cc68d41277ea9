"""A package whose coder is known here by her name only (an id no one here has) merges, as
one from a project of her own that imported the same files does, and says so in one line
and in the merge's audit entry. omar, in his copy, renamed his package's coder karin with
a new id: the lead's merge wrote his codings as karin's with no word said, in her layer of
every agreement figure (hostile50). A package from a copy, which keeps her id, says
nothing of it."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import sql_rows
from tests.project.handout_kit import omar_copy

SAID = "karin is known here by name only"


@pytest.fixture
def sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """lena's project (karin a coder there too), omar's package from his copy, and the
    same package renamed karin with an id of its own."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    lead, copy, doc = omar_copy(tmp_path, "omar.db", others=["karin"])
    package = tmp_path / "omar.json"
    with Project.open(copy) as mine:
        unit = mine.units(doc)[1]
        mine.add_coding(doc, unit.start, unit.end, "integration", "omar")
        mine.export_coder("omar", package)
    data = json.loads(package.read_text(encoding="utf-8"))
    data["coder"] = {"id": str(uuid.UUID(int=7, version=4)), "name": "karin", "role": "coder"}
    data["handed_to"] = None
    for row in data["codings"] + data["statuses"]:
        row.pop("coder_id", None)
    renamed = tmp_path / "karin.json"
    renamed.write_text(json.dumps(data), encoding="utf-8")
    return lead, package, renamed


def _entry(lead: Path) -> dict[str, object]:
    [(payload,)] = sql_rows(lead, "SELECT payload FROM audit WHERE action = 'coder.merge'")
    return json.loads(str(payload))


def test_a_coder_known_by_name_only_is_said(sent: tuple[Path, Path, Path]) -> None:
    lead, _, renamed = sent
    got = CliRunner().invoke(app, ["-p", str(lead), "merge", str(renamed), "--coder", "lena"])
    assert got.exit_code == 0, got.output
    said = [line for line in got.stderr.splitlines() if SAID in line]
    assert len(said) == 1 and said[0].startswith("karin.json: ") and "edited" in said[0]
    assert _entry(lead)["coder_by_name"] is True


def test_the_report_says_it_to_python(sent: tuple[Path, Path, Path]) -> None:
    lead, _, renamed = sent
    with Project.open(lead) as project:
        report = project.act_as("lena", "lena").merge_package(renamed)
    assert report.by_name and report.coder == "karin" and report.added == 1


def test_a_package_from_her_copy_says_nothing_of_it(sent: tuple[Path, Path, Path]) -> None:
    lead, package, _ = sent
    got = CliRunner().invoke(app, ["-p", str(lead), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 0, got.output
    assert "by name only" not in got.output
    assert "coder_by_name" not in _entry(lead)

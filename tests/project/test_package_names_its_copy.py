"""A package written in a coder's copy names whom the copy was handed to (``handed_to``),
and the lead's merge refuses one whose work is under anyone else (review49: omar's copy
packed a coding as the lead lena's and the merge took it in as hers). A package from the
lead's own project names nobody; one from before the field merges as it always did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.project.handout_kit import merge_refused, omar_copy, put_under_lena, written


def _omar_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """lena's project and the package omar sent back from his copy: one coding."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    package = tmp_path / "omar.json"
    lead, copy, doc = omar_copy(tmp_path, "omar.db")
    with Project.open(copy) as mine:
        mine.act_as("omar", "omar")
        unit = mine.units(doc)[1]
        mine.add_coding(doc, unit.start, unit.end, "integration", "omar")
        mine.export_coder("omar", package)
    return lead, package


def test_the_package_names_the_coder_the_copy_was_handed_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead, package = _omar_package(tmp_path, monkeypatch)
    assert json.loads(package.read_text(encoding="utf-8"))["handed_to"] == "omar"
    own = tmp_path / "lenas_own.json"
    with Project.open(lead) as project:  # the lead's own project is nobody's copy
        project.act_as("lena", "lena")
        project.export_coder("omar", own)
        assert project.merge_package(package).added == 1  # his own work merges
    assert json.loads(own.read_text(encoding="utf-8"))["handed_to"] is None


def test_a_copy_s_package_of_another_coder_s_work_merges_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead, package = _omar_package(tmp_path, monkeypatch)
    put_under_lena(lead, package)
    before = written(lead)
    assert merge_refused(lead, package) == (
        "omar.json: made in the copy handed to 'omar', but its work is under 'lena'; a copy "
        "codes as its coder only; merge refused, nothing written"
    )
    assert written(lead) == before
    runner = CliRunner()
    got = runner.invoke(app, ["-p", str(lead), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 1 and got.stderr.count("\n") == 1, got.output
    assert "merge refused, nothing written" in got.stderr
    assert written(lead) == before


@pytest.mark.parametrize("value", ["", "  ", 7, ["omar"]])
def test_a_handed_to_that_names_nobody_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: object
) -> None:
    lead, package = _omar_package(tmp_path, monkeypatch)
    data = json.loads(package.read_text(encoding="utf-8"))
    package.write_text(json.dumps({**data, "handed_to": value}), encoding="utf-8")
    before = written(lead)
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        with pytest.raises(QualcodeError, match="field 'handed_to' must be a coder's name"):
            project.merge_package(package)
    assert written(lead) == before


def test_a_package_from_before_the_field_merges_as_it_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``handed_to`` nothing says whose copy it came from: it merges as before,
    under the coder it names, and says so; under the lead's name (the one thing a copy
    never writes) only when she says it is her own work (tests/project/
    test_package_names_no_copy.py, minor50)."""
    lead, package = _omar_package(tmp_path, monkeypatch)
    data = json.loads(package.read_text(encoding="utf-8"))
    del data["handed_to"]
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        report = project.merge_package(package)
    assert (report.coder, report.added, report.copy_unnamed) == ("omar", 1, True)

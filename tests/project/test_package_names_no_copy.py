"""A package that does not name whom its copy was for still merges, and says so.

Since 13f6d653 a package names whom its copy was handed to (``handed_to``) and merge
refuses a mismatch. One written before the field, or edited to drop it, merged with no
word: omar's package with the field deleted and its work put under the lead lena merged
his codings as hers. Now merge says in one line that the package names no copy, the
merge's audit entry records it, and under a lead's name it is refused (a coder's copy
never writes as the lead) unless the lead says it is her own work (``lead_work``,
``--lead-work``) (minor50). ``handed_to: null``, what the lead's own project writes, was
still trusted, and is as easy to type as the field is to delete: now any package under a
lead's name merges only with the flag, and the audit entry records it (small50).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import sql_rows
from tests.project.handout_kit import merge_refused, omar_copy, put_under_lena, written

SAID = "the package does not name whom its copy was for"
REFUSED = (
    "omar.json: its work is under the lead 'lena'; a package under a lead's name merges only "
    "with FLAG (a coder's copy never writes as the lead); merge refused, nothing written"
)


@pytest.fixture
def sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """lena's project and omar's package from his copy (one coding), its ``handed_to``
    deleted."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    package = tmp_path / "omar.json"
    lead, copy, doc = omar_copy(tmp_path, "omar.db")
    with Project.open(copy) as mine:
        unit = mine.units(doc)[1]
        mine.add_coding(doc, unit.start, unit.end, "integration", "omar")
        mine.export_coder("omar", package)
    data = json.loads(package.read_text(encoding="utf-8"))
    del data["handed_to"]
    package.write_text(json.dumps(data), encoding="utf-8")
    return lead, package


def _merge_entry(lead: Path) -> dict[str, object]:
    rows = sql_rows(lead, "SELECT payload FROM audit WHERE action = 'coder.merge'")
    assert len(rows) == 1, rows
    return json.loads(str(rows[0][0]))


def test_a_coders_package_naming_no_copy_merges_and_says_so(sent: tuple[Path, Path]) -> None:
    lead, package = sent
    got = CliRunner().invoke(app, ["-p", str(lead), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 0, got.output
    said = [line for line in got.stderr.splitlines() if SAID in line]
    assert said == [
        f"omar.json: {SAID} (written before packages did, or edited); merged as omar's work"
    ]
    assert sql_rows(lead, "SELECT count(*) FROM codings") == [(1,)]
    entry = _merge_entry(lead)
    assert entry["copy_named"] is False and "lead_work" not in entry


def test_the_report_says_it_to_python(sent: tuple[Path, Path]) -> None:
    lead, package = sent
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        report = project.merge_package(package)
    assert (report.coder, report.added, report.copy_unnamed) == ("omar", 1, True)


def test_under_the_leads_name_it_is_refused_and_nothing_written(
    sent: tuple[Path, Path],
) -> None:
    lead, package = sent
    put_under_lena(lead, package)
    before = written(lead)
    assert merge_refused(lead, package) == REFUSED.replace("FLAG", "lead_work")
    assert written(lead) == before
    got = CliRunner().invoke(app, ["-p", str(lead), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 1 and got.stderr.count("\n") == 1, got.output
    assert REFUSED.replace("FLAG", "--lead-work") in got.stderr
    assert written(lead) == before


def test_the_lead_takes_it_in_as_her_own_with_the_flag(sent: tuple[Path, Path]) -> None:
    lead, package = sent
    put_under_lena(lead, package)
    got = CliRunner().invoke(
        app, ["-p", str(lead), "merge", str(package), "--coder", "lena", "--lead-work"]
    )
    assert got.exit_code == 0, got.output
    assert f"omar.json: {SAID}" in got.stderr
    assert sql_rows(lead, "SELECT c.name FROM codings g JOIN coders c ON c.id = g.coder_id") == [
        ("lena",)
    ]
    entry = _merge_entry(lead)
    assert entry["copy_named"] is False and entry["lead_work"] is True


def test_a_package_that_names_its_copy_says_nothing_of_it(
    sent: tuple[Path, Path],
) -> None:
    lead, package = sent
    data = json.loads(package.read_text(encoding="utf-8"))
    package.write_text(json.dumps({**data, "handed_to": "omar"}), encoding="utf-8")
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        assert project.merge_package(package).copy_unnamed is False
    assert "copy_named" not in _merge_entry(lead)


def test_a_package_naming_no_copy_as_null_is_refused_without_the_flag(
    sent: tuple[Path, Path],
) -> None:
    """``handed_to: null`` is what the lead's own project writes: a keystroke in omar's
    package put under lena's name."""
    lead, package = sent
    put_under_lena(lead, package)
    data = json.loads(package.read_text(encoding="utf-8"))
    package.write_text(json.dumps({**data, "handed_to": None}), encoding="utf-8")
    before = written(lead)
    assert merge_refused(lead, package) == REFUSED.replace("FLAG", "lead_work")
    got = CliRunner().invoke(app, ["-p", str(lead), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 1 and got.stderr.count("\n") == 1, got.output
    assert REFUSED.replace("FLAG", "--lead-work") in got.stderr
    assert written(lead) == before


def test_the_leads_own_projects_package_merges_with_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Her own project's package (``handed_to: null``), taken in as hers when she says so,
    and the audit entry says she did; it names its copy's absence, so no word of that."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    lead, _copy, doc = omar_copy(tmp_path)
    own = tmp_path / "lenas_own.json"
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        unit = project.units(doc)[1]
        project.add_coding(doc, unit.start, unit.end, "integration", "lena")
        project.export_coder("lena", own)
    assert json.loads(own.read_text(encoding="utf-8"))["handed_to"] is None
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        report = project.merge_package(own, lead_work=True)
    assert (report.coder, report.unchanged, report.copy_unnamed) == ("lena", 1, False)
    entry = _merge_entry(lead)
    assert entry["lead_work"] is True and "copy_named" not in entry


def test_the_flag_on_a_coders_package_is_not_recorded(sent: tuple[Path, Path]) -> None:
    """``--lead-work`` says a lead's package is hers; on omar's it says nothing."""
    lead, package = sent
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        assert project.merge_package(package, lead_work=True).coder == "omar"
    assert "lead_work" not in _merge_entry(lead)

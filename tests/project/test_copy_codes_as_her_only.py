"""A coder's copy (`qualcode handout omar`) writes as omar only (review49). It also holds
the lead lena, and nothing stopped anyone naming her: in omar's copy `code add --coder
lena` wrote a coding as lena, `export-coder --coder lena` packed it, and the lead's `merge`
took it in as lena's with no word said. Reading what the copy holds is as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from qualcode.errors import QualcodeError
from tests.conftest import sql_rows
from tests.project.handout_kit import omar_copy

SAID = "this copy was handed to omar; it codes as omar only"


def _copy(tmp_path: Path) -> tuple[Path, Path, str]:
    """lena's project (lena lead, omar and karin coders, one document) and omar's copy,
    which holds omar and the lead."""
    return omar_copy(tmp_path, others=("karin",))


def _written(copy: Path) -> list[tuple[object, ...]]:
    return sql_rows(copy, "SELECT count(*) FROM codings") + sql_rows(
        copy, "SELECT count(*) FROM audit"
    )


@pytest.mark.parametrize(
    ("acting", "coder"),
    [("lena", "lena"), ("lena", "omar"), (None, "lena")],
)
def test_a_coding_as_anyone_but_omar_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, acting: str | None, coder: str
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy, doc = _copy(tmp_path)
    before = _written(copy)
    with Project.open(copy) as project:
        if acting is not None:  # a lead acting for omar is still not omar at the keyboard
            project.act_as(acting, acting)
        unit = project.units(doc)[1]
        with pytest.raises(QualcodeError, match=SAID):
            project.add_coding(doc, unit.start, unit.end, "integration", coder)
    assert _written(copy) == before


def test_omar_codes_and_packs_his_work_in_his_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy, doc = _copy(tmp_path)
    with Project.open(copy) as project:  # nobody named: the owner, writing as omar
        unit = project.units(doc)[1]
        project.add_coding(doc, unit.start, unit.end, "integration", "omar")
    with Project.open(copy) as project:
        project.act_as("omar", "omar")
        unit = project.units(doc)[2]
        project.add_coding(doc, unit.start, unit.end, "integration", "omar")
        project.set_status(doc, "omar", "done")
        project.export_coder("omar", tmp_path / "omar.json")
    assert sql_rows(copy, "SELECT count(*) FROM codings") == [(2,)]


def test_reading_the_copy_as_anyone_stays_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy, doc = _copy(tmp_path)
    with Project.open(copy) as project:
        project.act_as("omar", "omar")
        unit = project.units(doc)[1]
        project.add_coding(doc, unit.start, unit.end, "integration", "omar")
    for who in (None, "lena"):
        with Project.open(copy) as project:
            if who is not None:
                project.act_as(who, who)
            assert [c.coder for c in project.codings(doc, viewer=who)] == ["omar"]
            assert [c.name for c in project.coders()] == ["lena", "omar"]


def test_a_package_of_anyone_but_omar_is_refused_before_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy, _ = _copy(tmp_path)
    for acting, coder in (("lena", "lena"), ("lena", "omar"), (None, "lena")):
        with Project.open(copy) as project:
            if acting is not None:
                project.act_as(acting, acting)
            with pytest.raises(QualcodeError, match=SAID):
                project.export_coder(coder, tmp_path / "pkg.json")
    assert not (tmp_path / "pkg.json").exists()


def test_the_lead_s_own_project_is_no_copy(tmp_path: Path) -> None:
    lead, _, doc = _copy(tmp_path)
    with Project.open(lead) as project:
        project.act_as("lena", "lena")
        unit = project.units(doc)[1]
        project.add_coding(doc, unit.start, unit.end, "integration", "karin")  # for karin
        project.export_coder("karin", tmp_path / "karin.json")


def test_the_cli_refuses_lena_s_coding_and_package_in_omar_s_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review49's steps, each refused in one line, nothing written."""
    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    lead, copy, _ = _copy(tmp_path)
    runner, before = CliRunner(), _written(copy)
    add = ["-p", str(copy), "code", "add", "--doc", "aby_01.txt", "--code", "integration"]
    got = runner.invoke(app, [*add, "--start", "0", "--end", "60", "--coder", "lena"])
    assert got.exit_code == 1 and got.stderr == f"error: {SAID}\n", got.output
    package = tmp_path / "lena_pkg.json"
    args = ["-p", str(copy), "export-coder", "-o", str(package), "--coder", "lena"]
    got = runner.invoke(app, args)
    assert got.exit_code == 1 and got.stderr == f"error: {SAID}\n", got.output
    assert not package.exists() and _written(copy) == before
    got = runner.invoke(app, [*add, "--start", "0", "--end", "60", "--coder", "omar"])
    assert got.exit_code == 0, got.output
    args = ["-p", str(copy), "export-coder", "-o", str(package), "--coder", "omar"]
    assert runner.invoke(app, args).exit_code == 0
    got = runner.invoke(app, ["-p", str(lead), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 0 and "1 coding added" in got.output, got.output


def test_a_login_that_chose_the_lead_in_the_copy_still_codes_as_omar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """omar's login, remembered as lena in his copy (the TUI's first question listed her
    first), stood as the lead at the keyboard acting for him: every write as omar was
    refused as hers. In a copy a lead is not remembered, so ``--coder omar`` codes."""
    from qualcode.project.access import login

    monkeypatch.delenv("QUALCODE_CODER", raising=False)
    _, copy, _ = _copy(tmp_path)
    with Project.open(copy) as project:
        project.act_as("lena", "lena")
        project.remember_coder(login(), "lena")
        assert project.remembered_coder(login()) is None
    add = ["-p", str(copy), "code", "add", "--doc", "aby_01.txt", "--code", "integration"]
    got = CliRunner().invoke(app, [*add, "--start", "0", "--end", "60", "--coder", "omar"])
    assert got.exit_code == 0, got.output
    assert sql_rows(copy, "SELECT c.name FROM codings JOIN coders c ON c.id = coder_id") == [
        ("omar",)
    ]

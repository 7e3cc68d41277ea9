"""A merge counts what it did with each coding of a package: added (live here now),
already here, or kept as removed. A package whose coding duplicated a live coding of the
same coder (the same passage and code under another id: a laptop that imported the files
itself, a package edited by hand) was kept as removed and reported "1 coding added"; a
coding she removed in her copy before the first merge was "added" too, and shown nowhere
(hostile50). A package holding her removal of a coding and her new coding of the same
passage lost both when the new one was read first."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from typer.testing import CliRunner

from qualcode import Project
from qualcode.cli import app
from tests.conftest import sql_rows
from tests.hostile.package_kit import code_first_unit, first_merge, in_his_copy, johans_handout


def _merged(team: Path, package: Path) -> str:
    got = CliRunner().invoke(app, ["-p", str(team), "merge", str(package), "--coder", "lena"])
    assert got.exit_code == 0, got.output
    return got.output


def _live(team: Path) -> list[str]:
    with Project.open(team) as project:
        project.act_as("lena")
        return [c.coder for c in project.codings()]


def test_a_duplicate_of_a_live_coding_is_already_here(tmp_path: Path) -> None:
    team, copy, _, _ = first_merge(tmp_path)
    package = in_his_copy(copy, lambda p: None)
    data = json.loads(package.read_text(encoding="utf-8"))
    data["codings"][0]["id"] = str(uuid.UUID(int=11, version=4))  # the same coding, new id
    data["memos"] = []
    package.write_text(json.dumps(data), encoding="utf-8")
    out = _merged(team, package)
    assert "0 codings added" in out and "1 already here" in out, out
    assert "kept removed" not in out
    assert _live(team) == ["johan"]
    [(payload,), _] = sql_rows(
        team, "SELECT payload FROM audit WHERE action = 'coder.merge' ORDER BY at DESC"
    )
    entry = json.loads(str(payload))
    assert (entry["added"], entry["unchanged"], entry["kept_removed"]) == (0, 1, 0)


def test_a_coding_removed_in_her_copy_is_kept_removed(tmp_path: Path) -> None:
    team, copy, doc = johans_handout(tmp_path)
    with Project.open(copy) as p:
        p.act_as("johan")
        p.remove_coding(code_first_unit(p, doc).id)
        package = p.export_coder("johan", tmp_path / "one.json")
    with Project.open(team) as p:
        report = p.act_as("lena", "lena").merge_package(package)
    assert (report.added, report.unchanged, report.kept_removed) == (0, 0, 1)
    assert report.on_removed == 0
    assert _live(team) == []


def test_the_cli_line_says_kept_removed(tmp_path: Path) -> None:
    team, copy, doc = johans_handout(tmp_path)
    with Project.open(copy) as p:
        p.act_as("johan")
        p.remove_coding(code_first_unit(p, doc).id)
        package = p.export_coder("johan", tmp_path / "one.json")
    out = _merged(team, package)
    assert "0 codings added" in out and "1 kept removed" in out, out


def test_her_removal_is_read_before_her_new_coding_of_the_passage(tmp_path: Path) -> None:
    team, copy, old, _ = first_merge(tmp_path)
    with Project.open(copy) as p:
        p.act_as("johan")
        doc = p.documents()[0].id
        p.remove_coding(old)
        new = code_first_unit(p, doc).id
        package = p.export_coder("johan", tmp_path / "two.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["codings"].sort(key=lambda row: row["id"] != new)  # the new coding read first
    package.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(team) as p:
        report = p.act_as("lena", "lena").merge_package(package)
        assert (report.added, report.removed, report.unchanged) == (1, 1, 0)
        assert [c.id for c in p.codings()] == [new]

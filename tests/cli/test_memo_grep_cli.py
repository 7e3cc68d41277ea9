"""`qualcode memo list --grep TEXT`: memos found by what they say (or the passage, document
or code they are about), as the TUI's memo list (N, /) finds them; blind coding holds."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from tests.conftest import add_plain_document, coding_team

SENTENCES = ["Nämnden lyssnade på oss.", "Ärendemängden var för stor."]


@pytest.fixture
def memos(tmp_path: Path) -> Path:
    """karin's memos on a document, a coding and a code; johan's on the project."""
    path = tmp_path / "p.db"
    with coding_team(path) as project:
        aby = add_plain_document(project, "aby_01.txt", SENTENCES)
        other = add_plain_document(project, "ekstad_01.txt", ["Vi fick en mentor."])
        unit = project.units(aby)[1]
        coding = project.add_coding(aby, unit.start, unit.end, "integration", "karin")
        project.add_memo("coding", coding.id, "karin", "Tung belastning, se ekonomin")
        project.add_memo("document", other, "karin", "Lugn intervju om BELASTNING")
        project.add_memo("code", "mission_dialogue", "karin", "Gränsen mot integrering?")
        project.add_memo("project", "project", "johan", "Belastning överallt")
    return path


def _texts(path: Path, coder: str, *args: str) -> list[str]:
    got = CliRunner().invoke(
        app,
        ["-p", str(path), "memo", "list", "-f", "csv", *args],
        env={"QUALCODE_CODER": coder},
    )
    assert got.exit_code == 0, got.output + got.stderr
    return [r["text"] for r in csv.DictReader(io.StringIO(got.stdout.removeprefix("\ufeff")))]


def test_grep_finds_memos_by_their_text_any_case_oldest_first(memos: Path) -> None:
    assert _texts(memos, "karin", "--grep", "belastning") == [
        "Tung belastning, se ekonomin",
        "Lugn intervju om BELASTNING",
    ]  # blind: johan's memo stays his


def test_grep_finds_a_memo_by_its_passage_and_narrows_to_a_document(memos: Path) -> None:
    assert _texts(memos, "karin", "--grep", "ärendemängden") == ["Tung belastning, se ekonomin"]
    assert _texts(memos, "lena", "--grep", "belastning", "--doc", "ekstad_01") == [
        "Lugn intervju om BELASTNING"
    ]
    assert len(_texts(memos, "lena", "--grep", "belastning")) == 3  # the lead reads all


def test_grep_of_nothing_is_one_line(memos: Path) -> None:
    got = CliRunner().invoke(
        app, ["-p", str(memos), "memo", "list", "--grep", "  "], env={"QUALCODE_CODER": "karin"}
    )
    assert got.exit_code == 1
    assert got.stderr.strip() == "error: memo list --grep: give some text to look for"
    none = CliRunner().invoke(
        app, ["-p", str(memos), "memo", "list", "--grep", "xyz"], env={"QUALCODE_CODER": "karin"}
    )
    assert none.exit_code == 0 and "no memo holds 'xyz'" in none.output

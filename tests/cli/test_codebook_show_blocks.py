"""`codebook show` reads at 80 and 120 columns: a block per code (name; key, shortcut,
codings; the definition wrapped; inclusion and exclusion as short lists), a child's block
under its parent's and further in. It printed one table row per code with each whole
definition in one column, some 600 characters wide at 80 columns (user47). The script
formats are untouched: CSV keeps its columns, JSON every field."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualcode.cli import app
from qualcode.cli.codebook import code_blocks
from qualcode.model import Code
from tests.cli.cli_kit import nested_turning_points


def _run(path: Path, *args: str, columns: int = 80) -> str:
    env = {"QUALCODE_CODER": "lena", "COLUMNS": str(columns)}
    got = CliRunner().invoke(app, ["-p", str(path), *args], env=env)
    assert got.exit_code == 0, got.stderr
    return got.stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return nested_turning_points(tmp_path, "integration")


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_line_fits_and_every_definition_is_whole(
    project: Path, columns: int, lang: str
) -> None:
    shown = _run(project, "codebook", "show", "--lang", lang, columns=columns)
    assert max(len(line) for line in shown.splitlines()) <= columns
    flat = " ".join(shown.split())
    for code in json.loads(_run(project, "codebook", "show", "--lang", lang, "-f", "json")):
        assert " ".join(code["definition"].split()) in flat, code["key"]


def test_a_block_names_the_code_then_its_key_and_lists_its_criteria(project: Path) -> None:
    lines = _run(project, "codebook", "show").splitlines()
    at = lines.index("From mission monologue to mission dialogue")
    assert lines[at + 1] == "mission_dialogue · shortcut 1 · 0 codings"
    assert lines[at + 2].startswith("How the assignment")
    block = lines[at : lines.index("", at)]
    assert "Use when:" in block and "Do not use when:" in block
    assert "- orders from above and nobody asking" in block
    sv = _run(project, "codebook", "show", "--lang", "sv").splitlines()
    assert "Används när:" in sv and "Används inte när:" in sv


def test_a_swedish_block_is_swedish_to_its_facts_line(project: Path) -> None:
    """The line under the name speaks the block's language, as its criteria do."""
    lines = _run(project, "codebook", "show", "--lang", "sv").splitlines()
    assert "mission_dialogue · kortkommando 1 · 0 kodningar" in lines
    assert "  workload · under integration · 0 kodningar" in lines
    assert not any("shortcut" in line or "codings" in line for line in lines)


def test_one_coding_is_counted_in_the_singular_in_each_language() -> None:
    code = Code(id="c1", key="workload", names={"sv": "Arbetsbörda", "en": "Workload"})
    for lang, shown in (("sv", "workload · 1 kodning"), ("en", "workload · 1 coding")):
        row = {"key": "workload", "shortcut": None, "parent": None, "codings": 1}
        row |= {"name": code.name(lang), "definition": ""}
        assert code_blocks([code], [row], lang, 80) == [code.name(lang), shown]


def test_a_child_stands_under_its_parent_and_further_in(project: Path) -> None:
    lines = _run(project, "codebook", "show").splitlines()
    parent = lines.index("integration · shortcut 3 · 0 codings")
    child = lines.index("  workload · under integration · 0 codings")
    grandchild = lines.index("    caseload · under workload · 0 codings")
    following = next(i for i, line in enumerate(lines) if line.startswith("long_term_economics"))
    assert parent < child < grandchild < following
    assert lines[child - 1] == "  Workload" and lines[grandchild - 1] == "    Caseload"


def test_the_script_formats_are_as_they_were(project: Path) -> None:
    rows = list(
        csv.reader(io.StringIO(_run(project, "codebook", "show", "-f", "csv").lstrip("\ufeff")))
    )
    assert rows[0] == ["key", "parent", "name", "shortcut", "codings", "definition"]
    assert [r[0] for r in rows[1:]][-3:] == ["workload", "caseload", "long_term_economics"]
    record = json.loads(_run(project, "codebook", "show", "-f", "json"))[0]
    assert {"names", "keywords", "examples", "parts", "color"} <= set(record)


def test_an_empty_codebook_says_how_to_load_one(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    _run(path, "init")
    _run(path, "coder", "add", "lena", "--role", "lead")
    assert "load a codebook" in _run(path, "codebook", "show")

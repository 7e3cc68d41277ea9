"""The project every bad-input test of the CLI starts from (test_bad_input.py and the
files split from it), built once per test module through the CLI itself; and the plan
the `suggest --ranked` tests list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.cli_kit import two_interviews
from tests.nlp.test_ranked_leaves_out_suggested import plan_project


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built once through the CLI: the codebook, karin, two documents."""
    folder = tmp_path_factory.mktemp("template")
    two_interviews(folder, "p.db")
    return folder


@pytest.fixture
def proj(template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template project (and its source files) for each test."""
    for item in template.iterdir():
        shutil.copy2(item, tmp_path / item.name)
    return tmp_path / "p.db"


@pytest.fixture
def plan_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The plan project of tests/nlp/test_ranked_leaves_out_suggested.py as a closed file,
    with sara acting and the semantic tier off: the ranked list is the lexical engine's."""
    monkeypatch.setenv("QUALCODE_SEMANTIC", "off")
    monkeypatch.setenv("QUALCODE_CODER", "sara")
    path = tmp_path / "p.db"
    plan_project(path).close()
    return path

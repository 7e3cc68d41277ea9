"""The project every bad-input test of the CLI starts from (test_bad_input.py and the
files split from it), built once per test module through the CLI itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.cli_kit import two_interviews


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
